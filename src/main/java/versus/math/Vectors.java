package versus.math;

/**
 * Small numerical kernels on {@code double[]} slices. Reductions use four independent
 * accumulators because C2 does not vectorise a floating-point reduction with one, and the
 * exponentials are written in their overflow-free forms.
 */
public final class Vectors {
    private Vectors() {
    }

    /** sum_i a[aOff+i] * b[bOff+i] for i < n. */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y[yOff+i] += alpha * x[xOff+i] for i < n. */
    public static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    /** The arithmetic mean of the whole array, summed in order. */
    public static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    /** Squared Euclidean norm of the whole array. */
    public static double squaredNorm(double[] a) {
        return dot(a, 0, a, 0, a.length);
    }

    /** Index of the largest of v[0..n-1]; the first one on ties. */
    public static int argmax(double[] v, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** log(sum_i exp(v[i])) for i < n, shifted by the maximum so it never overflows. */
    public static double logSumExp(double[] v, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, v[i]);
        }
        if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(v[i] - max);
        }
        return max + Math.log(s);
    }

    /** out[i] = exp(v[i]) / sum_j exp(v[j]) for i < n (out may be v). */
    public static void softmax(double[] v, int n, double[] out) {
        double lse = logSumExp(v, n);
        for (int i = 0; i < n; i++) {
            out[i] = Math.exp(v[i] - lse);
        }
    }

    /** The logistic function 1 / (1 + e^-z), evaluated without overflow for either sign of z. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** log(1 + e^z) without overflow: z + log1p(e^-z) for z > 0. */
    public static double log1pExp(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    /** True when every element is finite. */
    public static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
