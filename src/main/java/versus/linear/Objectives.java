package versus.linear;

import versus.loss.CrammerSinger;
import versus.loss.Hinge;
import versus.loss.MarginLoss;
import versus.loss.MulticlassLoss;
import versus.loss.SquaredHinge;
import versus.loss.WestonWatkins;
import versus.math.Vectors;

/** Versus's primal objective J of a linear model, and argument checks. */
final class Objectives {
    static final MarginLoss HINGE = Hinge.svm();
    static final MarginLoss SQUARED_HINGE = new SquaredHinge();
    static final MulticlassLoss CRAMMER_SINGER = new CrammerSinger();
    static final MulticlassLoss WESTON_WATKINS = new WestonWatkins();

    private Objectives() {
    }

    static void check(double lambda, double tolerance, int maxIterations) {
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number > 0, got " + lambda);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
    }

    /** The preconditions of the multiclass duals: a penalized bias and at least 2 classes. */
    static void checkMulticlass(String solver, LinearProblem p, BiasPenalty bias) {
        if (bias != BiasPenalty.PENALIZED) {
            throw new IllegalArgumentException("the " + solver + " dual solver needs a penalized bias"
                    + " (bias: penalized): a free bias adds one equality constraint per class to the dual");
        }
        if (p.numClasses() < 2) {
            throw new IllegalArgumentException(solver + " needs at least 2 classes, got " + p.numClasses());
        }
    }

    /**
     * {@code J = (1/n) sum_i loss(y_i (w.x_i + b)) + (lambda/2) (||w||^2 + [b^2 if penalised])},
     * w = {@code wb[0..d)}, b = {@code wb[d]}.
     */
    static double binary(LinearProblem p, double[] y, double[] wb, double lambda, MarginLoss loss,
            boolean penalizeBias) {
        int d = p.cols();
        double[] x = p.x();
        double sum = 0;
        for (int i = 0; i < p.rows(); i++) {
            sum += loss.value(y[i] * (Vectors.dot(wb, 0, x, i * d, d) + wb[d]));
        }
        double norm = Vectors.dot(wb, 0, wb, 0, d) + (penalizeBias ? wb[d] * wb[d] : 0);
        return sum / p.rows() + 0.5 * lambda * norm;
    }

    /**
     * {@code J = (1/n) sum_i L(W x_i + b, y_i) + (lambda/2) ||W||^2} over the K rows of
     * {@code (w_k, b_k)} (biases penalised); {@code scores}, {@code dScores} are K-long buffers.
     */
    static double multiclass(LinearProblem p, double[] wb, double lambda, MulticlassLoss loss,
            double[] scores, double[] dScores) {
        int d = p.cols();
        int k = p.numClasses();
        double[] x = p.x();
        double sum = 0;
        for (int i = 0; i < p.rows(); i++) {
            for (int m = 0; m < k; m++) {
                scores[m] = Vectors.dot(wb, m * (d + 1), x, i * d, d) + wb[m * (d + 1) + d];
            }
            sum += loss.valueAndGradient(scores, p.labels()[i], dScores);
        }
        return sum / p.rows() + 0.5 * lambda * Vectors.dot(wb, 0, wb, 0, wb.length);
    }
}
