package versus.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import versus.optim.Optimizer;
import versus.optim.Schedule;
import versus.optim.Sgd;

/**
 * Golden numbers of the course notes (../shared/seeds/GOLDEN.md) that the foundation computes,
 * reproduced through the library's own optimizer code.
 */
class CourseNotesTest {
    /** Runs plain gradient descent on f(x) = x^2 (gradient 2x) and returns x_1 .. x_steps. */
    private static double[] descend(double x0, double rate, int steps) {
        Optimizer gd = new Sgd(new Schedule.Constant(rate)).create(1);
        double[] x = {x0};
        double[] g = new double[1];
        double[] iterates = new double[steps];
        for (int t = 0; t < steps; t++) {
            g[0] = 2 * x[0];
            gd.step(x, g);
            iterates[t] = x[0];
        }
        return iterates;
    }

    /** G01 (seed 003, "Example"): x = 3, rate 0.1 gives 2.4 then 1.92. */
    @Test
    void g01GradientDescentFromThree() {
        double[] x = descend(3, 0.1, 2);
        assertEquals(2.4, x[0], 1e-12);
        assertEquals(1.92, x[1], 1e-12);
    }

    /** G02 (seed 003, "Step size: .8"): x0 = -4 oscillates 2.4, -1.44, .864, -0.5184, 0.31104, ..., x30 = -8.84296e-07. */
    @Test
    void g02GradientDescentOscillatesWithStepPointEight() {
        double[] x = descend(-4, 0.8, 30);
        assertEquals(2.4, x[0], 1e-12);
        assertEquals(-1.44, x[1], 1e-12);
        assertEquals(0.864, x[2], 1e-12);
        assertEquals(-0.5184, x[3], 1e-12);
        assertEquals(0.31104, x[4], 1e-12);
        assertEquals(-8.84296e-07, x[29], 8.84296e-07 * 1e-6);
        assertEquals(-4 * Math.pow(-0.6, 30), x[29], 1e-18);
    }
}
