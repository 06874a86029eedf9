package versus.plot;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import versus.eval.CurveArea;
import versus.eval.Predictions;

/**
 * ROC curves from predicted probabilities: true-positive rate against false-positive rate as the
 * threshold falls, the chance diagonal for reference, the AUC in the legend (the auc metric).
 * Two classes: one chart, positive class 1; more: one panel per class against the rest.
 */
public final class RocCurve {
    private static final Curves.Kind KIND = new Curves.Kind() {
        @Override public String title() { return "ROC"; }
        @Override public String xTitle() { return "false-positive rate"; }
        @Override public String yTitle() { return "true-positive rate (recall)"; }
        @Override public String areaName() { return "AUC"; }
        @Override public CurveArea.BinaryArea area() { return CurveArea::rocAuc; }
        @Override public Styler.LegendPosition legend() { return Styler.LegendPosition.InsideSE; }

        @Override
        public Curves.Curve curve(Curves.Walk w) {
            int n = w.tp().length;
            double[] x = new double[n + 1];
            double[] y = new double[n + 1];
            for (int i = 0; i < n; i++) {
                x[i + 1] = (double) w.fp()[i] / w.negatives();
                y[i + 1] = (double) w.tp()[i] / w.positives();
            }
            return new Curves.Curve(x, y);
        }

        @Override
        public void reference(XYChart c, int positives, int total) {
            Style.dash(Style.line(c, "chance", new double[] {0, 1}, new double[] {0, 1}, Palette.GREY, Style.THIN));
        }
    };

    private RocCurve() {
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
