package versus.model;

import versus.math.Vectors;

/**
 * The dense loops of the layered models, on row-major {@code double[]} blocks. One product,
 * {@code C += A B^T}, serves the forward pass, the weight gradient and the backward deltas (the
 * callers transpose the O(n^2) operands it needs beside its O(n^3) work);
 * {@link #addTransposedProduct} ({@code C += A^T B}) and {@link #addProduct} ({@code C += A B})
 * compute the same sums without the caller's transposes.
 *
 * <p><b>Two back ends, chosen once, here</b> ({@link #backend()}):
 * <ul>
 * <li>{@link Backend#OPENBLAS}: products of at least {@link #NATIVE_MIN_WORK} multiply-adds go to
 * OpenBLAS {@code cblas_dgemm} ({@link NativeBlas}, the {@code org.bytedeco:openblas} natives the
 * Smile baseline ships, one BLAS thread by default); smaller ones stay in Java, where the JNI call
 * and the operand copies would cost more than the arithmetic. The default wherever the natives load.
 * <li>{@link Backend#JAVA}: everything in the pure-Java kernels below: the fallback where the
 * natives do not load, and what {@code -Dversus.blas=java} forces (tests, comparisons).
 * </ul>
 * {@code -Dversus.blas=native} insists on OpenBLAS (the first product throws where it does not
 * load); {@code -Dversus.blas.threshold=W} moves the size cut-off (0 sends every product to
 * OpenBLAS); {@code -Dversus.blas.threads=T} sets the BLAS threads. Both back ends compute in
 * double precision and are deterministic: the same inputs give the same bits run to run. They
 * round differently (OpenBLAS blocks and orders the sums its own way), so they agree to ~1e-15
 * relative per product, not bit for bit.
 *
 * <p><b>Java kernels</b>: register blocks of 3 x 3 independent fused multiply-adds over contiguous
 * rows, which fit in the 16 registers of AVX2. Best of repeated runs on this project's machine (JDK
 * 17 C2, shapes of a 100-64 layer on 256 rows): ~13 GFLOP/s per core, against ~10-12 for
 * register-blocked i-k-j axpy loops, ~2-4 for plain i-k-j and < 1 for naive i-j-k. OpenBLAS on
 * the same shapes, operand copies included: ~40 GFLOP/s on an AVX-512 Xeon (~11 for the Java kernel there).
 */
public final class DenseKernels {
    /**
     * Whether {@link Math#fma} compiles to one instruction here. Without hardware FMA it falls
     * back to a slow exact BigDecimal path, so the kernels then multiply and add separately.
     * Decided once, in this one place.
     */
    static final boolean FMA = hardwareFma();
    private static final int TILE = 32;

    /**
     * Products with fewer multiply-adds ({@code m * n * k}) than this stay in Java under
     * {@link Backend#OPENBLAS}: a JNI call and the operand copies cost a few microseconds, which a
     * 256 x 64 x 1 product (the backward pass of a single output) just pays back.
     * {@code -Dversus.blas.threshold} overrides it.
     */
    static final long NATIVE_MIN_WORK = Math.max(0, Long.getLong("versus.blas.threshold", 16_384L));

    /** Where the large products run. */
    public enum Backend {
        /** The pure-Java kernels of this class. */
        JAVA,
        /** OpenBLAS dgemm for products of at least {@link DenseKernels#NATIVE_MIN_WORK} multiply-adds. */
        OPENBLAS
    }

    private DenseKernels() {
    }

    /**
     * The back end of this process, from {@code -Dversus.blas} ({@code auto}, the default,
     * {@code java} or {@code native}) and whether the natives load. Loads them on first call.
     */
    public static Backend backend() {
        return Choice.NATIVE ? Backend.OPENBLAS : Backend.JAVA;
    }

    /** {@link #backend()} with the library and threads, or why OpenBLAS is not used: for logs and benchmarks. */
    public static String describeBackend() {
        return Choice.NATIVE ? "openblas (" + NativeBlas.describe() + ", products >= " + NATIVE_MIN_WORK + " multiply-adds)"
                : "java (" + Choice.WHY_JAVA + ")";
    }

    /**
     * The one place the back end is chosen, at the first product large enough to care (so a run
     * that only multiplies single rows never loads the natives).
     */
    private static final class Choice {
        static final String WHY_JAVA;
        static final boolean NATIVE;

        static {
            String mode = System.getProperty("versus.blas", "auto").trim().toLowerCase(java.util.Locale.ROOT);
            switch (mode) {
                case "java" -> {
                    WHY_JAVA = "-Dversus.blas=java";
                    NATIVE = false;
                }
                case "auto", "", "native", "openblas" -> {
                    String failure = NativeBlas.FAILURE;
                    if (failure != null && !mode.equals("auto") && !mode.isEmpty()) {
                        throw new IllegalStateException("-Dversus.blas=" + mode + " but OpenBLAS does not load: " + failure);
                    }
                    WHY_JAVA = failure == null ? null : "OpenBLAS does not load: " + failure;
                    NATIVE = failure == null;
                }
                default -> throw new IllegalStateException("-Dversus.blas must be auto, java or native, got " + mode);
            }
        }
    }

    /** Whether a product of m x n x k goes to OpenBLAS; the size test comes first, so small products never load it. */
    private static boolean nativeFor(int m, int n, int k) {
        return (long) m * n * k >= NATIVE_MIN_WORK && Choice.NATIVE;
    }

    /**
     * {@code C += A B^T}: {@code c[cOff + i*n + j] += sum_t a[aOff + i*k + t] * b[bOff + j*k + t]}
     * for i < m, j < n, with A (m x k), B (n x k) and C (m x n) all row-major.
     */
    public static void addProductTransposed(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int m, int n, int k) {
        if (nativeFor(m, n, k)) {
            NativeBlas.addProductTransposed(a, aOff, b, bOff, c, cOff, m, n, k);
        } else {
            javaProductTransposed(a, aOff, b, bOff, c, cOff, m, n, k);
        }
    }

    /** {@link #addProductTransposed} in Java whatever the back end. */
    static void javaProductTransposed(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
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

    /**
     * {@code C += A^T B}: {@code c[cOff + i*n + j] += sum_t a[aOff + t*m + i] * b[bOff + t*n + j]}
     * for i < m, j < n, with A (k x m), B (k x n) and C (m x n) all row-major: a weight gradient
     * {@code delta^T a_prev} straight from the batch-major buffers, without transposing them.
     */
    public static void addTransposedProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int m, int n, int k) {
        if (nativeFor(m, n, k)) {
            NativeBlas.addTransposedProduct(a, aOff, b, bOff, c, cOff, m, n, k);
        } else {
            javaTransposedProduct(a, aOff, b, bOff, c, cOff, m, n, k);
        }
    }

    /**
     * {@link #addTransposedProduct} in Java whatever the back end: A and B transposed into this
     * thread's scratch, then {@link #javaProductTransposed}. Measured against computing in place
     * (axpys over the rows of B, or 3 x 3 blocks read down the columns): the transposes and the
     * contiguous kernel were ~15% faster on a 64 x 100 x 256 weight gradient, and the sums are
     * then exactly those of transposing and calling {@link #addProductTransposed}.
     */
    static void javaTransposedProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int m, int n, int k) {
        Scratch s = SCRATCH.get();
        double[] at = s.first(m * k);
        double[] bt = s.second(n * k);
        transpose(a, aOff, k, m, at);
        transpose(b, bOff, k, n, bt);
        javaProductTransposed(at, 0, bt, 0, c, cOff, m, n, k);
    }

    /**
     * {@code C += A B}: {@code c[cOff + i*n + j] += sum_t a[aOff + i*k + t] * b[bOff + t*n + j]}
     * for i < m, j < n, with A (m x k), B (k x n) and C (m x n) all row-major: the backward deltas
     * {@code delta_l W_l} without transposing W_l.
     */
    public static void addProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k) {
        if (nativeFor(m, n, k)) {
            NativeBlas.addProduct(a, aOff, b, bOff, c, cOff, m, n, k);
        } else {
            javaProduct(a, aOff, b, bOff, c, cOff, m, n, k);
        }
    }

    /**
     * {@link #addProduct} in Java whatever the back end: B transposed into this thread's scratch,
     * then {@link #javaProductTransposed} (the same sums as transposing B and calling
     * {@link #addProductTransposed}; faster than axpys over the rows of B here).
     */
    static void javaProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k) {
        double[] bt = SCRATCH.get().second(n * k);
        transpose(b, bOff, k, n, bt);
        javaProductTransposed(a, aOff, bt, 0, c, cOff, m, n, k);
    }

    /** Per-thread room for the operands the Java products transpose; grown on demand, never shrunk. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private double[] first = new double[0];
        private double[] second = new double[0];

        double[] first(int size) {
            return first.length >= size ? first : (first = new double[size]);
        }

        double[] second(int size) {
            return second.length >= size ? second : (second = new double[size]);
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
        if (rows == 1 || cols == 1) {
            System.arraycopy(src, srcOff, dst, 0, rows * cols); // a row or a column: the same order
            return;
        }
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

    /**
     * {@code out[outOff + j] += sum_i m[mOff + i*cols + j]}: the column sums of a (rows x cols)
     * block, e.g. the bias gradient from batch-major deltas. Sums in the same order as transposing
     * the block and calling {@link #addRowSums} (four interleaved partial sums over the rows), so
     * the two give identical bits, without the transpose and ~2x faster than the row sums of
     * the transpose (~4 us for 256 x 64).
     */
    public static void addColumnSums(double[] m, int mOff, int rows, int cols, double[] out, int outOff) {
        int j = 0;
        for (; j + 3 < cols; j += 4) { // four columns at a time: 16 independent sums down the rows
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            double c0 = 0, c1 = 0, c2 = 0, c3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            int i = 0;
            int r = mOff + j;
            for (; i + 3 < rows; i += 4, r += 4 * cols) {
                int r1 = r + cols;
                int r2 = r1 + cols;
                int r3 = r2 + cols;
                a0 += m[r];
                a1 += m[r + 1];
                a2 += m[r + 2];
                a3 += m[r + 3];
                b0 += m[r1];
                b1 += m[r1 + 1];
                b2 += m[r1 + 2];
                b3 += m[r1 + 3];
                c0 += m[r2];
                c1 += m[r2 + 1];
                c2 += m[r2 + 2];
                c3 += m[r2 + 3];
                d0 += m[r3];
                d1 += m[r3 + 1];
                d2 += m[r3 + 2];
                d3 += m[r3 + 3];
            }
            for (; i < rows; i++, r += cols) {
                a0 += m[r];
                a1 += m[r + 1];
                a2 += m[r + 2];
                a3 += m[r + 3];
            }
            out[outOff + j] += (a0 + b0) + (c0 + d0);
            out[outOff + j + 1] += (a1 + b1) + (c1 + d1);
            out[outOff + j + 2] += (a2 + b2) + (c2 + d2);
            out[outOff + j + 3] += (a3 + b3) + (c3 + d3);
        }
        for (; j < cols; j++) {
            double a0 = 0, b0 = 0, c0 = 0, d0 = 0;
            int i = 0;
            int r = mOff + j;
            for (; i + 3 < rows; i += 4, r += 4 * cols) {
                a0 += m[r];
                b0 += m[r + cols];
                c0 += m[r + 2 * cols];
                d0 += m[r + 3 * cols];
            }
            for (; i < rows; i++, r += cols) {
                a0 += m[r];
            }
            out[outOff + j] += (a0 + b0) + (c0 + d0);
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
