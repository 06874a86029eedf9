package versus.linear;

import versus.math.Vectors;

/**
 * Rows {@code x_i.x_t (t = 0..n-1)} of the linear kernel for {@link LinearSmo}, kept once
 * computed while they fit in a fixed budget of doubles (SMO keeps choosing among the same few
 * support vectors, so most rows are reused); beyond the budget a row is computed into one of two
 * scratch buffers, which serve the pair (i, j) of one step. Rows are never evicted: the cache
 * fills at most {@code budget / n} rows, one allocation each, then stays fixed.
 */
final class GramRows {
    /** 8M doubles (64 MB). */
    static final long DEFAULT_BUDGET = 8L << 20;

    private final double[] x;
    private final int n;
    private final int d;
    private final double[][] rows;
    private final double[][] scratch;
    private long left;

    GramRows(LinearProblem p, long budget) {
        this.x = p.x();
        this.n = p.rows();
        this.d = p.cols();
        this.rows = new double[n][];
        this.scratch = new double[][] {new double[n], new double[n]};
        this.left = budget;
    }

    /** Row i; {@code slot} (0 or 1) names the scratch buffer used if row i is not kept. */
    double[] row(int i, int slot) {
        double[] r = rows[i];
        if (r != null) {
            return r;
        }
        if (left >= n) {
            r = new double[n];
            rows[i] = r;
            left -= n;
        } else {
            r = scratch[slot];
        }
        int off = i * d;
        for (int t = 0; t < n; t++) {
            r[t] = Vectors.dot(x, off, x, t * d, d);
        }
        return r;
    }
}
