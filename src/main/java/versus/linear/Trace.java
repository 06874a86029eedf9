package versus.linear;

import java.util.Arrays;

/** A growable pair of per-iteration traces (stopping measure, primal objective). */
final class Trace {
    private double[] violation = new double[16];
    private double[] primal = new double[16];
    private int size;

    void add(double v, double p) {
        if (size == violation.length) {
            violation = Arrays.copyOf(violation, 2 * size);
            primal = Arrays.copyOf(primal, 2 * size);
        }
        violation[size] = v;
        primal[size] = p;
        size++;
    }

    double[] violations() { return Arrays.copyOf(violation, size); }

    double[] primals() { return Arrays.copyOf(primal, size); }
}
