package versus.loss;

/**
 * Hinge loss with threshold t: {@code l(m) = max(0, t - m)}, subgradient -1 for m <= t, else 0
 * (at the kink m = t we take -1, as scikit-learn's {@code Hinge.dloss} does, so that the
 * perceptron still updates on a point lying on its boundary, e.g. from a zero start).
 * t = 1 is the SVM hinge (Cortes and Vapnik 1995); t = 0 is the perceptron criterion
 * (Rosenblatt 1958).
 */
public record Hinge(double threshold) implements MarginLoss {
    public Hinge {
        if (!(threshold >= 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number >= 0, got " + threshold);
        }
    }

    public static Hinge svm() { return new Hinge(1.0); }

    public static Hinge perceptron() { return new Hinge(0.0); }

    @Override public String name() { return threshold == 0 ? "perceptron" : "hinge"; }
    @Override public double value(double m) { return Math.max(0, threshold - m); }
    @Override public double derivative(double m) { return m <= threshold ? -1 : 0; }
}
