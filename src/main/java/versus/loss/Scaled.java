package versus.loss;

/**
 * A margin loss times a constant: {@code c l(m)}, {@code c l'(m)}. Scaling changes neither the
 * minimiser of the expected loss nor the implied probabilities, so those are the base loss's.
 * Example: {@code logistic2} = log2(1 + e^-m) = ln(1 + e^-m) / ln 2 (the DL1 notes' log loss,
 * GOLDEN C02), which equals 1 at m = 0 and so bounds the zero-one loss from above.
 */
public record Scaled(String name, double factor, MarginLoss loss) implements MarginLoss {
    public Scaled {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be given");
        }
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number > 0, got " + factor);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must be given");
        }
    }

    /** log2(1 + e^-m), with probabilities sigmoid(s) like {@link Logistic}. */
    public static Scaled logistic2() { return new Scaled("logistic2", 1 / Math.log(2), new Logistic()); }

    @Override public double value(double m) { return factor * loss.value(m); }
    @Override public double derivative(double m) { return factor * loss.derivative(m); }
    @Override public boolean trainable() { return loss.trainable(); }
    @Override public boolean hasProbabilities() { return loss.hasProbabilities(); }
    @Override public double probability(double score) { return loss.probability(score); }
}
