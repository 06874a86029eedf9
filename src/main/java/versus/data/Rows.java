package versus.data;

import java.nio.file.Path;

/** Row bookkeeping shared by the loaders: dropping flagged rows, and the dense-size limit. */
final class Rows {
    private Rows() {
    }

    /** Indices of the rows not flagged in {@code drop}, in order. */
    static int[] kept(boolean[] drop) {
        int n = 0;
        for (boolean d : drop) {
            n += d ? 0 : 1;
        }
        int[] kept = new int[n];
        int k = 0;
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept[k++] = i;
            }
        }
        return kept;
    }

    /** The rows {@code kept} of row-major {@code x} with {@code cols} columns; {@code x} itself when all are kept. */
    static double[] select(double[] x, int cols, int[] kept) {
        if ((long) kept.length * cols == x.length) {
            return x;
        }
        double[] out = new double[kept.length * cols];
        for (int i = 0; i < kept.length; i++) {
            System.arraycopy(x, kept[i] * cols, out, i * cols, cols);
        }
        return out;
    }

    static int[] select(int[] v, int[] kept) {
        if (kept.length == v.length) {
            return v;
        }
        int[] out = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = v[kept[i]];
        }
        return out;
    }

    static double[] select(double[] v, int[] kept) {
        return select(v, 1, kept);
    }

    /** Rejects a matrix too large for one Java array before allocating it. */
    static void checkDenseSize(Path path, long rows, long cols) {
        if (rows * cols > Integer.MAX_VALUE - 8) {
            throw new DataFormatException(path, rows + " rows x " + cols + " columns do not fit in one dense array ("
                    + (Integer.MAX_VALUE - 8) + " values at most); use fewer rows or columns");
        }
    }
}
