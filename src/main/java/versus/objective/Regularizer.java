package versus.objective;

import versus.model.Model;

/**
 * A penalty R(w) on the penalised parameters of a model (biases excluded). The objective is
 * {@code (1/n) sum_i loss_i + R(w)}: lambda is not divided by n (the seeds' lambda/N convention,
 * errata C05, is lambda' = lambda/N here).
 */
public interface Regularizer {
    String name();

    /** R(w). */
    double value(Model model);

    /** {@code grad += dR/dw} (a subgradient at kinks); returns R(w). */
    double addGradient(Model model, double[] grad);

    /** No penalty. */
    record None() implements Regularizer {
        @Override public String name() { return "none"; }
        @Override public double value(Model model) { return 0; }
        @Override public double addGradient(Model model, double[] grad) { return 0; }
    }

    /**
     * Elastic net (Zou and Hastie 2005):
     * {@code R(w) = lambda * (l1Ratio * |w|_1 + (1 - l1Ratio) / 2 * |w|_2^2)}. l1Ratio 0 is ridge /
     * weight decay (L2), 1 is the lasso (L1); the L1 subgradient at 0 is 0.
     */
    record ElasticNet(double lambda, double l1Ratio) implements Separable {
        public ElasticNet {
            if (!(lambda >= 0) || !Double.isFinite(lambda)) {
                throw new IllegalArgumentException("lambda must be a finite number >= 0, got " + lambda);
            }
            if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
                throw new IllegalArgumentException("l1-ratio must be in [0, 1], got " + l1Ratio);
            }
        }

        public static ElasticNet l2(double lambda) { return new ElasticNet(lambda, 0); }

        public static ElasticNet l1(double lambda) { return new ElasticNet(lambda, 1); }

        @Override
        public String name() {
            return l1Ratio == 0 ? "l2" : l1Ratio == 1 ? "l1" : "elastic-net";
        }

        @Override
        public double term(double w) {
            return lambda * (l1Ratio * Math.abs(w) + 0.5 * (1 - l1Ratio) * w * w);
        }

        @Override
        public double derivative(double w) {
            return lambda * (l1Ratio * Math.signum(w) + (1 - l1Ratio) * w);
        }
    }

    /**
     * Weight elimination (Weigend, Rumelhart and Huberman 1991, "Generalization by
     * weight-elimination with application to forecasting", NIPS 3):
     * {@code R(w) = lambda * sum_i w_i^2 / (w0^2 + w_i^2)},
     * {@code dR/dw_i = lambda * 2 w_i w0^2 / (w0^2 + w_i^2)^2}. Each term is about (w_i / w0)^2
     * for |w_i| &lt;&lt; w0 (weight decay on small weights) and saturates at 1 for |w_i| &gt;&gt; w0,
     * so the penalty counts the weights larger than the scale w0 and pushes small ones to zero
     * without shrinking the large ones. Non-convex.
     */
    record WeightElimination(double lambda, double w0) implements Separable {
        public WeightElimination {
            if (!(lambda >= 0) || !Double.isFinite(lambda)) {
                throw new IllegalArgumentException("lambda must be a finite number >= 0, got " + lambda);
            }
            if (!(w0 > 0) || !Double.isFinite(w0)) {
                throw new IllegalArgumentException("w0 must be a finite number > 0, got " + w0);
            }
        }

        @Override public String name() { return "weight-elimination"; }

        @Override
        public double term(double w) {
            return lambda * w * w / (w0 * w0 + w * w);
        }

        @Override
        public double derivative(double w) {
            double d = w0 * w0 + w * w;
            return lambda * 2 * w * w0 * w0 / (d * d);
        }
    }

    /**
     * A penalty that is a sum of one term per penalised parameter, {@code R(w) = sum_i r(w_i)}:
     * every regularizer above, so the loop over the parameters is written once.
     */
    interface Separable extends Regularizer {
        /** r(w) of one parameter. */
        double term(double w);

        /** r'(w) (a subgradient at kinks). */
        double derivative(double w);

        @Override
        default double value(Model model) {
            double[] w = model.parameters();
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                if (model.penalized(i)) {
                    sum += term(w[i]);
                }
            }
            return sum;
        }

        @Override
        default double addGradient(Model model, double[] grad) {
            double[] w = model.parameters();
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                if (model.penalized(i)) {
                    sum += term(w[i]);
                    grad[i] += derivative(w[i]);
                }
            }
            return sum;
        }
    }
}
