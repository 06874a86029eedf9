package versus.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class Newton2dTest {
    /** f(x, y) = 100 (y - x^2)^2 + (1 - x)^2 (Rosenbrock 1960): the strict minimiser is (1, 1), f = 0. */
    private static final Function2d ROSENBROCK = new Function2d() {
        @Override
        public double value(double x, double y) {
            return 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x);
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = -400 * x * (y - x * x) - 2 * (1 - x);
            out[1] = 200 * (y - x * x);
        }
    };

    @Test
    void reachesTheRosenbrockMinimumFromTheClassicStart() {
        double[] min = Newton2d.minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertNotNull(min);
        assertEquals(1, min[0], 1e-6);
        assertEquals(1, min[1], 1e-6);
    }

    @Test
    void solvesAQuadraticInOneStep() {
        // f = (x - 3)^2 + 2 (x - 3)(y + 1) + 5 (y + 1)^2: positive definite, minimiser (3, -1)
        Function2d q = new Function2d() {
            @Override
            public double value(double x, double y) {
                double a = x - 3;
                double b = y + 1;
                return a * a + 2 * a * b + 5 * b * b;
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                out[0] = 2 * (x - 3) + 2 * (y + 1);
                out[1] = 2 * (x - 3) + 10 * (y + 1);
            }
        };
        double[] min = Newton2d.minimize(q, new double[] {10, 7});
        assertEquals(3, min[0], 1e-9);
        assertEquals(-1, min[1], 1e-9);
    }

    @Test
    void findsNoMinimiserOfASaddleOrAnUnboundedFunction() {
        Function2d saddle = new Function2d() {
            @Override
            public double value(double x, double y) {
                return x * x - y * y;
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                out[0] = 2 * x;
                out[1] = -2 * y;
            }
        };
        assertNull(Newton2d.minimize(saddle, new double[] {0, 0}), "a stationary point with an indefinite Hessian");
        Function2d falling = new Function2d() {
            @Override
            public double value(double x, double y) {
                return Math.log1p(Math.exp(-x)) + y * y; // logistic loss of a separable point: infimum 0, never reached
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                out[0] = -1 / (1 + Math.exp(x));
                out[1] = 2 * y;
            }
        };
        assertNull(Newton2d.minimize(falling, new double[] {0, 1}));
    }
}
