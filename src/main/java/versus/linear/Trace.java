package versus.linear;

import java.util.Arrays;

/**
 * A solver's per-pass record: the stopping measure after every pass, and the primal objective
 * after the passes of a geometric schedule (every pass up to {@link #DENSE}, then whenever the
 * pass count has grown by {@link #GROWTH}) and after the last one. Evaluating the primal costs a
 * full O(n d) pass over the data, where a dual pass over the few variables left after shrinking
 * costs far less: on digits' one-vs-rest hinge problems a primal after every pass made the solver
 * 10 to 20 times slower. The schedule costs O(log passes) evaluations.
 */
final class Trace {
    /** Passes whose primal is always recorded. */
    static final int DENSE = 20;
    /** Relative growth of the pass count between later primal records. */
    static final double GROWTH = 1.05;

    private double[] violation = new double[16];
    private double[] primal = new double[16];
    private int[] primalPass = new int[16];
    private int passes;
    private int primals;
    private int nextPrimal = 1;

    /** Records a finished pass's stopping measure. */
    void add(double v) {
        if (passes == violation.length) {
            violation = Arrays.copyOf(violation, 2 * passes);
        }
        violation[passes++] = v;
    }

    /** Whether the pass just recorded is due a primal value ({@link #primal}). */
    boolean primalDue() {
        return passes >= nextPrimal;
    }

    /** Records the primal objective after the pass just recorded. */
    void primal(double p) {
        if (primals == primal.length) {
            primal = Arrays.copyOf(primal, 2 * primals);
            primalPass = Arrays.copyOf(primalPass, 2 * primals);
        }
        primal[primals] = p;
        primalPass[primals++] = passes;
        nextPrimal = passes < DENSE ? passes + 1 : Math.max(passes + 1, (int) Math.ceil(passes * GROWTH));
    }

    /** Records the final primal unless the last pass has one already. */
    void finish(double p) {
        if (passes > 0 && (primals == 0 || primalPass[primals - 1] != passes)) {
            primal(p);
        }
    }

    double[] violations() { return Arrays.copyOf(violation, passes); }

    double[] primals() { return Arrays.copyOf(primal, primals); }

    int[] primalPasses() { return Arrays.copyOf(primalPass, primals); }
}
