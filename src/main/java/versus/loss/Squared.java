package versus.loss;

/** Squared loss on the margin {@code l(m) = (1 - m)^2 = (y - s)^2} for y in {-1,+1}; l'(m) = -2(1 - m). */
public final class Squared implements MarginLoss {
    @Override public String name() { return "squared"; }

    @Override public double value(double m) {
        double r = 1 - m;
        return r * r;
    }

    @Override public double derivative(double m) { return -2 * (1 - m); }
}
