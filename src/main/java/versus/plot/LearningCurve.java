package versus.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import versus.train.History;

/**
 * A training metric per epoch (train-loss, validation-loss, objective, ...) for each model: the
 * mean over its splits as a line, with a translucent band of mean +- one standard deviation, one
 * colour per model. At each epoch the mean is over the splits that reached it (early stopping
 * ends some runs sooner); the band is left out where fewer than two splits did.
 */
public final class LearningCurve {
    /** Opacity of the +-std band, so that overlapping bands of several models stay visible. */
    private static final int BAND_ALPHA = 56;

    private LearningCurve() {
    }

    /** The history entry with the cumulative training seconds after each epoch (see {@code Trainer}). */
    public static final String ELAPSED = "elapsed-seconds";

    /** The metric names recorded in any of the histories, in first-seen order; timings (-seconds) are not drawn per epoch. */
    public static List<String> metrics(List<Named<List<History>>> models) {
        Set<String> names = new LinkedHashSet<>();
        for (Named<List<History>> m : models) {
            for (History h : m.value()) {
                for (History.Entry e : h.entries()) {
                    if (!e.metric().endsWith("-seconds")) {
                        names.add(e.metric());
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** One panel per metric. */
    public static Figure figure(List<String> metrics, List<Named<List<History>>> models) {
        List<XYChart> panels = new ArrayList<>();
        for (String metric : metrics) {
            panels.add(chart(metric, models));
        }
        return Figure.grid(panels);
    }

    /** One metric for every model (a model without that metric is left out). */
    public static XYChart chart(String metric, List<Named<List<History>>> models) {
        XYChart c = Style.xy(metric + " per epoch (mean \u00b1 std over splits)", "epoch", metric);
        for (Named<List<History>> m : models) {
            draw(c, m, Summary.of(metric, m.value()));
        }
        return c;
    }

    /** Points drawn per model at most: a long run is thinned evenly (each point is an SVG element). */
    static final int MAX_POINTS = 400;

    /** A model's mean line and +-std band (left out when it has no points). */
    private static void draw(XYChart c, Named<List<History>> m, Summary all) {
        Summary s = all.thinned(MAX_POINTS);
        if (s.epochs.length == 0) {
            return;
        }
        Polylines band = s.band();
        if (!band.isEmpty()) {
            Color base = m.ink();
            Style.fill(c, m.name() + " band", band, new Color(base.getRed(), base.getGreen(), base.getBlue(), BAND_ALPHA));
        }
        String label = m.name() + " (" + m.value().size() + (m.value().size() == 1 ? " split)" : " splits)");
        Style.line(c, label, s.epochs, s.mean, m.ink(), Style.LINE);
    }

    /**
     * One metric against wall-clock training time for every model, so that optimizers compare per
     * second rather than per epoch: at each epoch the mean over splits of the metric (band: +- one
     * standard deviation) at the mean over splits of {@value #ELAPSED}. A model whose histories
     * lack either is left out.
     */
    public static XYChart versusTime(String metric, List<Named<List<History>>> models) {
        XYChart c = Style.xy(metric + " against training time (mean \u00b1 std over splits)", "training time (seconds)", metric);
        for (Named<List<History>> m : models) {
            draw(c, m, Summary.of(metric, m.value()).atTimes(Summary.of(ELAPSED, m.value())));
        }
        c.getStyler().setXAxisMin(0.0);
        return c;
    }

    /** Per-epoch mean and standard deviation of one metric over splits. */
    private record Summary(double[] epochs, double[] mean, double[] std, int[] count) {
        static Summary of(String metric, List<History> splits) {
            TreeMap<Integer, double[]> acc = new TreeMap<>(); // epoch -> {n, sum, sum of squares}
            for (History h : splits) {
                for (History.Entry e : h.entries()) {
                    if (e.metric().equals(metric) && Double.isFinite(e.value())) {
                        double[] a = acc.computeIfAbsent(e.epoch(), k -> new double[3]);
                        a[0]++;
                        a[1] += e.value();
                        a[2] += e.value() * e.value();
                    }
                }
            }
            int n = acc.size();
            double[] epochs = new double[n];
            double[] mean = new double[n];
            double[] std = new double[n];
            int[] count = new int[n];
            int i = 0;
            for (var e : acc.entrySet()) {
                double[] a = e.getValue();
                epochs[i] = e.getKey();
                count[i] = (int) a[0];
                mean[i] = a[1] / a[0];
                // sample standard deviation (n - 1), as the summary tables report
                std[i] = a[0] > 1 ? Math.sqrt(Math.max(0, (a[2] - a[0] * mean[i] * mean[i]) / (a[0] - 1))) : Double.NaN;
                i++;
            }
            return new Summary(epochs, mean, std, count);
        }

        /**
         * The same statistics placed at the mean times of {@code seconds} (a summary of
         * {@value #ELAPSED}) instead of at epochs: only the epochs both summaries have.
         */
        Summary atTimes(Summary seconds) {
            double[] x = new double[epochs.length];
            double[] m = new double[epochs.length];
            double[] sd = new double[epochs.length];
            int[] c = new int[epochs.length];
            int k = 0;
            for (int i = 0, j = 0; i < epochs.length; i++) {
                while (j < seconds.epochs.length && seconds.epochs[j] < epochs[i]) {
                    j++;
                }
                if (j < seconds.epochs.length && seconds.epochs[j] == epochs[i]) {
                    x[k] = seconds.mean[j];
                    m[k] = mean[i];
                    sd[k] = std[i];
                    c[k] = Math.min(count[i], seconds.count[j]);
                    k++;
                }
            }
            return new Summary(Arrays.copyOf(x, k), Arrays.copyOf(m, k), Arrays.copyOf(sd, k), Arrays.copyOf(c, k));
        }

        /** Every k-th point, and the last, so that at most about {@code max} remain. */
        Summary thinned(int max) {
            if (epochs.length <= max) {
                return this;
            }
            int k = (epochs.length + max - 1) / max;
            int n = (epochs.length - 1) / k + 1 + ((epochs.length - 1) % k == 0 ? 0 : 1);
            double[] x = new double[n];
            double[] m = new double[n];
            double[] sd = new double[n];
            int[] c = new int[n];
            int j = 0;
            for (int i = 0; i < epochs.length; i += k) {
                x[j] = epochs[i];
                m[j] = mean[i];
                sd[j] = std[i];
                c[j++] = count[i];
            }
            if (j < n) {
                int last = epochs.length - 1;
                x[j] = epochs[last];
                m[j] = mean[last];
                sd[j] = std[last];
                c[j] = count[last];
            }
            return new Summary(x, m, sd, c);
        }

        /** The +-std band as polygons over the runs of epochs with >= 2 splits. */
        Polylines band() {
            Polylines out = new Polylines();
            int i = 0;
            while (i < epochs.length) {
                if (count[i] < 2) {
                    i++;
                    continue;
                }
                int end = i;
                while (end + 1 < epochs.length && count[end + 1] >= 2) {
                    end++;
                }
                if (end > i) {
                    for (int k = i; k <= end; k++) {
                        out.to(epochs[k], mean[k] + std[k]);
                    }
                    for (int k = end; k >= i; k--) {
                        out.to(epochs[k], mean[k] - std[k]);
                    }
                    out.end();
                }
                i = end + 1;
            }
            return out;
        }
    }
}
