package versus.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import versus.train.History;

/**
 * Per-layer gradient norms during training, the vanishing / exploding gradient diagnostic (Glorot
 * and Bengio 2010): for every model and every weight layer l with a history metric
 * {@code grad-norm-layer-l} (1 = the input layer), the mean over the splits at each epoch, on a
 * logarithmic axis. One colour per model, one line style per layer (solid, dashed, dotted, ...).
 * Layers whose norms fall by decades towards the input are vanishing; rising ones, exploding.
 * Epochs where the mean is 0 (a dead layer) cannot be shown on the log axis and are skipped.
 */
public final class GradientNorms {
    /** The prefix of the metrics this figure reads. */
    public static final String PREFIX = "grad-norm-layer-";
    /** Dash patterns by layer (in pixels), cycling: solid, dashed, dotted, dash-dot, long dash, dash-dot-dot. */
    private static final float[][] DASHES = {null, {7f, 4f}, {1.5f, 3f}, {8f, 3f, 1.5f, 3f}, {14f, 5f}, {8f, 3f, 1.5f, 3f, 1.5f, 3f}};
    /** Points per pixel of x that the smooth painting needs to stay on the straight segments. */
    private static final int SUBDIVIDE_TO = 600;

    private GradientNorms() {
    }

    /** The layers (1, 2, ...) with a {@code grad-norm-layer-l} metric in any of the histories, ascending. */
    public static List<Integer> layers(List<Named<List<History>>> models) {
        TreeSet<Integer> out = new TreeSet<>();
        for (Named<List<History>> m : models) {
            for (History h : m.value()) {
                for (History.Entry e : h.entries()) {
                    Integer l = layerOf(e.metric());
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The layer number of a {@code grad-norm-layer-l} metric, null for other metrics. */
    static Integer layerOf(String metric) {
        if (!metric.startsWith(PREFIX)) {
            return null;
        }
        try {
            int l = Integer.parseInt(metric.substring(PREFIX.length()));
            return l >= 1 ? l : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The figure; models without gradient norms are left out. Throws IllegalArgumentException when
     * no history has a {@code grad-norm-layer-*} metric.
     */
    public static XYChart chart(List<Named<List<History>>> models) {
        List<Integer> layers = layers(models);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no " + PREFIX + "* metrics in the histories: gradient norms are recorded for mlp models only");
        }
        XYChart c = Style.xy("Gradient norm per weight layer (mean over splits)", "epoch", "||\u2202J/\u2202W_l|| (log scale)");
        c.getStyler().setYAxisLogarithmic(true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lastEpoch = 1;
        for (Named<List<History>> m : models) {
            List<Integer> own = layers(List.of(m));
            for (int l : own) {
                double[][] s = meanPerEpoch(PREFIX + l, m.value());
                if (s[0].length == 0) {
                    continue;
                }
                for (double v : s[1]) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                lastEpoch = Math.max(lastEpoch, s[0][s[0].length - 1]);
                String where = own.size() < 2 ? "" : l == own.get(own.size() - 1) ? " (output)" : l == own.get(0) ? " (input)" : "";
                String label = m.name() + ", layer " + l + where;
                if (s[0].length == 1) {
                    Style.points(c, label, s[0], s[1], m.ink(), SeriesMarkers.CIRCLE);
                } else {
                    double[][] fine = geometricSubdivision(s[0], s[1], Math.max(1, SUBDIVIDE_TO / s[0].length));
                    XYSeries line = Style.curve(c, label, fine[0], fine[1], m.ink(), 1.8f);
                    line.setLineStyle(stroke(l, 1.8f));
                }
            }
        }
        if (lo <= hi) {
            // whole decades around the data, so the log axis shows labelled powers of ten
            c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(lo))));
            c.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(hi) + 1e-9)));
        }
        // from 0: with a log y axis XChart places x ticks at (max - min) / 10 steps unless the range starts at 0
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(Math.max(1, lastEpoch));
        c.setCustomYAxisTickLabelsFormatter(v -> Style.significant(v, 3));
        return c;
    }

    /** The line style of layer l (1-based). */
    private static BasicStroke stroke(int layer, float width) {
        float[] dash = DASHES[(layer - 1) % DASHES.length];
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * {epochs, mean} of one metric over the splits, per epoch, over the splits that reached it
     * (finite values only), keeping epochs with a positive mean.
     */
    static double[][] meanPerEpoch(String metric, List<History> splits) {
        TreeMap<Integer, double[]> acc = new TreeMap<>();
        for (History h : splits) {
            for (History.Entry e : h.entries()) {
                if (e.metric().equals(metric) && Double.isFinite(e.value())) {
                    double[] a = acc.computeIfAbsent(e.epoch(), k -> new double[2]);
                    a[0]++;
                    a[1] += e.value();
                }
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (var e : acc.entrySet()) {
            double mean = e.getValue()[1] / e.getValue()[0];
            if (mean > 0) {
                kept.add(new double[] {e.getKey(), mean});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            out[0][i] = kept.get(i)[0];
            out[1][i] = kept.get(i)[1];
        }
        return out;
    }

    /**
     * Every segment cut in {@code k}, x linearly and y geometrically, so the pieces are straight
     * on the log axis and the smooth painting (one path per series, dashes running on) does not
     * bend between epochs.
     */
    private static double[][] geometricSubdivision(double[] x, double[] y, int k) {
        int n = (x.length - 1) * k + 1;
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i + 1 < x.length; i++) {
            for (int s = 0; s < k; s++) {
                double t = (double) s / k;
                fx[i * k + s] = x[i] + t * (x[i + 1] - x[i]);
                fy[i * k + s] = y[i] * Math.pow(y[i + 1] / y[i], t);
            }
        }
        fx[n - 1] = x[x.length - 1];
        fy[n - 1] = y[y.length - 1];
        return new double[][] {fx, fy};
    }
}
