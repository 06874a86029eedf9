package versus.compute;

/** A differentiable function of two variables. */
public interface Function2d {
    double value(double x, double y);

    /** Writes (df/dx, df/dy) into {@code out}. */
    void gradient(double x, double y, double[] out);
}
