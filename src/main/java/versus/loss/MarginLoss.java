package versus.loss;

/**
 * A binary loss of the margin {@code m = y * score} with {@code y} in {-1, +1}. Minimised;
 * {@code d loss / d score = y * derivative(m)}. At a kink {@link #derivative} returns a subgradient.
 */
public interface MarginLoss {
    /** Canonical name as accepted in YAML. */
    String name();

    double value(double m);

    double derivative(double m);

    /**
     * Whether gradient training may use this loss. False for {@link ZeroOne}, whose derivative is
     * zero almost everywhere: it is listed and usable for evaluation, and {@link LossCatalog#coding}
     * refuses it.
     */
    default boolean trainable() { return true; }

    /** Whether {@link #probability} is meaningful (a proper scoring rule such as the logistic loss). */
    default boolean hasProbabilities() { return false; }

    /** P(y = +1 | score) implied by the loss; only when {@link #hasProbabilities()}. */
    default double probability(double score) {
        throw new UnsupportedOperationException(name() + " loss does not define probabilities");
    }
}
