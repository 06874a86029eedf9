package versus.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** L-BFGS and its strong-Wolfe line search on problems with known minimisers. */
class LbfgsTest {
    /** f(x) = 1/2 x'Ax - b'x with A = Q diag(1..kappa) Q' (random rotation), minimiser A^-1 b. */
    private static final class Quadratic implements DifferentiableFunction {
        final double[][] a;
        final double[] b;

        Quadratic(int n, double kappa, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            double[][] q = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    q[i][j] = rng.nextGaussian();
                }
            }
            for (int i = 0; i < n; i++) { // Gram-Schmidt: an orthonormal basis
                for (int k = 0; k < i; k++) {
                    double d = WolfeLineSearch.dot(q[i], q[k]);
                    for (int j = 0; j < n; j++) {
                        q[i][j] -= d * q[k][j];
                    }
                }
                double norm = Math.sqrt(WolfeLineSearch.dot(q[i], q[i]));
                for (int j = 0; j < n; j++) {
                    q[i][j] /= norm;
                }
            }
            a = new double[n][n];
            for (int k = 0; k < n; k++) {
                double lambda = 1 + (kappa - 1) * k / (n - 1.0);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        a[i][j] += lambda * q[k][i] * q[k][j];
                    }
                }
            }
            b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = rng.nextDouble(-1, 1);
            }
        }

        @Override
        public double valueAndGradient(double[] x, double[] grad) {
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                grad[i] = WolfeLineSearch.dot(a[i], x) - b[i];
                v += 0.5 * x[i] * (grad[i] - b[i]);
            }
            return v;
        }
    }

    private static final DifferentiableFunction ROSENBROCK = (x, g) -> {
        double t = x[1] - x[0] * x[0];
        g[0] = -400 * x[0] * t - 2 * (1 - x[0]);
        g[1] = 200 * t;
        return 100 * t * t + (1 - x[0]) * (1 - x[0]);
    };

    private static LbfgsSolver.Status run(LbfgsSolver solver, int maxIterations) {
        LbfgsSolver.Status status = LbfgsSolver.Status.PROGRESS;
        for (int i = 0; i < maxIterations && status != LbfgsSolver.Status.CONVERGED && status != LbfgsSolver.Status.STALLED; i++) {
            status = solver.iterate();
        }
        return status;
    }

    @Test
    void illConditionedQuadraticConvergesToTheSolutionOfAxEqualsB() {
        int n = 20;
        Quadratic q = new Quadratic(n, 100, 3);
        // below about 1e-8 the changes of f are lost in its rounding: the search then stalls
        LbfgsSolver solver = new Lbfgs(10, 1e-7).create(q, n);
        solver.start(new double[n]);
        assertEquals(LbfgsSolver.Status.CONVERGED, run(solver, 200));
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = WolfeLineSearch.dot(q.a[i], solver.position()) - q.b[i];
        }
        assertArrayEquals(new double[n], residual, 1e-7);
        assertTrue(solver.iterations() <= 60, "iterations " + solver.iterations());
        // gradient descent with the best fixed rate 2/(1 + kappa) needs about kappa ln(1/eps) / 2 > 1000 steps here
    }

    @Test
    void rosenbrockFromTheClassicStartReachesOneOne() {
        LbfgsSolver solver = new Lbfgs().create(ROSENBROCK, 2);
        solver.start(new double[] {-1.2, 1});
        assertEquals(LbfgsSolver.Status.CONVERGED, run(solver, 200));
        assertArrayEquals(new double[] {1, 1}, solver.position(), 1e-5);
        assertTrue(solver.iterations() < 100, "iterations " + solver.iterations());
        assertTrue(solver.evaluations() < 2 * solver.iterations() + 20, "evaluations " + solver.evaluations());
    }

    @Test
    void valuesNeverIncreaseAndWolfeStepsMeetBothConditions() {
        double[] last = new double[2];
        double[] lastGrad = new double[2];
        LbfgsSolver solver = new Lbfgs(3, 1e-12).create(ROSENBROCK, 2);
        solver.start(new double[] {-1.5, 2});
        double previous = solver.value();
        for (int i = 0; i < 60; i++) {
            System.arraycopy(solver.position(), 0, last, 0, 2);
            System.arraycopy(solver.gradient(), 0, lastGrad, 0, 2);
            LbfgsSolver.Status status = solver.iterate();
            if (status == LbfgsSolver.Status.CONVERGED || status == LbfgsSolver.Status.STALLED) {
                break;
            }
            assertTrue(solver.value() < previous, "iteration " + i);
            if (status == LbfgsSolver.Status.PROGRESS) {
                double[] step = {solver.position()[0] - last[0], solver.position()[1] - last[1]};
                double slope0 = WolfeLineSearch.dot(lastGrad, step);
                assertTrue(slope0 < 0);
                assertTrue(solver.value() <= previous + WolfeLineSearch.C1 * slope0 + 1e-12);
                assertTrue(Math.abs(WolfeLineSearch.dot(solver.gradient(), step)) <= -WolfeLineSearch.C2 * slope0 + 1e-12);
            }
            previous = solver.value();
        }
    }

    @Test
    void oneCurvaturePairStillSolvesTheQuadraticJustSlower() {
        int n = 10;
        Quadratic q = new Quadratic(n, 30, 5);
        LbfgsSolver one = new Lbfgs(1, 1e-7).create(q, n);
        one.start(new double[n]);
        assertEquals(LbfgsSolver.Status.CONVERGED, run(one, 2000));
        LbfgsSolver ten = new Lbfgs(10, 1e-7).create(q, n);
        ten.start(new double[n]);
        assertEquals(LbfgsSolver.Status.CONVERGED, run(ten, 2000));
        assertArrayEquals(ten.position(), one.position(), 1e-5);
        assertTrue(ten.iterations() < one.iterations(), ten.iterations() + " vs " + one.iterations());
    }

    @Test
    void aGradientThatLiesAboutAFlatFunctionStalls() {
        LbfgsSolver solver = new Lbfgs().create((x, g) -> {
            g[0] = 1;
            return 5;
        }, 1);
        solver.start(new double[] {0});
        assertEquals(LbfgsSolver.Status.STALLED, solver.iterate());
        assertEquals(0, solver.position()[0], 0);
    }

    @Test
    void aStationaryStartIsConvergedWithoutEvaluations() {
        LbfgsSolver solver = new Lbfgs().create(ROSENBROCK, 2);
        solver.start(new double[] {1, 1});
        assertEquals(LbfgsSolver.Status.CONVERGED, solver.iterate());
        assertEquals(1, solver.evaluations());
        assertThrows(IllegalStateException.class, () -> new Lbfgs().create(ROSENBROCK, 2).iterate());
    }

    @Test
    void cubicInterpolationFindsTheMinimiserOfAQuadraticInsideItsBracket() {
        // (a - 0.3)^2 on [0, 1]: f(0) = 0.09, f'(0) = -0.6, f(1) = 0.49, f'(1) = 1.4
        assertEquals(0.3, WolfeLineSearch.interpolate(0, 0.09, -0.6, 1, 0.49, 1.4), 1e-12);
        // the same bracket given from the other end
        assertEquals(0.3, WolfeLineSearch.interpolate(1, 0.49, 1.4, 0, 0.09, -0.6), 1e-12);
        // a minimiser outside the middle 80% falls back to bisection
        assertEquals(0.5, WolfeLineSearch.interpolate(0, 0.0001, -0.02, 1, 0.9801, 1.98), 1e-12);
        assertEquals(0.5, WolfeLineSearch.interpolate(0, 1, -1, 1, Double.POSITIVE_INFINITY, 1), 0);
    }

    @Test
    void hyperparametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Lbfgs(0, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new Lbfgs(10, -1));
        assertThrows(IllegalArgumentException.class, () -> new Lbfgs(10, Double.NaN));
        assertEquals("lbfgs", new Lbfgs().name());
    }
}
