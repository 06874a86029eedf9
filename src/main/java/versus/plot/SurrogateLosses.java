package versus.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import versus.loss.LossCatalog;
import versus.loss.MarginLoss;

/**
 * Every margin loss of {@link LossCatalog} against the margin m = y f(x) on one chart, the zero-one
 * loss as a black step (as in the DL1 notes' "surrogate loss functions" figure). A variant whose
 * name extends an earlier loss's name (logistic2, modified-huber-notes, sigmoid-logistic) takes
 * that loss's colour, dashed.
 */
public final class SurrogateLosses {
    static final double M_MIN = -2;
    static final double M_MAX = 3;
    /** Losses grow to 9 at m = -2; the interesting part is near the zero-one step. */
    static final double LOSS_MAX = 4;

    private SurrogateLosses() {
    }

    /** All margin losses of the catalog. */
    public static XYChart chart() {
        List<MarginLoss> losses = new ArrayList<>();
        for (Map.Entry<String, LossCatalog.Entry<MarginLoss>> e : LossCatalog.marginLosses().entrySet()) {
            losses.add(e.getValue().factory().get());
        }
        return chart(losses);
    }

    /** The given margin losses; the one named zero-one is drawn black. */
    public static XYChart chart(List<MarginLoss> losses) {
        XYChart c = Style.xy("Margin losses and the zero-one loss they bound", "margin m = y f(x)", "loss l(m)");
        Style.range(c, M_MIN, M_MAX, 0, LOSS_MAX);
        double[] m = Sampling.withJumps(M_MIN, M_MAX, 100);
        List<String> bases = new ArrayList<>();
        int drawn = 0;
        for (MarginLoss loss : losses) {
            // later curves thinner, so coinciding ones (squared, squared hinge and modified Huber for
            // m <= 1) show as nested stripes instead of hiding each other
            float width = Math.max(1.2f, 3.8f - 0.22f * drawn++);
            double[] v = Sampling.map(m, loss::value);
            if (loss.name().equals("zero-one")) {
                Style.curve(c, loss.name(), m, v, Palette.BLACK, width);
                continue;
            }
            int base = variantOf(bases, loss.name());
            if (base < 0) {
                bases.add(loss.name());
            }
            int colour = base < 0 ? bases.size() - 1 : base;
            Color ink = Palette.besideBlack(colour);
            XYSeries s = Style.curve(c, loss.name(), m, v, ink, width);
            if (base >= 0 || colour >= 7) { // a variant, or a second round of the colour cycle
                Style.dash(s);
            }
        }
        return c;
    }

    /** Index of the earlier loss whose name this one extends ("logistic2" of "logistic"), or -1. */
    private static int variantOf(List<String> earlier, String name) {
        for (int i = 0; i < earlier.size(); i++) {
            if (name.startsWith(earlier.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
