package versus.loss;

/** Squared hinge {@code l(m) = max(0, 1 - m)^2}, {@code l'(m) = -2 max(0, 1 - m)} (L2-SVM; LIBLINEAR -s 2). */
public final class SquaredHinge implements MarginLoss {
    @Override public String name() { return "squared-hinge"; }

    @Override public double value(double m) {
        double r = Math.max(0, 1 - m);
        return r * r;
    }

    @Override public double derivative(double m) { return -2 * Math.max(0, 1 - m); }
}
