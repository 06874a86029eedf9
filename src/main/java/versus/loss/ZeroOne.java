package versus.loss;

/**
 * Zero-one loss {@code l(m) = 1{m <= 0}}, the misclassification count that every surrogate bounds
 * or approximates (e.g. Bartlett, Jordan and McAuliffe 2006). EVALUATION ONLY: its derivative is
 * 0 wherever it exists (and it does not exist at m = 0, where the loss jumps), so
 * {@link #derivative} returns 0 everywhere and {@link #trainable()} is false;
 * {@link LossCatalog#coding} refuses it. A point on the boundary (m = 0) counts as an error, as
 * for the perceptron; note that {@link BinaryMargin#decide} sends a score of exactly 0 to class 1,
 * so at s = 0 this loss counts an error also for a y = +1 point that decide() gets right.
 */
public final class ZeroOne implements MarginLoss {
    @Override public String name() { return "zero-one"; }
    @Override public double value(double m) { return m <= 0 ? 1 : 0; }

    /** 0: the derivative almost everywhere (undefined at the jump m = 0). */
    @Override public double derivative(double m) { return 0; }

    @Override public boolean trainable() { return false; }
}
