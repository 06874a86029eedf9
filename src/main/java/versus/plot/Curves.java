package versus.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import versus.eval.CurveArea;
import versus.eval.Predictions;

/**
 * What ROC and precision-recall figures share: thresholding one class's probability
 * (positive class 1 for two classes, each class against the rest for more, one panel per class),
 * one line per model in its colour with its area in the legend (computed by
 * {@link CurveArea}, so it equals the auc / pr-auc metric), models without probabilities named
 * in the title and left out.
 */
final class Curves {
    static final int PANEL_WIDTH = 560;
    static final int PANEL_HEIGHT = 480;

    /** Points of one curve, in drawing order. */
    record Curve(double[] x, double[] y) {
    }

    /** One kind of curve. */
    interface Kind {
        String title();
        String xTitle();
        String yTitle();
        /** Legend name of the area, e.g. "AUC". */
        String areaName();
        CurveArea.BinaryArea area();
        /** The curve from the walk over thresholds, highest first. */
        Curve curve(Walk w);
        /** A reference line (chance level) for this class, drawn first. */
        void reference(XYChart c, int positives, int total);
        /** Where the legend covers least: where curves do not go. */
        Styler.LegendPosition legend();
    }

    /**
     * The distinct thresholds of one class's probability from the highest down: after threshold
     * number i, {@code tp[i]} positives and {@code fp[i]} negatives score at or above it.
     */
    record Walk(int[] tp, int[] fp, int positives, int negatives, double[] pos, double[] neg) {
        /** Null when a probability is NaN (a diverged model). */
        static Walk of(Predictions p, int positive) {
            int n = p.size();
            double[] s = new double[n];
            int np = 0;
            for (int i = 0; i < n; i++) {
                s[i] = p.probability(i, positive) + 0.0; // -0.0 ties with 0.0
                if (Double.isNaN(s[i])) {
                    return null;
                }
                if (p.truth()[i] == positive) {
                    np++;
                }
            }
            double[] pos = new double[np];
            double[] neg = new double[n - np];
            for (int i = 0, a = 0, b = 0; i < n; i++) {
                if (p.truth()[i] == positive) {
                    pos[a++] = s[i];
                } else {
                    neg[b++] = s[i];
                }
            }
            Arrays.sort(pos);
            Arrays.sort(neg);
            List<int[]> steps = new ArrayList<>();
            int i = pos.length - 1;
            int j = neg.length - 1;
            int tp = 0;
            int fp = 0;
            while (i >= 0 || j >= 0) {
                double t = Math.max(i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY, j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
                while (i >= 0 && pos[i] == t) {
                    tp++;
                    i--;
                }
                while (j >= 0 && neg[j] == t) {
                    fp++;
                    j--;
                }
                steps.add(new int[] {tp, fp});
            }
            int[] tps = new int[steps.size()];
            int[] fps = new int[steps.size()];
            for (int k = 0; k < tps.length; k++) {
                tps[k] = steps.get(k)[0];
                fps[k] = steps.get(k)[1];
            }
            return new Walk(tps, fps, pos.length, neg.length, pos, neg);
        }
    }

    private Curves() {
    }

    static Figure figure(Kind kind, List<Named<Predictions>> models, List<String> classNames) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to draw");
        }
        int k = models.get(0).value().numClasses();
        if (classNames.size() != k) {
            throw new IllegalArgumentException("expected " + k + " class names, got " + classNames.size());
        }
        List<String> without = new ArrayList<>();
        for (Named<Predictions> m : models) {
            if (m.value().numClasses() != k) {
                throw new IllegalArgumentException(m.name() + " has " + m.value().numClasses() + " classes, expected " + k);
            }
            if (!m.value().hasProbabilities()) {
                without.add(m.name());
            }
        }
        if (without.size() == models.size()) {
            throw new IllegalArgumentException(kind.title() + " needs class probabilities; none of " + without + " has them");
        }
        List<XYChart> panels = new ArrayList<>();
        if (k == 2) {
            panels.add(panel(kind, models, 1, kind.title() + " (positive class " + classNames.get(1) + ")", without, Style.WIDTH, Style.HEIGHT));
        } else {
            for (int c = 0; c < k; c++) {
                panels.add(panel(kind, models, c, kind.title() + ": " + classNames.get(c) + " vs rest", without, PANEL_WIDTH, PANEL_HEIGHT));
            }
        }
        return Figure.grid(panels);
    }

    private static XYChart panel(Kind kind, List<Named<Predictions>> models, int positive, String title, List<String> without,
            int width, int height) {
        String note = without.isEmpty() ? "" : " [no probabilities: " + String.join(", ", without) + "]";
        XYChart c = Style.xy(title + note, kind.xTitle(), kind.yTitle(), width, height);
        c.getStyler().setLegendPosition(kind.legend());
        // a little beyond [0, 1], so a perfect curve along the edges is not hidden by the axes
        Style.range(c, -0.01, 1.01, -0.01, 1.02);
        boolean reference = false;
        for (Named<Predictions> m : models) {
            if (!m.value().hasProbabilities()) {
                continue;
            }
            Walk w = Walk.of(m.value(), positive);
            if (w == null) {
                continue;
            }
            if (!reference) {
                kind.reference(c, w.positives(), w.positives() + w.negatives());
                reference = true;
            }
            double area = kind.area().of(w.pos(), w.neg());
            if (Double.isNaN(area)) {
                continue; // no positive (or no negative) rows of this class: no curve
            }
            Curve curve = kind.curve(w);
            String label = String.format(java.util.Locale.ROOT, "%s (%s %.3f)", m.name(), kind.areaName(), area);
            Style.line(c, label, curve.x(), curve.y(), m.ink(), Style.LINE);
        }
        return c;
    }
}
