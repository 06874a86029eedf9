package versus.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import versus.model.ActivationCatalog;
import versus.model.HiddenUnits;

/**
 * Small multiples of the hidden units of {@link ActivationCatalog}: each unit's f(z) and its
 * derivative f'(z) (the value backpropagation uses, one-sided at kinks as each unit documents)
 * on z in [{@value #Z_MIN}, {@value #Z_MAX}]. Units are evaluated through their own forward and
 * backward passes, so PReLU appears with its initial slope; maxout, a maximum over several
 * affine inputs, is not a function of one z and is left out.
 */
public final class Activations {
    static final double Z_MIN = -4;
    static final double Z_MAX = 4;
    static final int PANEL_WIDTH = 330;
    static final int PANEL_HEIGHT = 260;

    private Activations() {
    }

    /** Every catalog unit that is a function of one input. */
    public static Figure figure() {
        return figure(plottable(ActivationCatalog.names()));
    }

    /** The named units, one panel each; IllegalArgumentException for an unknown name or a unit of several inputs. */
    public static Figure figure(List<String> names) {
        List<XYChart> panels = new ArrayList<>();
        for (String name : names) {
            panels.add(panel(name));
        }
        return Figure.grid(panels);
    }

    /** The names a panel can be drawn for (units of one input), in the given order. */
    public static List<String> plottable(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (ActivationCatalog.units(name).map(u -> u.pieces() == 1).orElse(false)) {
                out.add(name);
            }
        }
        return out;
    }

    static XYChart panel(String name) {
        HiddenUnits units = ActivationCatalog.units(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown activation '" + name + "'; known: " + ActivationCatalog.names()));
        if (units.pieces() != 1) {
            throw new IllegalArgumentException(name + " takes " + units.pieces() + " inputs per unit; only units of one input can be drawn");
        }
        double[] z = Sampling.withJumps(Z_MIN, Z_MAX, 40);
        int n = z.length;
        double[] w = new double[units.parametersPerUnit()];
        units.initializeUnits(w, 0, 1);
        double[] f = new double[n];
        double[] df = new double[n];
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        units.forward(z, f, n, 1, w, 0);
        units.backward(z, f, ones, df, n, 1, w, 0, new double[w.length]);

        // a unit with its own parameter (PReLU's slope) is drawn at the parameter's starting value
        String title = w.length == 0 ? name : name + " (learned parameter, start " + Style.number(w[0]) + ")";
        XYChart c = Style.xy(title, "z", "", PANEL_WIDTH, PANEL_HEIGHT);
        Style.legendBelow(c.getStyler());
        double[] y = Style.padded(0.08, f, df);
        Style.range(c, Z_MIN, Z_MAX, y[0], y[1]);
        Style.curve(c, "f(z)", z, f, Palette.BLUE, Style.LINE);
        Style.dash(Style.curve(c, "f'(z)", z, df, Palette.VERMILLION, Style.LINE));
        return c;
    }
}
