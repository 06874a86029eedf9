package versus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The dense kernels against a plain triple loop, the Java and OpenBLAS back ends against each
 * other (to 1e-12 relative, on random matrices), and the transpose-free entry points against the
 * transposing ones they replace (bit for bit in Java). The OpenBLAS cases are skipped where the
 * natives do not load. The back end the rest of the suite uses is chosen by {@code -Dversus.blas}
 * (see {@link DenseKernels}); run the suite with {@code -Dversus.blas=java} and with
 * {@code -Dversus.blas=native -Dversus.blas.threshold=0} to put every product of every test through
 * one back end.
 */
class DenseKernelsTest {
    /** Shapes (m, n, k): the MLP's layers on a batch of 256 and a single row, odd tails, degenerate sizes. */
    private static final int[][] SHAPES = {
        {256, 64, 100}, {64, 100, 256}, {256, 100, 64}, {256, 1, 64}, {1, 64, 256}, {256, 64, 1},
        {256, 10, 64}, {10, 64, 256}, {1, 64, 100}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 5, 7},
        {7, 11, 13}, {17, 5, 1}, {1, 5, 17}, {5, 1, 33}, {0, 4, 3}, {4, 0, 3}, {4, 3, 0},
    };
    private static final double REL = 1e-12;

    private static double[] random(SplittableRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    /** A at offset aOff of a longer array: the kernels must read only their block. */
    private static double[] padded(SplittableRandom r, int off, int n, int tail) {
        return random(r, off + n + tail);
    }

    /** sum_t a[i][t] b[j][t] and sum_t |a[i][t] b[j][t]| for C += A B^T, A (m x k), B (n x k), exactly in order. */
    private static double[][] reference(double[] a, int aOff, int aRow, int aCol, double[] b, int bOff, int bRow, int bCol,
            double[] c, int cOff, int m, int n, int k) {
        double[] value = new double[m * n];
        double[] scale = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = c[cOff + i * n + j];
                double abs = Math.abs(s);
                for (int t = 0; t < k; t++) {
                    double p = a[aOff + i * aRow + t * aCol] * b[bOff + j * bRow + t * bCol];
                    s += p;
                    abs += Math.abs(p);
                }
                value[i * n + j] = s;
                scale[i * n + j] = abs;
            }
        }
        return new double[][] {value, scale};
    }

    /** |got - want| <= REL * sum of |terms| (a relative bound that holds even where the sum cancels). */
    private static void assertClose(double[][] want, double[] got, int cOff, String what) {
        for (int q = 0; q < want[0].length; q++) {
            double err = Math.abs(got[cOff + q] - want[0][q]);
            assertTrue(err <= REL * Math.max(want[1][q], Double.MIN_NORMAL),
                    what + " entry " + q + ": " + got[cOff + q] + " vs " + want[0][q] + " (scale " + want[1][q] + ")");
        }
    }

    private static void assertUntouched(double[] before, double[] after, int from, int to, String what) {
        for (int q = 0; q < before.length; q++) {
            if (q < from || q >= to) {
                assertEquals(Double.doubleToRawLongBits(before[q]), Double.doubleToRawLongBits(after[q]),
                        what + " wrote outside C at " + q);
            }
        }
    }

    private interface Product {
        void run(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k);
    }

    /** The three products, each in both layouts of A and B, checked by {@link #reference}. */
    private enum Kind {
        /** C += A B^T: A m x k, B n x k. */
        PRODUCT_TRANSPOSED,
        /** C += A^T B: A k x m, B k x n. */
        TRANSPOSED_PRODUCT,
        /** C += A B: A m x k, B k x n. */
        PRODUCT;

        int[] strides(int m, int n, int k) { // aRow, aCol, bRow, bCol: element (i, t) of op(A), (j, t) of op(B)^T
            return switch (this) {
                case PRODUCT_TRANSPOSED -> new int[] {k, 1, k, 1};
                case TRANSPOSED_PRODUCT -> new int[] {1, m, 1, n};
                case PRODUCT -> new int[] {k, 1, 1, n};
            };
        }
    }

    private static void checkAgainstReference(Kind kind, Product product, String name) {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : SHAPES) {
            int m = s[0], n = s[1], k = s[2];
            int aOff = 3, bOff = 5, cOff = 7;
            double[] a = padded(r, aOff, m * k, 2);
            double[] b = padded(r, bOff, n * k, 3);
            double[] c = padded(r, cOff, m * n, 4);
            double[] c0 = c.clone();
            int[] st = kind.strides(m, n, k);
            double[][] want = reference(a, aOff, st[0], st[1], b, bOff, st[2], st[3], c0, cOff, m, n, k);
            double[] a0 = a.clone();
            double[] b0 = b.clone();
            product.run(a, aOff, b, bOff, c, cOff, m, n, k);
            String what = name + " " + kind + " " + Arrays.toString(s);
            assertClose(want, c, cOff, what);
            assertUntouched(c0, c, cOff, cOff + m * n, what);
            assertArrayEquals(a0, a, what + " changed A");
            assertArrayEquals(b0, b, what + " changed B");
        }
    }

    @Test
    void javaProductsMatchTheTripleLoop() {
        checkAgainstReference(Kind.PRODUCT_TRANSPOSED, DenseKernels::javaProductTransposed, "java");
        checkAgainstReference(Kind.TRANSPOSED_PRODUCT, DenseKernels::javaTransposedProduct, "java");
        checkAgainstReference(Kind.PRODUCT, DenseKernels::javaProduct, "java");
    }

    @Test
    void publicProductsMatchTheTripleLoopWhateverTheBackend() {
        checkAgainstReference(Kind.PRODUCT_TRANSPOSED, DenseKernels::addProductTransposed, DenseKernels.describeBackend());
        checkAgainstReference(Kind.TRANSPOSED_PRODUCT, DenseKernels::addTransposedProduct, DenseKernels.describeBackend());
        checkAgainstReference(Kind.PRODUCT, DenseKernels::addProduct, DenseKernels.describeBackend());
    }

    @Test
    void openBlasProductsMatchTheTripleLoop() {
        assumeTrue(NativeBlas.FAILURE == null, () -> "OpenBLAS does not load here: " + NativeBlas.FAILURE);
        checkAgainstReference(Kind.PRODUCT_TRANSPOSED, NativeBlas::addProductTransposed, "openblas");
        checkAgainstReference(Kind.TRANSPOSED_PRODUCT, NativeBlas::addTransposedProduct, "openblas");
        checkAgainstReference(Kind.PRODUCT, NativeBlas::addProduct, "openblas");
    }

    /** The acceptance check of the native path: Java and OpenBLAS agree to 1e-12 relative, entry by entry. */
    @Test
    void javaAndOpenBlasAgreeOnRandomMatrices() {
        assumeTrue(NativeBlas.FAILURE == null, () -> "OpenBLAS does not load here: " + NativeBlas.FAILURE);
        SplittableRandom r = new SplittableRandom(5);
        Product[][] pairs = {
            {DenseKernels::javaProductTransposed, NativeBlas::addProductTransposed},
            {DenseKernels::javaTransposedProduct, NativeBlas::addTransposedProduct},
            {DenseKernels::javaProduct, NativeBlas::addProduct},
        };
        double worst = 0;
        for (Product[] pair : pairs) {
            for (int[] s : SHAPES) {
                int m = s[0], n = s[1], k = s[2];
                double[] a = random(r, m * k);
                double[] b = random(r, n * k);
                double[] c = random(r, m * n);
                double[] viaJava = c.clone();
                double[] viaBlas = c.clone();
                pair[0].run(a, 0, b, 0, viaJava, 0, m, n, k);
                pair[1].run(a, 0, b, 0, viaBlas, 0, m, n, k);
                for (int q = 0; q < m * n; q++) {
                    // relative to the entry, or to the typical entry (sqrt(k + 1) for N(0, 1) inputs)
                    // where the sum cancels to far below its terms
                    double err = Math.abs(viaJava[q] - viaBlas[q]) / Math.max(Math.abs(viaJava[q]), Math.sqrt(k + 1.0));
                    assertTrue(err < REL, Arrays.toString(s) + " entry " + q + ": java " + viaJava[q] + " vs openblas " + viaBlas[q]);
                    worst = Math.max(worst, err);
                }
            }
        }
        assertTrue(worst < REL, "worst relative difference " + worst);
    }

    /** Same inputs, same bits, call after call, on both back ends (OpenBLAS runs one thread). */
    @Test
    void bothBackendsAreDeterministic() {
        SplittableRandom r = new SplittableRandom(8);
        int m = 256, n = 64, k = 100;
        double[] a = random(r, m * k);
        double[] b = random(r, n * k);
        double[] c = random(r, m * n);
        java.util.List<Product> products = new java.util.ArrayList<>(java.util.List.of(
                DenseKernels::javaProductTransposed, DenseKernels::javaTransposedProduct, DenseKernels::javaProduct,
                DenseKernels::addProductTransposed, DenseKernels::addTransposedProduct, DenseKernels::addProduct));
        if (NativeBlas.FAILURE == null) {
            products.add(NativeBlas::addProductTransposed);
            products.add(NativeBlas::addTransposedProduct);
            products.add(NativeBlas::addProduct);
        }
        for (Product p : products) {
            double[] first = c.clone();
            p.run(a, 0, b, 0, first, 0, m, n, k);
            for (int rep = 0; rep < 3; rep++) {
                double[] again = c.clone();
                p.run(a, 0, b, 0, again, 0, m, n, k);
                assertArrayEquals(first, again);
            }
        }
    }

    /** In Java the transpose-free products give exactly the bits of transposing and calling addProductTransposed. */
    @Test
    void javaTransposeFreeProductsEqualTheTransposingPathBitForBit() {
        SplittableRandom r = new SplittableRandom(21);
        for (int[] s : SHAPES) {
            int m = s[0], n = s[1], k = s[2];
            // weight gradient: C (m x n) += A^T B with A (k x m), B (k x n) at offsets
            double[] a = padded(r, 2, k * m, 1);
            double[] b = padded(r, 4, k * n, 1);
            double[] c = random(r, m * n);
            double[] at = new double[m * k];
            double[] bt = new double[n * k];
            DenseKernels.transpose(a, 2, k, m, at);
            DenseKernels.transpose(b, 4, k, n, bt);
            double[] old = c.clone();
            DenseKernels.javaProductTransposed(at, 0, bt, 0, old, 0, m, n, k);
            double[] now = c.clone();
            DenseKernels.javaTransposedProduct(a, 2, b, 4, now, 0, m, n, k);
            assertArrayEquals(old, now, "A^T B " + Arrays.toString(s));
            // deltas: C (m x n) += A B with A (m x k), B (k x n)
            double[] a2 = random(r, m * k);
            double[] old2 = c.clone();
            DenseKernels.javaProductTransposed(a2, 0, bt, 0, old2, 0, m, n, k);
            double[] now2 = c.clone();
            DenseKernels.javaProduct(a2, 0, b, 4, now2, 0, m, n, k);
            assertArrayEquals(old2, now2, "A B " + Arrays.toString(s));
        }
    }

    /** In Java a row computed alone gets the bits it gets inside a batch (scores row by row = the training forward pass). */
    @Test
    void javaRowAloneEqualsTheRowInABatch() {
        SplittableRandom r = new SplittableRandom(23);
        for (int[] s : new int[][] {{256, 64, 100}, {7, 9, 5}, {256, 1, 64}, {12, 10, 64}}) {
            int m = s[0], n = s[1], k = s[2];
            double[] a = random(r, m * k);
            double[] b = random(r, n * k);
            double[] c = random(r, m * n);
            double[] batch = c.clone();
            DenseKernels.javaProductTransposed(a, 0, b, 0, batch, 0, m, n, k);
            for (int i = 0; i < m; i++) {
                double[] row = java.util.Arrays.copyOfRange(c, i * n, (i + 1) * n);
                DenseKernels.javaProductTransposed(a, i * k, b, 0, row, 0, 1, n, k);
                assertArrayEquals(java.util.Arrays.copyOfRange(batch, i * n, (i + 1) * n), row, Arrays.toString(s) + " row " + i);
            }
        }
    }

    @Test
    void columnSumsEqualTheRowSumsOfTheTransposeBitForBit() {
        SplittableRandom r = new SplittableRandom(4);
        for (int rows : new int[] {1, 2, 3, 4, 5, 7, 8, 255, 256}) {
            for (int cols : new int[] {1, 2, 3, 4, 5, 10, 64, 100}) {
                double[] m = padded(r, 3, rows * cols, 2);
                double[] t = new double[rows * cols];
                DenseKernels.transpose(m, 3, rows, cols, t);
                double[] start = random(r, cols + 2);
                double[] viaRows = start.clone();
                DenseKernels.addRowSums(t, cols, rows, viaRows, 1);
                double[] viaCols = start.clone();
                DenseKernels.addColumnSums(m, 3, rows, cols, viaCols, 1);
                assertArrayEquals(viaRows, viaCols, rows + " x " + cols);
                for (int j = 0; j < cols; j++) {
                    double s = 0;
                    for (int i = 0; i < rows; i++) {
                        s += m[3 + i * cols + j];
                    }
                    assertEquals(start[1 + j] + s, viaCols[1 + j], 1e-12 * (rows + Math.abs(s)));
                }
                assertEquals(start[0], viaCols[0]);
                assertEquals(start[cols + 1], viaCols[cols + 1]);
            }
        }
    }

    @Test
    void transposeMovesEveryEntryIncludingRowsAndColumnsOfOne() {
        for (int[] s : new int[][] {{1, 1}, {1, 7}, {7, 1}, {3, 5}, {33, 31}, {256, 100}, {64, 65}}) {
            int rows = s[0], cols = s[1];
            double[] src = new double[2 + rows * cols];
            for (int q = 0; q < src.length; q++) {
                src[q] = q;
            }
            double[] dst = new double[rows * cols];
            DenseKernels.transpose(src, 2, rows, cols, dst);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    assertEquals(src[2 + i * cols + j], dst[j * rows + i], Arrays.toString(s));
                }
            }
        }
    }

    @Test
    void fillRowsAndRowSums() {
        double[] c = new double[6];
        DenseKernels.fillRows(c, 3, 2, new double[] {9, 1, 2}, 1);
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, c);
        double[] out = {10, 20, 30};
        DenseKernels.addRowSums(new double[] {1, 2, 3, 4, 5, 6}, 2, 3, out, 1);
        assertArrayEquals(new double[] {10, 26, 45}, out);
    }

    /** The batch tanh: within 8 ulp of Math.tanh (6 seen) over typical and tiny arguments, exact at the ends, in place too. */
    @Test
    void batchTanhIsWithinAFewUlpOfMathTanh() {
        SplittableRandom r = new SplittableRandom(13);
        int count = 400_000;
        double[] z = new double[count];
        for (int i = 0; i < count; i++) {
            z[i] = i % 2 == 0 ? 3 * r.nextGaussian() : (r.nextBoolean() ? 1 : -1) * Math.pow(10, -18 + 20 * r.nextDouble());
        }
        double[] a = new double[count];
        DenseKernels.tanh(z, a, count);
        double worst = 0;
        for (int i = 0; i < count; i++) {
            double want = Math.tanh(z[i]);
            double ulps = Math.abs(a[i] - want) / Math.ulp(want);
            assertTrue(ulps <= 8, "tanh(" + z[i] + ") = " + a[i] + ", Math.tanh " + want);
            worst = Math.max(worst, ulps);
        }
        double[] edges = {0.0, 1e-300, -1e-300, Double.MIN_VALUE, 19.0625, -19.0625, 20, -25, 710, -1e300,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.625, -0.625};
        double[] out = edges.clone();
        DenseKernels.tanh(out, out, edges.length); // in place
        for (int i = 0; i < edges.length; i++) {
            double want = Math.tanh(edges[i]);
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(out[i]));
            } else {
                assertEquals(want, out[i], 8 * Math.ulp(want), "tanh(" + edges[i] + ")");
            }
        }
        assertEquals(1.0, out[6]);
        assertEquals(-1.0, out[7]);
        assertEquals(1.0, out[10]);
        assertEquals(-1.0, out[11]);
        double[] partial = {1, 2, 3};
        double[] keep = {7, 7, 7};
        DenseKernels.tanh(partial, keep, 2);
        assertEquals(7, keep[2]);
    }

    /** Folds train on several threads: concurrent products (each thread with its own scratch) give the sequential bits. */
    @Test
    void concurrentProductsGiveTheSequentialResults() throws Exception {
        SplittableRandom r = new SplittableRandom(17);
        int tasks = 8;
        int m = 256, n = 64, k = 100;
        double[][] as = new double[tasks][];
        double[][] bs = new double[tasks][];
        double[][] want = new double[tasks][];
        for (int q = 0; q < tasks; q++) {
            as[q] = random(r, m * k);
            bs[q] = random(r, n * k);
            want[q] = new double[m * n];
            DenseKernels.addProductTransposed(as[q], 0, bs[q], 0, want[q], 0, m, n, k);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> got = new java.util.ArrayList<>();
            for (int rep = 0; rep < 3; rep++) {
                for (int q = 0; q < tasks; q++) {
                    int task = q;
                    got.add(pool.submit(() -> {
                        double[] c = new double[m * n];
                        for (int it = 0; it < 20; it++) {
                            java.util.Arrays.fill(c, 0);
                            DenseKernels.addProductTransposed(as[task], 0, bs[task], 0, c, 0, m, n, k);
                        }
                        return c;
                    }));
                }
            }
            for (int q = 0; q < got.size(); q++) {
                assertArrayEquals(want[q % tasks], got.get(q).get(), "task " + q);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The back end follows -Dversus.blas (this JVM's choice) and says why. */
    @Test
    void backendIsChosenOnceFromThePropertyAndTheNatives() {
        String mode = System.getProperty("versus.blas", "java");
        DenseKernels.Backend backend = DenseKernels.backend();
        assertEquals(backend, DenseKernels.backend());
        String description = DenseKernels.describeBackend();
        assertNotNull(description);
        if (mode.equals("java") || mode.isEmpty()) {
            assertEquals(DenseKernels.Backend.JAVA, backend);
        } else if (mode.equals("native")) {
            assertEquals(DenseKernels.Backend.OPENBLAS, backend);
        } else {
            assertEquals(NativeBlas.FAILURE == null ? DenseKernels.Backend.OPENBLAS : DenseKernels.Backend.JAVA, backend, description);
        }
        assertTrue(description.startsWith(backend == DenseKernels.Backend.OPENBLAS ? "openblas" : "java"), description);
    }

    /** On linux-x86_64 the bundled natives must load (the project ships them); elsewhere the fallback is fine. */
    @Test
    void openBlasLoadsOnLinuxX8664() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")));
        assertNull(NativeBlas.FAILURE);
        assertEquals(Math.max(1, Integer.getInteger("versus.blas.threads", 1)), NativeBlas.THREADS);
        assertFalse(NativeBlas.describe().startsWith("unavailable"), NativeBlas.describe());
    }
}
