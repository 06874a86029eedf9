package versus.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.optim.Schedule;
import versus.optim.Sgd;
import versus.plot.TestFunctions.TestFunction;

class OptimizerPathsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void gradientsMatchCentralDifferences() {
        double h = 1e-6;
        double[] g = new double[2];
        for (TestFunction f : TestFunctions.standard()) {
            for (double[] p : new double[][] {{0.3, -0.7}, {-1.2, 0.4}, {1.1, 1.3}}) {
                f.gradient(p[0], p[1], g);
                double dx = (f.value(p[0] + h, p[1]) - f.value(p[0] - h, p[1])) / (2 * h);
                double dy = (f.value(p[0], p[1] + h) - f.value(p[0], p[1] - h)) / (2 * h);
                assertEquals(dx, g[0], 1e-5 * (1 + Math.abs(dx)), f.name() + " d/dx");
                assertEquals(dy, g[1], 1e-5 * (1 + Math.abs(dy)), f.name() + " d/dy");
            }
            double[] min = f.minimum();
            if (min != null) {
                f.gradient(min[0], min[1], g);
                assertEquals(0, Math.hypot(g[0], g[1]), 1e-12, f.name() + " gradient at the minimum");
            }
        }
    }

    @Test
    void notesExampleG01RateOneTenthFromThree() {
        double[] x = OptimizerPaths.iterates(new Sgd(new Schedule.Constant(0.1)), 3, 2);
        assertEquals(3, x[0], 0);
        assertEquals(2.4, x[1], 1e-12);
        assertEquals(1.92, x[2], 1e-12);
    }

    @Test
    void notesExampleG02StepPointEightOscillates() {
        double[] x = OptimizerPaths.iterates(new Sgd(new Schedule.Constant(0.8)), -4, 30);
        double[] printed = {-4, 2.4, -1.44, 0.864, -0.5184, 0.31104};
        for (int t = 0; t < printed.length; t++) {
            assertEquals(printed[t], x[t], 1e-12);
        }
        assertEquals(-8.84296e-07, x[30], 1e-6 * 8.84296e-07);
        String table = OptimizerPaths.iteratesTable(List.of(new Named<>("step 0.8", 0, x)));
        assertTrue(table.startsWith("| t | x_t (step 0.8) | f(x_t) (step 0.8) |\n|---:|---:|---:|\n| 0 | -4 | 16 |\n| 1 | 2.4 | 5.76 |\n"
                + "| 2 | -1.44 | 2.0736 |\n| 3 | 0.864 | 0.746496 |\n"), table);
        assertTrue(table.contains("| 30 | -8.84296e-7 |"), table);
    }

    @Test
    void tableOfRunsOfDifferentLengthsLeavesCellsEmpty() {
        String t = OptimizerPaths.iteratesTable(List.of(new Named<>("a", 0, new double[] {1, 0.5}), new Named<>("b|c", 1, new double[] {2})));
        assertEquals("| t | x_t (a) | f(x_t) (a) | x_t (b\\|c) | f(x_t) (b\\|c) |\n|---:|---:|---:|---:|---:|\n"
                + "| 0 | 1 | 1 | 2 | 4 |\n| 1 | 0.5 | 0.25 |  |  |\n", t);
    }

    @Test
    void runsFromTheStartAndStopsWhenDiverging() {
        TestFunction bowl = new TestFunctions.Quadratic(10);
        var ok = OptimizerPaths.run(bowl, new Named<>("gd", 0, new Sgd(new Schedule.Constant(0.05))), new double[] {-3.5, 1.5}, 200);
        assertEquals(200, ok.steps());
        assertFalse(ok.diverged());
        assertEquals(-3.5, ok.x()[0], 0);
        assertEquals(0, bowl.value(ok.x()[200], ok.y()[200]), 1e-6);
        // rate 0.5 > 2 / kappa: the y coordinate grows by |1 - 0.5 * 10| = 4 per step until it overflows
        var bad = OptimizerPaths.run(bowl, new Named<>("gd", 0, new Sgd(new Schedule.Constant(0.5))), new double[] {-3.5, 1.5}, 2000);
        assertTrue(bad.diverged());
        assertTrue(bad.steps() < 2000);
    }

    @Test
    void lbfgsReachesTheRosenbrockMinimumWhereGradientDescentCrawls() {
        TestFunction banana = new TestFunctions.Rosenbrock(1, 100);
        double[] start = banana.start();
        var quasiNewton = OptimizerPaths.run(banana, new Named<>("lbfgs", 0, new versus.optim.Lbfgs()), start, 100);
        assertFalse(quasiNewton.diverged());
        assertTrue(quasiNewton.steps() < 100, "converged early: " + quasiNewton.steps());
        assertEquals(1, quasiNewton.x()[quasiNewton.steps()], 1e-5);
        assertEquals(1, quasiNewton.y()[quasiNewton.steps()], 1e-5);
        var gd = OptimizerPaths.run(banana, new Named<>("gd", 1, new Sgd(new Schedule.Constant(1e-3))), start, 100);
        assertTrue(banana.value(gd.x()[100], gd.y()[100]) > 1e-2);
    }
}
