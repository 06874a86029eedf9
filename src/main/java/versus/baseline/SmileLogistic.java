package versus.baseline;

import java.util.Locale;
import java.util.random.RandomGenerator;
import smile.classification.LogisticRegression;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;
import versus.train.Learner;

/**
 * L2-regularised logistic regression by Smile's {@code smile.classification.LogisticRegression}
 * (Smile 3.1.1, H. Li, https://haifengl.github.io): binomial for K = 2, multinomial for K > 2,
 * the penalised negative log-likelihood minimised by L-BFGS (D. C. Liu and J. Nocedal, On the
 * limited memory BFGS method for large scale optimization, Mathematical Programming B 45 (1989)
 * 503-528) from w = 0, with memory 5 and Smile's defaults: gradient tolerance 1e-5, at most 500
 * iterations.
 *
 * <p>Penalty scale: Smile minimises the SUM over the n training rows, sum_i l_i + lambda_S/2
 * ||w||^2 (bias unpenalised); Versus states penalties against the MEAN loss,
 * (1/n) sum_i l_i + lambda/2 ||w||^2. The two have the same minimiser when lambda_S = n lambda,
 * which is what {@link #fit} passes, so {@code lambda} means here what it means for
 * {@code model: linear}. Multinomial caveat: Smile fits K-1 weight vectors against class K-1 as
 * pivot (its scores fixed at 0) and penalises those, whereas a K-vector softmax penalises all K;
 * with lambda > 0 the two are different estimators (identical predictions only at lambda = 0).
 *
 * <p>Scores are Smile's posteriori (K class probabilities, also for K = 2), the probabilities
 * are the same numbers, the class is the most probable. Records in the history at epoch 1
 * {@code objective}: Smile's final penalised negative log-likelihood divided by n, that is the
 * mean loss + lambda/2 ||w||^2 in Versus's convention.
 *
 * <p>Deterministic: L-BFGS draws no random numbers, so {@code rng} is not used. Smile sums the
 * binomial objective over rows in a parallel stream of the common fork-join pool; that order
 * depends only on the pool's parallelism, so a machine repeats its numbers exactly (another
 * core count may differ in the last bits). Copies the training rows into a {@code double[][]}.
 *
 * <p>With a {@code cost} C instead (the default of {@code model: smile-logistic}), the penalty is
 * LIBLINEAR's and scikit-learn's LogisticRegression(C): they minimise 1/2 ||w||^2 + C sum_i l_i,
 * whose minimiser is Smile's with lambda_S = 1 / C, that is lambda = 1 / (C n) per fit, as
 * {@code model: linear} does by default.
 *
 * @param lambda L2 penalty per sample (mean-loss convention), >= 0; 0 = unpenalised, which
 *               diverges towards ever larger weights on separable data until the iteration limit;
 *               not used when {@code cost} is present
 * @param cost   when present, C > 0: the penalty is lambda = 1 / (C n) on each training set of n rows
 */
public record SmileLogistic(double lambda, java.util.OptionalDouble cost) implements Learner {
    /** Smile's default gradient tolerance ({@code smile.logistic.tolerance}). */
    public static final double TOLERANCE = 1e-5;
    /** Smile's default iteration limit ({@code smile.logistic.iterations}). */
    public static final int MAX_ITERATIONS = 500;

    public SmileLogistic {
        java.util.Objects.requireNonNull(cost, "cost");
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lambda must be >= 0 and finite, got " + lambda);
        }
        if (cost.isPresent() && !(cost.getAsDouble() > 0 && cost.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the cost C must be > 0 and finite, got " + cost.getAsDouble());
        }
    }

    /** A fixed penalty lambda per sample. */
    public SmileLogistic(double lambda) {
        this(lambda, java.util.OptionalDouble.empty());
    }

    /** LIBLINEAR's and scikit-learn's cost C: lambda = 1 / (C n) per fit. */
    public static SmileLogistic ofCost(double c) {
        return new SmileLogistic(0, java.util.OptionalDouble.of(c));
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int n = train.rows();
        double perSample = cost.isPresent() ? 1 / (cost.getAsDouble() * n) : lambda;
        LogisticRegression model = LogisticRegression.fit(SmileBridge.rows(train), train.labels(), perSample * n,
                TOLERANCE, MAX_ITERATIONS);
        history.add(1, "objective", -model.loglikelihood() / n);
        history.note(String.format(Locale.ROOT, "smile-logistic: %s, L-BFGS, Smile lambda = n * lambda = %d * %.6g",
                model instanceof LogisticRegression.Binomial ? "binomial" : "multinomial", n, perSample));
        return SmileModel.soft(model, train.numClasses(), true, train.cols());
    }
}
