package versus.loss;

import versus.math.Vectors;

/**
 * Sigmoid loss {@code l(m) = h / (1 + e^{a m}) = h sigmoid(-a m)}, {@code l'(m) = -a h sigmoid(a m) sigmoid(-a m)};
 * smooth, bounded, NOT convex (Mason, Baxter, Bartlett and Frean 2000, "Boosting algorithms as
 * gradient descent": 1 - tanh(lambda m)).
 * <ul>
 * <li>a = h = 2: {@code sigmoid} = 1 - tanh(m) = 2 / (1 + e^{2m}), in (0, 2), value 1 at m = 0
 *     (so it lies above the zero-one loss like the convex surrogates); l'(m) = -sech^2(m).</li>
 * <li>a = h = 1: {@code sigmoid-logistic} = 1 / (1 + e^m) = (1 - tanh(m/2)) / 2, in (0, 1),
 *     value 1/2 at m = 0: a smoothed zero-one loss (below it for m &lt;= 0).</li>
 * </ul>
 * Evaluated through the overflow-free {@link Vectors#sigmoid}, never as 1 - tanh(m), which
 * cancels to 0 for large m; for |m| = 1000 value and derivative are finite (0 or h, and -0).
 */
public record Sigmoid(double steepness, double height) implements MarginLoss {
    public Sigmoid {
        if (!(steepness > 0) || !Double.isFinite(steepness)) {
            throw new IllegalArgumentException("steepness must be a finite number > 0, got " + steepness);
        }
        if (!(height > 0) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("height must be a finite number > 0, got " + height);
        }
    }

    /** 1 - tanh(m) (Mason et al. 2000 with lambda = 1). */
    public static Sigmoid tanh() { return new Sigmoid(2, 2); }

    /** 1 / (1 + e^m). */
    public static Sigmoid logistic() { return new Sigmoid(1, 1); }

    @Override
    public String name() {
        if (steepness == 2 && height == 2) {
            return "sigmoid";
        }
        if (steepness == 1 && height == 1) {
            return "sigmoid-logistic";
        }
        return "sigmoid(steepness " + steepness + ", height " + height + ")";
    }

    @Override public double value(double m) { return height * Vectors.sigmoid(-steepness * m); }

    @Override
    public double derivative(double m) {
        return -steepness * height * Vectors.sigmoid(steepness * m) * Vectors.sigmoid(-steepness * m);
    }
}
