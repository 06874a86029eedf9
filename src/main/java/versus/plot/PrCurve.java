package versus.plot;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import versus.eval.CurveArea;
import versus.eval.Predictions;

/**
 * Precision-recall curves from predicted probabilities, drawn as the staircase whose area is the
 * average precision (precision P_n held over the recall step R_{n-1}..R_n; no interpolation,
 * which would overstate it), the prevalence (a random ranking's precision) for reference, the
 * average precision in the legend (the pr-auc metric). Like scikit-learn's curve it stops at the
 * first threshold that reaches full recall. Two classes: one chart, positive class 1;
 * more: one panel per class against the rest.
 */
public final class PrCurve {
    private static final Curves.Kind KIND = new Curves.Kind() {
        @Override public String title() { return "Precision-recall"; }
        @Override public String xTitle() { return "recall"; }
        @Override public String yTitle() { return "precision"; }
        @Override public String areaName() { return "AP"; }
        @Override public CurveArea.BinaryArea area() { return CurveArea::averagePrecision; }
        @Override public Styler.LegendPosition legend() { return Styler.LegendPosition.InsideSW; }

        @Override
        public Curves.Curve curve(Curves.Walk w) {
            // up to the first threshold with full recall: lower ones only add false positives
            int n = 0;
            while (n < w.tp().length && (n == 0 || w.tp()[n - 1] < w.positives())) {
                n++;
            }
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            double recall = 0;
            for (int i = 0; i < n; i++) {
                double precision = (double) w.tp()[i] / (w.tp()[i] + w.fp()[i]);
                x[2 * i] = recall;
                y[2 * i] = precision;
                recall = (double) w.tp()[i] / w.positives();
                x[2 * i + 1] = recall;
                y[2 * i + 1] = precision;
            }
            return new Curves.Curve(x, y);
        }

        @Override
        public void reference(XYChart c, int positives, int total) {
            double prevalence = (double) positives / total;
            Style.dash(Style.line(c, "prevalence " + Style.significant(prevalence, 3), new double[] {0, 1},
                    new double[] {prevalence, prevalence}, Palette.GREY, Style.THIN));
        }
    };

    private PrCurve() {
    }

    /**
     * @param models      predictions with probabilities (pooled over splits, or one split);
     *                    models without are named in the title and left out
     * @param classNames  the data's class names
     */
    public static Figure figure(List<Named<Predictions>> models, List<String> classNames) {
        return Curves.figure(KIND, models, classNames);
    }
}
