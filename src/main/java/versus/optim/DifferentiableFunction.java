package versus.optim;

/** A smooth function of a parameter vector, evaluated together with its gradient. */
@FunctionalInterface
public interface DifferentiableFunction {
    /** Returns f(x) and overwrites {@code grad} with the gradient at x; never modifies {@code x}. */
    double valueAndGradient(double[] x, double[] grad);
}
