package versus.svm;

import versus.math.Vectors;

/**
 * A Mercer kernel K(x, z) written as a function of the inner product x.z and the squared norms
 * ||x||^2, ||z||^2, so that every kernel costs one dot product over rows of a contiguous
 * row-major array once the norms are precomputed (which the RBF kernel needs:
 * ||x - z||^2 = ||x||^2 + ||z||^2 - 2 x.z).
 */
public sealed interface Kernel permits Kernel.Linear, Kernel.Polynomial, Kernel.Rbf {

    /** K(x, z) given {@code dot} = x.z, {@code sqX} = ||x||^2 and {@code sqZ} = ||z||^2. */
    double of(double dot, double sqX, double sqZ);

    /** K(a[aOff..aOff+d-1], b[bOff..bOff+d-1]). */
    default double value(double[] a, int aOff, double[] b, int bOff, int d) {
        return of(Vectors.dot(a, aOff, b, bOff, d), Vectors.dot(a, aOff, a, aOff, d), Vectors.dot(b, bOff, b, bOff, d));
    }

    /** K(x, z) = x.z. */
    record Linear() implements Kernel {
        @Override
        public double of(double dot, double sqX, double sqZ) {
            return dot;
        }
    }

    /** K(x, z) = (gamma x.z + coef0)^degree. */
    record Polynomial(double gamma, double coef0, int degree) implements Kernel {
        public Polynomial {
            requirePositiveGamma(gamma);
            if (!Double.isFinite(coef0)) {
                throw new IllegalArgumentException("coef0 must be finite, got " + coef0);
            }
            if (degree < 1) {
                throw new IllegalArgumentException("degree must be >= 1, got " + degree);
            }
        }

        @Override
        public double of(double dot, double sqX, double sqZ) {
            // integer power by repeated squaring: exact for small degrees, cheaper than Math.pow
            double base = gamma * dot + coef0;
            double r = 1;
            for (int k = degree; k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    r *= base;
                }
                base *= base;
            }
            return r;
        }
    }

    /** K(x, z) = exp(-gamma ||x - z||^2). */
    record Rbf(double gamma) implements Kernel {
        public Rbf {
            requirePositiveGamma(gamma);
        }

        @Override
        public double of(double dot, double sqX, double sqZ) {
            // the expanded distance can round below zero for (nearly) equal rows
            return Math.exp(-gamma * Math.max(0.0, sqX + sqZ - 2 * dot));
        }

        /** Direct form: the squared distance without the cancellation of the expanded one. */
        @Override
        public double value(double[] a, int aOff, double[] b, int bOff, int d) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                double t = a[aOff + i] - b[bOff + i];
                s += t * t;
            }
            return Math.exp(-gamma * s);
        }
    }

    /**
     * scikit-learn's {@code gamma='scale'}: 1 / (d Var(X)), with Var the population variance of
     * all n*d entries of {@code x}, or 1 when that variance is 0.
     */
    public static double scaleGamma(double[] x, int cols) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            double t = v - mean;
            ss += t * t;
        }
        double var = ss / n;
        return var > 0 ? 1.0 / (cols * var) : 1.0;
    }

    /** Squared norms of the {@code rows} rows of a row-major array with {@code cols} columns. */
    static double[] squaredNorms(double[] x, int rows, int cols) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = Vectors.dot(x, i * cols, x, i * cols, cols);
        }
        return out;
    }

    private static void requirePositiveGamma(double gamma) {
        if (!(gamma > 0 && gamma < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gamma must be > 0 and finite, got " + gamma);
        }
    }
}
