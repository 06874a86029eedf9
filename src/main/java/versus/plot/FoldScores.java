package versus.plot;

import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The spread of one metric over the splits of a protocol, one box per model in its colour:
 * the box from the first to the third quartile (linear interpolation, R's type 7), the median
 * across it, whiskers to the furthest values within 1.5 IQR of the box, and every split's value
 * as a point beside the box (with 5 or 10 splits the points say more than the box). Drawn on an
 * XY chart because XChart's box chart paints every box blue and red, ignoring series colours.
 */
public final class FoldScores {
    private static final double HALF_BOX = 0.22;
    private static final double POINTS_AT = 0.3;
    private static final double DODGE = 0.035;

    private FoldScores() {
    }

    /** @param models per model its metric value on each split (NaN values are left out) */
    public static XYChart chart(String metric, List<Named<double[]>> models) {
        XYChart c = Style.xy(metric + " per split", "", metric);
        // names are written under the boxes, inside the plot: XChart drops custom tick labels it
        // finds repeated (blank labels between the integer positions), so ticks cannot carry them
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
        c.getStyler().setAnnotationTextFontColor(Palette.BLACK);
        double[][] all = new double[models.size()][];
        for (int i = 0; i < models.size(); i++) {
            all[i] = Arrays.stream(models.get(i).value()).filter(Double::isFinite).sorted().toArray();
        }
        double[] y = Style.padded(0.08, all);
        double names = y[0] - 0.06 * (y[1] - y[0]); // a band for the names below the lowest value
        Style.range(c, 0.4, models.size() + 0.6, names - 0.04 * (y[1] - y[0]), y[1]);
        for (int i = 0; i < models.size(); i++) {
            if (all[i].length > 0) {
                box(c, models.get(i), i + 1, all[i]);
            }
            c.addAnnotation(new AnnotationText(models.get(i).name(), i + 1, names, false));
        }
        return c;
    }

    private static void box(XYChart c, Named<double[]> m, double x, double[] v) {
        double q1 = quantile(v, 0.25);
        double median = quantile(v, 0.5);
        double q3 = quantile(v, 0.75);
        double reach = 1.5 * (q3 - q1);
        double low = q1;
        double high = q3;
        for (double a : v) {
            if (a >= q1 - reach) {
                low = Math.min(low, a);
            }
            if (a <= q3 + reach) {
                high = Math.max(high, a);
            }
        }
        String n = m.name();
        Style.fill(c, n + " box", new Polylines().rectangle(x - HALF_BOX, q1, x + HALF_BOX, q3), Palette.pale(m.ink(), 0.7));
        Polylines outline = new Polylines()
                .to(x - HALF_BOX, q1).to(x + HALF_BOX, q1).to(x + HALF_BOX, q3).to(x - HALF_BOX, q3).to(x - HALF_BOX, q1).end()
                .segment(x, q3, x, high).segment(x - HALF_BOX / 2, high, x + HALF_BOX / 2, high)
                .segment(x, q1, x, low).segment(x - HALF_BOX / 2, low, x + HALF_BOX / 2, low);
        Style.line(c, n + " whiskers", outline.xs(), outline.ys(), m.ink(), Style.THIN + 0.5f);
        Style.line(c, n + " median", new double[] {x - HALF_BOX, x + HALF_BOX}, new double[] {median, median}, m.ink(), Style.LINE + 1);
        double[] px = new double[v.length];
        double tie = 0.005 * (v[v.length - 1] - v[0]);
        for (int i = 0; i < v.length; i++) {
            // equal values (accuracy on a small test set repeats) side by side instead of on top
            px[i] = i > 0 && v[i] - v[i - 1] <= tie ? px[i - 1] + DODGE : x + POINTS_AT;
        }
        Style.points(c, n + " splits", px, v, m.ink(), Markers.ring(1.0, 1.4f));
        if (v.length == 1) {
            Style.points(c, n + " value", new double[] {x}, v, m.ink(), SeriesMarkers.DIAMOND);
        }
    }

    /** Type-7 quantile of sorted values: linear between order statistics at (n - 1) p. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
