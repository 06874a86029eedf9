package versus.model;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * OpenBLAS {@code cblas_dgemm} through JavaCPP ({@code org.bytedeco:openblas}, the library the
 * Smile baseline already ships), for {@link DenseKernels}. Only {@link DenseKernels} decides
 * whether it is used (only on request: {@code -Dversus.blas=native} or {@code auto}, since its
 * kernel, and so its rounding, depends on the CPU); this class only loads the library and multiplies.
 *
 * <p><b>Loading</b>: {@link #FAILURE} is computed once, when the class is first touched: null when
 * the natives load and multiply a 2 x 2 check correctly, else what went wrong (no natives for this
 * platform, a missing jar, ...). Nothing here throws on a machine without the natives.
 *
 * <p><b>Threads</b>: OpenBLAS is set to {@code versus.blas.threads} threads (default 1) for the
 * whole process. Versus runs folds and repetitions on separate Java threads, so one BLAS thread
 * per call avoids oversubscribing the cores; with one thread each call runs on its caller's
 * thread, concurrent calls from several Java threads are safe, and the results are the same run
 * to run. The setting is process-wide: it also applies to the Smile baselines' BLAS calls.
 *
 * <p><b>Copies</b>: the {@code double[]} overloads of the JavaCPP binding copy each whole array in
 * and out (JNI {@code Get/ReleaseDoubleArrayElements}, no pinning in HotSpot) and take no offsets.
 * Instead every calling thread keeps three off-heap scratch blocks, grown on demand, and copies
 * exactly the operands of the product: A and B in, C in and out. Measured on 256 x 64 x 100
 * (JDK 17, one thread, AVX-512 Xeon): dgemm on the scratch alone ~61 us, with the copies ~77 us,
 * through the {@code double[]} overload ~82 us; the Java kernels of {@link DenseKernels} ~135 us.
 */
final class NativeBlas {
    /** Null when OpenBLAS is usable here, otherwise the reason it is not. */
    static final String FAILURE;
    /** The BLAS threads set at load (meaningful only when {@link #FAILURE} is null). */
    static final int THREADS;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    static {
        int threads = Math.max(1, Integer.getInteger("versus.blas.threads", 1));
        THREADS = threads;
        FAILURE = load(threads);
    }

    private NativeBlas() {
    }

    private static String load(int threads) {
        try {
            Loader.load(openblas.class);
            openblas.blas_set_num_threads(threads);
            // [1 2; 3 4] [5 6; 7 8]^T = [17 23; 39 53], plus C = 1
            double[] c = {1, 1, 1, 1};
            addProductTransposed(new double[] {1, 2, 3, 4}, 0, new double[] {5, 6, 7, 8}, 0, c, 0, 2, 2, 2);
            if (c[0] != 18 || c[1] != 24 || c[2] != 40 || c[3] != 54) {
                return "OpenBLAS dgemm check computed " + java.util.Arrays.toString(c) + " instead of [18, 24, 40, 54]";
            }
            return null;
        } catch (LinkageError | RuntimeException e) { // UnsatisfiedLinkError, NoClassDefFoundError, ...
            return e.toString();
        }
    }

    /** Which library answers, for logs and benchmark reports. */
    static String describe() {
        if (FAILURE != null) {
            return "unavailable (" + FAILURE + ")";
        }
        String vendor = switch (openblas.blas_get_vendor()) {
            case 1 -> "MKL";
            case 2 -> "OpenBLAS";
            default -> "vendor " + openblas.blas_get_vendor();
        };
        return vendor + ", " + openblas.blas_get_num_threads() + " thread(s)";
    }

    /**
     * {@code C += A B^T} with A (m x k) at {@code a[aOff..]}, B (n x k) at {@code b[bOff..]} and
     * C (m x n) at {@code c[cOff..]}, all row-major and contiguous: {@link DenseKernels#addProductTransposed}.
     */
    static void addProductTransposed(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k) {
        gemm(false, true, a, aOff, b, bOff, c, cOff, m, n, k);
    }

    /** {@code C += A^T B} with A (k x m), B (k x n), C (m x n): {@link DenseKernels#addTransposedProduct}. */
    static void addTransposedProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k) {
        gemm(true, false, a, aOff, b, bOff, c, cOff, m, n, k);
    }

    /** {@code C += A B} with A (m x k), B (k x n), C (m x n): {@link DenseKernels#addProduct}. */
    static void addProduct(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int n, int k) {
        gemm(false, false, a, aOff, b, bOff, c, cOff, m, n, k);
    }

    /**
     * {@code C += op(A) op(B)} for row-major C (m x n); op(A) is m x k (A stored k x m when
     * transposed), op(B) is k x n (B stored n x k when transposed).
     */
    private static void gemm(boolean transA, boolean transB, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int m, int n, int k) {
        if (m == 0 || n == 0 || k == 0) {
            return; // nothing to add (and BLAS rejects a leading dimension of 0)
        }
        int aLen = m * k;
        int bLen = k * n;
        int cLen = m * n;
        Scratch s = SCRATCH.get();
        DoublePointer pa = s.a(aLen);
        DoublePointer pb = s.b(bLen);
        DoublePointer pc = s.c(cLen);
        pa.put(a, aOff, aLen);
        pb.put(b, bOff, bLen);
        pc.put(c, cOff, cLen);
        openblas.cblas_dgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k,
                1.0, pa, transA ? m : k, pb, transB ? k : n, 1.0, pc, n);
        pc.get(c, cOff, cLen);
    }

    /** One thread's off-heap operands; JavaCPP frees them when the thread's scratch is collected. */
    private static final class Scratch {
        private DoublePointer a;
        private DoublePointer b;
        private DoublePointer c;

        DoublePointer a(int size) {
            return a = fit(a, size);
        }

        DoublePointer b(int size) {
            return b = fit(b, size);
        }

        DoublePointer c(int size) {
            return c = fit(c, size);
        }

        private static DoublePointer fit(DoublePointer p, int size) {
            if (p != null && p.capacity() >= size) {
                return p;
            }
            if (p != null) {
                p.close();
            }
            return new DoublePointer(Math.max(size, p == null ? 0 : (int) Math.min(Integer.MAX_VALUE, p.capacity() * 2L)));
        }
    }
}
