package versus.train;

import java.util.LinkedHashMap;
import java.util.Map;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.loss.MulticlassLoss;
import versus.model.LinearModel;
import versus.model.Model;

/**
 * Margin analytics of a binary linear classifier f(x) = w.x + b on its training data: the
 * geometric margin width 2 / ||w|| (the distance between the lines f = -1 and f = +1), the
 * support vectors (points with functional margin y f(x) <= 1, i.e. on or inside the margin,
 * where the hinge subgradient is active), the margin violators (y f(x) < 1, slack xi > 0) and
 * the training errors (y f(x) < 0).
 */
public final class MarginAnalytics {
    /** Points within this distance of y f(x) = 1 count as on the margin, not violating it. */
    static final double TOLERANCE = 1e-6;

    private MarginAnalytics() {
    }

    /**
     * Empty unless the model is a one-output linear model trained with a margin loss that has a
     * margin at 1 (its gradient vanishes for m > 1 and not just below: hinge, squared hinge,
     * modified Huber); for the logistic loss every point would count as a support vector.
     */
    public static Map<String, Double> of(Model model, MulticlassLoss coding, Dataset train) {
        if (!(model instanceof LinearModel lin) || lin.numOutputs() != 1 || !(coding instanceof BinaryMargin b)
                || b.loss().derivative(1 + 1e-9) != 0 || b.loss().derivative(1 - 1e-3) == 0) {
            return Map.of();
        }
        int d = lin.inputDimension();
        double sq = 0;
        for (int j = 0; j < d; j++) {
            sq += lin.weight(0, j) * lin.weight(0, j);
        }
        double[] s = new double[1];
        double[] x = train.features();
        int support = 0;
        int violators = 0;
        int errors = 0;
        for (int i = 0; i < train.rows(); i++) {
            lin.scores(x, train.offset(i), s);
            double m = (train.label(i) == 1 ? 1 : -1) * s[0];
            if (m <= 1 + TOLERANCE) {
                support++;
            }
            if (m < 1 - TOLERANCE) {
                violators++;
            }
            if (m < 0) {
                errors++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("margin-width", sq > 0 ? 2 / Math.sqrt(sq) : Double.POSITIVE_INFINITY);
        out.put("support-vectors", (double) support);
        out.put("margin-violators", (double) violators);
        out.put("training-errors", (double) errors);
        return out;
    }
}
