package versus.svm;

import java.util.Arrays;

/**
 * The kernel matrix K_ik = K(x_rows[i], x_rows[k]) of a subset of the rows of a contiguous
 * row-major array, computed a row at a time on demand and kept in a least-recently-used cache
 * bounded in bytes (LIBSVM's {@code Cache}). Rows hold kernel values, not Q_ik = y_i y_k K_ik,
 * so machines with the same rows but other labels (one-vs-rest) can share one cache.
 *
 * <p>The cache keeps at least two rows, so a row stays valid while one other row is fetched:
 * the solver's pair (i, j) is always resident together. Not thread-safe.
 */
final class KernelCache {
    /** LIBSVM's default cache size: 100 MB. */
    static final long DEFAULT_BYTES = 100L << 20;

    private final Kernel kernel;
    private final double[] x;
    private final int cols;
    private final int[] rows;
    private final double[] norms;
    private final double[] diagonal;
    // LRU list over slots: head is the most recently used row, tail the next to be evicted
    private final double[][] slots;
    private final int[] slotOfRow;
    private final int[] rowOfSlot;
    private final int[] prev;
    private final int[] next;
    private int head = -1;
    private int tail = -1;
    private int used;
    private long computed;

    /**
     * @param x     row-major features with {@code cols} columns (not copied, not modified)
     * @param rows  the rows of {@code x} that make up this matrix, in order
     * @param bytes memory budget for cached rows; at least two rows are kept whatever it says
     */
    KernelCache(Kernel kernel, double[] x, int cols, int[] rows, long bytes) {
        this.kernel = kernel;
        this.x = x;
        this.cols = cols;
        this.rows = rows;
        int n = rows.length;
        norms = new double[n];
        diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            int o = rows[i] * cols;
            norms[i] = dot(o, o);
            diagonal[i] = kernel.of(norms[i], norms[i], norms[i]);
        }
        long perRow = 8L * Math.max(1, n);
        int capacity = (int) Math.min(n, Math.max(2, bytes / perRow));
        slots = new double[capacity][];
        rowOfSlot = new int[capacity];
        prev = new int[capacity];
        next = new int[capacity];
        slotOfRow = new int[n];
        Arrays.fill(slotOfRow, -1);
    }

    int size() {
        return rows.length;
    }

    /** The rows of the feature array this matrix is over (the live array given to the constructor). */
    int[] rows() {
        return rows;
    }

    /** K_ii. */
    double[] diagonal() {
        return diagonal;
    }

    /** How many rows have been computed so far (cache misses). */
    long rowsComputed() {
        return computed;
    }

    /** Row i of the matrix, K_i0 .. K_i(n-1); valid until two other rows have been requested. */
    double[] row(int i) {
        int s = slotOfRow[i];
        if (s >= 0) {
            if (s != head) {
                unlink(s);
                pushFront(s);
            }
            return slots[s];
        }
        if (used < slots.length) {
            s = used++;
            slots[s] = new double[rows.length];
        } else {
            s = tail;
            slotOfRow[rowOfSlot[s]] = -1;
            unlink(s);
        }
        fill(i, slots[s]);
        rowOfSlot[s] = i;
        slotOfRow[i] = s;
        pushFront(s);
        return slots[s];
    }

    private void fill(int i, double[] out) {
        int oi = rows[i] * cols;
        double ni = norms[i];
        int n = out.length;
        int k = 0;
        // four rows at a time: each x_i value loaded once feeds four independent sums
        for (; k + 3 < n; k += 4) {
            int o0 = rows[k] * cols;
            int o1 = rows[k + 1] * cols;
            int o2 = rows[k + 2] * cols;
            int o3 = rows[k + 3] * cols;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < cols; j++) {
                double v = x[oi + j];
                s0 += v * x[o0 + j];
                s1 += v * x[o1 + j];
                s2 += v * x[o2 + j];
                s3 += v * x[o3 + j];
            }
            out[k] = kernel.of(s0, ni, norms[k]);
            out[k + 1] = kernel.of(s1, ni, norms[k + 1]);
            out[k + 2] = kernel.of(s2, ni, norms[k + 2]);
            out[k + 3] = kernel.of(s3, ni, norms[k + 3]);
        }
        for (; k < n; k++) {
            out[k] = kernel.of(dot(oi, rows[k] * cols), ni, norms[k]);
        }
        computed++;
    }

    /**
     * x_a.x_b summed in column order, as in the four-row loop of {@link #fill}, so that K is exactly
     * symmetric and K_ii equals the diagonal.
     */
    private double dot(int a, int b) {
        double s = 0;
        for (int j = 0; j < cols; j++) {
            s += x[a + j] * x[b + j];
        }
        return s;
    }

    private void unlink(int s) {
        if (prev[s] >= 0) {
            next[prev[s]] = next[s];
        } else {
            head = next[s];
        }
        if (next[s] >= 0) {
            prev[next[s]] = prev[s];
        } else {
            tail = prev[s];
        }
    }

    private void pushFront(int s) {
        prev[s] = -1;
        next[s] = head;
        if (head >= 0) {
            prev[head] = s;
        }
        head = s;
        if (tail < 0) {
            tail = s;
        }
    }
}
