package versus.model;

import versus.math.Vectors;

/**
 * The dense loops of the layered models, on row-major {@code double[]} blocks. One product,
 * {@code C += A B^T}, serves the forward pass, the weight gradient and the backward deltas (the
 * callers transpose the O(n^2) operands it needs beside its O(n^3) work); it runs in register
 * blocks of 3 x 3 independent fused multiply-adds over contiguous rows, which fit in the 16
 * registers of AVX2. Best of repeated runs on this project's machine (JDK 17 C2, shapes of a
 * 100-64 layer on 256 rows): ~13 GFLOP/s per core, against ~10-12 for register-blocked i-k-j
 * axpy loops, ~2-4 for plain i-k-j and < 1 for naive i-j-k.
 */
public final class DenseKernels {
    /**
     * Whether {@link Math#fma} compiles to one instruction here. Without hardware FMA it falls
     * back to a slow exact BigDecimal path, so the kernels then multiply and add separately.
     * Decided once, in this one place.
     */
    static final boolean FMA = hardwareFma();
    private static final int TILE = 32;

    private DenseKernels() {
    }

    /**
     * {@code C += A B^T}: {@code c[cOff + i*n + j] += sum_t a[aOff + i*k + t] * b[bOff + j*k + t]}
     * for i < m, j < n, with A (m x k), B (n x k) and C (m x n) all row-major.
     */
    public static void addProductTransposed(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int m, int n, int k) {
        int i = 0;
        for (; i + 2 < m; i += 3) {
            int a0 = aOff + i * k;
            int c0 = cOff + i * n;
            int j = 0;
            for (; j + 2 < n; j += 3) {
                block3x3(a, a0, b, bOff + j * k, c, c0 + j, n, k);
            }
            for (; j < n; j++) {
                block3x1(a, a0, b, bOff + j * k, c, c0 + j, n, k);
            }
        }
        for (; i < m; i++) {
            int a0 = aOff + i * k;
            int c0 = cOff + i * n;
            int j = 0;
            for (; j + 2 < n; j += 3) {
                block1x3(a, a0, b, bOff + j * k, c, c0 + j, k);
            }
            for (; j < n; j++) {
                c[c0 + j] += Vectors.dot(a, a0, b, bOff + j * k, k);
            }
        }
    }

    /** Three rows of A against three rows of B: nine independent accumulators, six loads per step. */
    private static void block3x3(double[] a, int a0, double[] b, int b0, double[] c, int c0, int n, int k) {
        int a1 = a0 + k;
        int a2 = a1 + k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        double s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0, s20 = 0, s21 = 0, s22 = 0;
        for (int t = 0; t < k; t++) {
            double x0 = a[a0 + t], x1 = a[a1 + t], x2 = a[a2 + t];
            double y0 = b[b0 + t], y1 = b[b1 + t], y2 = b[b2 + t];
            s00 = madd(x0, y0, s00);
            s01 = madd(x0, y1, s01);
            s02 = madd(x0, y2, s02);
            s10 = madd(x1, y0, s10);
            s11 = madd(x1, y1, s11);
            s12 = madd(x1, y2, s12);
            s20 = madd(x2, y0, s20);
            s21 = madd(x2, y1, s21);
            s22 = madd(x2, y2, s22);
        }
        c[c0] += s00;
        c[c0 + 1] += s01;
        c[c0 + 2] += s02;
        c[c0 + n] += s10;
        c[c0 + n + 1] += s11;
        c[c0 + n + 2] += s12;
        c[c0 + 2 * n] += s20;
        c[c0 + 2 * n + 1] += s21;
        c[c0 + 2 * n + 2] += s22;
    }

    /** Three rows of A against one row of B (the column tail, e.g. a single output score). */
    private static void block3x1(double[] a, int a0, double[] b, int b0, double[] c, int c0, int n, int k) {
        int a1 = a0 + k;
        int a2 = a1 + k;
        double s0 = 0, s1 = 0, s2 = 0;
        for (int t = 0; t < k; t++) {
            double y = b[b0 + t];
            s0 = madd(a[a0 + t], y, s0);
            s1 = madd(a[a1 + t], y, s1);
            s2 = madd(a[a2 + t], y, s2);
        }
        c[c0] += s0;
        c[c0 + n] += s1;
        c[c0 + 2 * n] += s2;
    }

    /** One row of A against three rows of B (the row tail, e.g. a single output's weight gradient). */
    private static void block1x3(double[] a, int a0, double[] b, int b0, double[] c, int c0, int k) {
        int b1 = b0 + k;
        int b2 = b1 + k;
        double s0 = 0, s1 = 0, s2 = 0;
        for (int t = 0; t < k; t++) {
            double x = a[a0 + t];
            s0 = madd(x, b[b0 + t], s0);
            s1 = madd(x, b[b1 + t], s1);
            s2 = madd(x, b[b2 + t], s2);
        }
        c[c0] += s0;
        c[c0 + 1] += s1;
        c[c0 + 2] += s2;
    }

    /** {@code x * y + acc}; the flag is a static final, so C2 keeps only one branch. */
    private static double madd(double x, double y, double acc) {
        return FMA ? Math.fma(x, y, acc) : acc + x * y;
    }

    /**
     * {@code dst[j*rows + i] = src[srcOff + i*cols + j]}: the (cols x rows) transpose of a (rows x cols)
     * block, in 32 x 32 tiles with contiguous writes. Column-by-column copying with a power-of-two
     * stride (a batch of 256 rows) hits the same few L1 sets; the tiles made it ~5x faster here.
     */
    public static void transpose(double[] src, int srcOff, int rows, int cols, double[] dst) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int j = j0; j < j1; j++) {
                    for (int i = i0, s = srcOff + i0 * cols + j, d = j * rows + i0; i < i1; i++, s += cols, d++) {
                        dst[d] = src[s];
                    }
                }
            }
        }
    }

    /** Every row of the (rows x cols) block at {@code c[0..]} set to {@code v[vOff .. vOff+cols-1]}. */
    public static void fillRows(double[] c, int rows, int cols, double[] v, int vOff) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(v, vOff, c, i * cols, cols);
        }
    }

    /** {@code out[outOff + i] += sum_j m[i*cols + j]}: the row sums of a (rows x cols) block. */
    public static void addRowSums(double[] m, int rows, int cols, double[] out, int outOff) {
        for (int i = 0; i < rows; i++) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int base = i * cols;
            int j = 0;
            for (; j + 3 < cols; j += 4) {
                s0 += m[base + j];
                s1 += m[base + j + 1];
                s2 += m[base + j + 2];
                s3 += m[base + j + 3];
            }
            for (; j < cols; j++) {
                s0 += m[base + j];
            }
            out[outOff + i] += (s0 + s1) + (s2 + s3);
        }
    }

    private static boolean hardwareFma() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && Boolean.parseBoolean(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or no such flag: stay on the portable path
        }
    }
}
