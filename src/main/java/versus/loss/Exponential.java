package versus.loss;

/**
 * Exponential loss {@code l(m) = e^-m}, {@code l'(m) = -e^-m}: the loss AdaBoost minimises
 * stagewise (Freund and Schapire 1997; Friedman, Hastie and Tibshirani 2000). Smooth and convex.
 * Overflow: for m &lt; -709.78 the true value exceeds Double.MAX_VALUE, and we return +Infinity
 * (derivative -Infinity) rather than a silent cap, so a diverging run is reported as diverged
 * (the trainer rejects non-finite parameters); for large positive m the value underflows to 0,
 * never NaN.
 */
public final class Exponential implements MarginLoss {
    @Override public String name() { return "exponential"; }
    @Override public double value(double m) { return Math.exp(-m); }
    @Override public double derivative(double m) { return -Math.exp(-m); }
}
