package versus.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmoTest {
    private static final Kernel LINEAR = new Kernel.Linear();

    /** Solves the dual over all rows of x with a large cache. */
    static Smo.Solution solve(Kernel k, double[] x, int cols, double[] y, double c, double eps) {
        return Smo.solve(cache(k, x, cols, KernelCache.DEFAULT_BYTES), y, c, eps, Smo.defaultMaxIterations(y.length));
    }

    static KernelCache cache(Kernel k, double[] x, int cols, long bytes) {
        int[] rows = new int[x.length / cols];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return new KernelCache(k, x, cols, rows, bytes);
    }

    /** f(x_i) = sum_j a_j y_j K(x_j, x_i) + b for every training row. */
    static double[] decisions(Kernel k, double[] x, int cols, double[] y, Smo.Solution s) {
        int n = y.length;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = s.bias();
            for (int j = 0; j < n; j++) {
                f[i] += s.alpha()[j] * y[j] * k.value(x, j * cols, x, i * cols, cols);
            }
        }
        return f;
    }

    @Test
    void twoPointsByHand() {
        // max 2a - 2a^2 over a_1 = a_2 = a: a = 1/2, w = sum a_i y_i x_i = (1, 0), b = 0, margin 1 on both
        double[] x = {-1, 0, 1, 0};
        double[] y = {-1, 1};
        Smo.Solution s = solve(LINEAR, x, 2, y, 1e6, Smo.DEFAULT_EPS);
        assertArrayEquals(new double[] {0.5, 0.5}, s.alpha(), 1e-12);
        assertEquals(0, s.bias(), 1e-12);
        assertEquals(-0.5, s.objective(), 1e-12); // 1/2 ||w||^2 - sum a
        assertEquals(1, s.iterations());
        assertTrue(s.converged());
    }

    @Test
    void fourPointsByHand() {
        // +1: (2, 0), (3, 1); -1: (0, 0), (-1, 1). The closest pair (0,0)-(2,0) fixes the hard
        // margin: w = (1, 0), b = -1, a = 1/2 on those two and 0 on the others (f = 2 and -2 there).
        double[] x = {2, 0, 3, 1, 0, 0, -1, 1};
        double[] y = {1, 1, -1, -1};
        Smo.Solution s = solve(LINEAR, x, 2, y, 1e6, 1e-12);
        assertArrayEquals(new double[] {0.5, 0, 0.5, 0}, s.alpha(), 1e-12);
        assertEquals(-1, s.bias(), 1e-12);
        assertArrayEquals(new double[] {1, 2, -1, -2}, decisions(LINEAR, x, 2, y, s), 1e-12);
    }

    @Test
    void kktConditionsHoldOnRandomData() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 120;
        int cols = 3;
        double[] x = new double[n * cols];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
            for (int j = 0; j < cols; j++) {
                x[i * cols + j] = rng.nextGaussian() + 0.7 * y[i]; // overlapping classes: some a_i at C
            }
        }
        for (Kernel k : new Kernel[] {LINEAR, new Kernel.Rbf(0.5), new Kernel.Polynomial(0.3, 1, 3)}) {
            double c = 2;
            Smo.Solution s = solve(k, x, cols, y, c, Smo.DEFAULT_EPS);
            double[] f = decisions(k, x, cols, y, s);
            double tol = Smo.DEFAULT_EPS + 1e-9;
            double sum = 0;
            int bounded = 0;
            for (int i = 0; i < n; i++) {
                double a = s.alpha()[i];
                double m = y[i] * f[i];
                assertTrue(a >= 0 && a <= c, k + " a_" + i + " = " + a);
                if (a == 0) {
                    assertTrue(m >= 1 - tol, k + " a_" + i + " = 0 but y f = " + m);
                } else if (a < c) {
                    assertEquals(1, m, tol, k + " free a_" + i);
                } else {
                    assertTrue(m <= 1 + tol, k + " a_" + i + " = C but y f = " + m);
                    bounded++;
                }
                sum += a * y[i];
            }
            assertEquals(0, sum, 1e-10, k + " sum a_i y_i");
            assertTrue(bounded > 0, k + " has no a_i at C: the test would not check that case");
            assertTrue(s.converged() && s.gap() < Smo.DEFAULT_EPS, k.toString());
        }
    }

    @Test
    void solutionDoesNotDependOnTheCacheSize() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 80;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.nextGaussian();
            x[2 * i + 1] = rng.nextGaussian();
            y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : -1;
        }
        Kernel k = new Kernel.Rbf(1);
        KernelCache tiny = cache(k, x, 2, 0); // two rows: nearly every row is recomputed
        Smo.Solution a = Smo.solve(tiny, y, 10, Smo.DEFAULT_EPS, Smo.defaultMaxIterations(n));
        KernelCache big = cache(k, x, 2, KernelCache.DEFAULT_BYTES);
        Smo.Solution b = Smo.solve(big, y, 10, Smo.DEFAULT_EPS, Smo.defaultMaxIterations(n));
        assertArrayEquals(b.alpha(), a.alpha(), 0);
        assertEquals(b.bias(), a.bias(), 0);
        assertTrue(tiny.rowsComputed() > big.rowsComputed());
        assertTrue(big.rowsComputed() <= n);
    }

    @Test
    void iterationLimitStopsWithoutConverging() {
        double[] x = {2, 0, 3, 1, 0, 0, -1, 1, 1, 2, 1, -1};
        double[] y = {1, 1, -1, -1, 1, -1};
        Smo.Solution s = Smo.solve(cache(LINEAR, x, 2, KernelCache.DEFAULT_BYTES), y, 1, 1e-12, 1);
        assertEquals(1, s.iterations());
        assertFalse(s.converged());
        assertTrue(s.gap() >= 1e-12);
    }

    @Test
    void oneClassOnlyGivesAConstantOnItsSide() {
        double[] x = {0, 1, 2};
        Smo.Solution pos = solve(LINEAR, x, 1, new double[] {1, 1, 1}, 1, Smo.DEFAULT_EPS);
        Smo.Solution neg = solve(LINEAR, x, 1, new double[] {-1, -1, -1}, 1, Smo.DEFAULT_EPS);
        assertEquals(0, pos.numSupportVectors());
        assertEquals(1, pos.bias(), 0);
        assertEquals(-1, neg.bias(), 0);
    }
}
