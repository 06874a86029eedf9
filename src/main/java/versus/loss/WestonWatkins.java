package versus.loss;

/**
 * Weston-Watkins multiclass hinge {@code L(s, y) = sum_{k != y} max(0, margin + s_k - s_y)}
 * (Weston and Watkins 1999; the "multiclass SVM loss" of CS231n and the DL1 notes, GOLDEN G17),
 * margin 1 by default (the paper writes 2; for a linear model that only rescales the weights
 * against the penalty). Subgradient: +1 on every active rival k ({@code margin + s_k - s_y >= 0},
 * the kink counted as active as in {@link Hinge}), minus the number of active rivals on s_y.
 * K = 2 is allowed (then it equals Crammer-Singer). Decision argmax; no probabilities.
 */
public record WestonWatkins(double margin) implements MulticlassLoss {
    public WestonWatkins {
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite number >= 0, got " + margin);
        }
    }

    /** Margin 1. */
    public WestonWatkins() {
        this(1.0);
    }

    @Override public String name() { return "weston-watkins"; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        int k = dScores.length;
        double sy = scores[label];
        double total = 0;
        int active = 0;
        for (int j = 0; j < k; j++) {
            dScores[j] = 0;
            if (j == label) {
                continue;
            }
            double violation = margin + scores[j] - sy;
            if (violation >= 0) {
                total += violation;
                dScores[j] = 1;
                active++;
            }
        }
        dScores[label] = -active;
        return total;
    }
}
