package versus.plot;

import java.util.Arrays;

/** Sample points for drawing functions of one variable. */
final class Sampling {
    private Sampling() {
    }

    /**
     * The multiples of {@code 1/perUnit} in [lo, hi] (exact at every integer, hence at the usual
     * kinks and jumps), plus the neighbouring doubles just below and above every integer, so that a
     * function jumping at an integer (zero-one loss, step, sign, a derivative at a kink) is drawn
     * with a vertical edge instead of a slanted one.
     */
    static double[] withJumps(double lo, double hi, int perUnit) {
        long first = (long) Math.ceil(lo * perUnit);
        long last = (long) Math.floor(hi * perUnit);
        long intFirst = (long) Math.ceil(lo);
        long intLast = (long) Math.floor(hi);
        int n = (int) (last - first + 1);
        int extra = (int) Math.max(0, 2 * (intLast - intFirst + 1));
        double[] out = new double[n + extra];
        int k = 0;
        for (long i = first; i <= last; i++) {
            out[k++] = (double) i / perUnit;
        }
        for (long z = intFirst; z <= intLast; z++) {
            out[k++] = Math.nextDown((double) z);
            out[k++] = Math.nextUp((double) z);
        }
        double[] inRange = Arrays.stream(out, 0, k).filter(v -> v >= lo && v <= hi).sorted().toArray();
        return inRange;
    }

    /** {@code f} at every point. */
    static double[] map(double[] xs, java.util.function.DoubleUnaryOperator f) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = f.applyAsDouble(xs[i]);
        }
        return out;
    }
}
