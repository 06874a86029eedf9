package versus.baseline;

import java.util.Arrays;
import smile.math.MathEx;
import versus.data.Dataset;

/** What every baseline needs from Smile's side: rows as {@code double[][]} and a seeded RNG. */
final class SmileBridge {
    private SmileBridge() {
    }

    /** A copy of every row of {@code d}, one array per row, as Smile's trainers take them. */
    static double[][] rows(Dataset d) {
        int p = d.cols();
        double[] x = d.features();
        double[][] out = new double[d.rows()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(x, i * p, i * p + p);
        }
        return out;
    }

    /**
     * Seeds Smile's RNG for the current thread. In Smile 3.1.1 {@code MathEx}'s generator is a
     * {@code ThreadLocal} ({@code MathEx.setSeed} seeds only the caller's), so seeding and then
     * training on the same thread is deterministic and needs no lock, as long as the training
     * draws its random numbers on that thread too (each learner says how it ensures that).
     */
    static void seedThisThread(long seed) {
        MathEx.setSeed(seed);
    }
}
