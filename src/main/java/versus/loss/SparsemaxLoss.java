package versus.loss;

import versus.math.Sparsemax;

/**
 * The sparsemax loss (Martins and Astudillo 2016, ICML, eq. 16), the loss whose gradient is
 * sparsemax's as cross-entropy's is softmax's:
 * <pre>
 *   L(z, y) = -z_y + 1/2 sum_{j in S(z)} (z_j^2 - tau(z)^2) + 1/2 = 1/2 ||p||^2 - (z_y - tau(z)) + 1/2,
 *   dL/dz = p - e_y,   p = sparsemax(z)
 * </pre>
 * (the second form, from z_j^2 - tau^2 = p_j (p_j + 2 tau) on S, avoids cancelling large squares).
 * L &gt;= 0 is convex and differentiable with a continuous, piecewise-linear gradient; it is zero
 * exactly when p = e_y, i.e. when z_y exceeds every other score by at least 1 (a margin, like the
 * multiclass hinge). Probabilities are sparsemax(z) and contain exact zeros: a metric taking
 * ln p of the true class (log-loss) then relies on its clipping (1e-15 in {@code versus.eval}).
 */
public final class SparsemaxLoss implements MulticlassLoss {
    @Override public String name() { return "sparsemax"; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        int k = dScores.length;
        double tau = Sparsemax.threshold(scores, k, dScores); // dScores is the sort's scratch until overwritten
        double squares = 0;
        for (int j = 0; j < k; j++) {
            double p = Math.max(scores[j] - tau, 0);
            dScores[j] = p;
            squares += p * p;
        }
        dScores[label] -= 1;
        return Math.max(0, 0.5 * squares - (scores[label] - tau) + 0.5); // rounding can leave -1 ulp at p = e_y
    }

    @Override public boolean hasProbabilities() { return true; }

    /** sparsemax(scores); {@code out} must not be {@code scores}. */
    @Override
    public void probabilities(double[] scores, int numClasses, double[] out) {
        Sparsemax.project(scores, numClasses, out);
    }
}
