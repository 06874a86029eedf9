package versus.plot;

import java.util.List;

/**
 * Two-dimensional functions for watching optimizers move: each with its value, analytic gradient,
 * a drawing window, a customary start, its minimizer and the levels its contours are drawn at
 * (log-spaced where values span decades).
 */
public final class TestFunctions {
    private TestFunctions() {
    }

    /** A smooth function of (x, y) with its gradient. */
    public interface TestFunction {
        String name();

        double value(double x, double y);

        /** Writes (df/dx, df/dy) into {@code out}. */
        void gradient(double x, double y, double[] out);

        /** The drawing window {xMin, xMax, yMin, yMax}; square, so that panels show true angles. */
        double[] box();

        /** A start point that shows the function's difficulty. */
        double[] start();

        /** The minimizer {x, y}, or {@code null} when there is none (saddle). */
        double[] minimum();

        /** Contour levels, ascending. */
        double[] levels();
    }

    /** The four functions of the optimizer-paths figure. */
    public static List<TestFunction> standard() {
        return List.of(new Quadratic(10), new Rosenbrock(1, 100), new Beale(), new Saddle());
    }

    /** {@code count} levels from lo to hi, equally spaced in log scale. */
    static double[] logLevels(double lo, double hi, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = lo * Math.pow(hi / lo, (double) i / (count - 1));
        }
        return out;
    }

    /**
     * The ill-conditioned bowl f = (x^2 + kappa y^2) / 2: condition number kappa, gradient
     * (x, kappa y); gradient descent zig-zags across the narrow y direction when kappa is large.
     */
    public record Quadratic(double kappa) implements TestFunction {
        public Quadratic {
            if (!(kappa >= 1) || !Double.isFinite(kappa)) {
                throw new IllegalArgumentException("kappa must be a finite number >= 1, got " + kappa);
            }
        }

        @Override public String name() { return "quadratic, kappa = " + Style.number(kappa); }
        @Override public double value(double x, double y) { return (x * x + kappa * y * y) / 2; }

        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = x;
            out[1] = kappa * y;
        }

        @Override public double[] box() { return new double[] {-4, 4, -4, 4}; }
        @Override public double[] start() { return new double[] {-3.5, 1.5}; }
        @Override public double[] minimum() { return new double[] {0, 0}; }
        @Override public double[] levels() { return logLevels(0.02, 20, 10); }
    }

    /**
     * Rosenbrock's banana f = (a - x)^2 + b (y - x^2)^2 (Rosenbrock 1960): minimum (a, a^2) at the
     * end of a long curved valley; gradient (-2(a - x) - 4 b x (y - x^2), 2 b (y - x^2)).
     */
    public record Rosenbrock(double a, double b) implements TestFunction {
        public Rosenbrock {
            if (!Double.isFinite(a) || !(b > 0) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("need finite a and b > 0, got a = " + a + ", b = " + b);
            }
        }

        @Override public String name() { return "Rosenbrock, a = " + Style.number(a) + ", b = " + Style.number(b); }

        @Override
        public double value(double x, double y) {
            double r = y - x * x;
            return (a - x) * (a - x) + b * r * r;
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            double r = y - x * x;
            out[0] = -2 * (a - x) - 4 * b * x * r;
            out[1] = 2 * b * r;
        }

        @Override public double[] box() { return new double[] {-2, 2, -1, 3}; }
        @Override public double[] start() { return new double[] {-1.5, 2}; }
        @Override public double[] minimum() { return new double[] {a, a * a}; }
        @Override public double[] levels() { return logLevels(0.1, 2000, 10); }
    }

    /**
     * Beale's function f = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2: minimum
     * 0 at (3, 0.5), flat plateaus and steep walls.
     */
    public record Beale() implements TestFunction {
        private static final double[] C = {1.5, 2.25, 2.625};

        @Override public String name() { return "Beale"; }

        @Override
        public double value(double x, double y) {
            double f = 0;
            double yk = 1;
            for (double c : C) {
                yk *= y;
                double t = c - x + x * yk;
                f += t * t;
            }
            return f;
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            // term k (k = 1, 2, 3): t_k = c_k - x + x y^k, dt/dx = y^k - 1, dt/dy = k x y^(k-1)
            double gx = 0;
            double gy = 0;
            double yk = 1;
            for (int k = 1; k <= 3; k++) {
                double ykMinus1 = yk;
                yk *= y;
                double t = C[k - 1] - x + x * yk;
                gx += 2 * t * (yk - 1);
                gy += 2 * t * k * x * ykMinus1;
            }
            out[0] = gx;
            out[1] = gy;
        }

        @Override public double[] box() { return new double[] {-4.5, 4.5, -4.5, 4.5}; }
        @Override public double[] start() { return new double[] {1, 1.4}; }
        @Override public double[] minimum() { return new double[] {3, 0.5}; }
        @Override public double[] levels() { return logLevels(0.1, 1e5, 10); }
    }

    /**
     * The saddle f = x^2 - y^2, gradient (2x, -2y): no minimum; from a start near the x axis an
     * optimizer first slides to the saddle point, then must escape along y.
     */
    public record Saddle() implements TestFunction {
        @Override public String name() { return "saddle x\u00b2 - y\u00b2"; }
        @Override public double value(double x, double y) { return x * x - y * y; }

        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = 2 * x;
            out[1] = -2 * y;
        }

        @Override public double[] box() { return new double[] {-2, 2, -2, 2}; }
        @Override public double[] start() { return new double[] {-1.8, 0.02}; }
        @Override public double[] minimum() { return null; }
        @Override public double[] levels() { return new double[] {-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3}; }
    }
}
