package versus.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    /** A badly conditioned quadratic f(w) = (w0^2 + 10 w1^2) / 2 from (1, 1). */
    private static double[] minimise(OptimizerSpec spec, int steps) {
        Optimizer opt = spec.create(2);
        double[] w = {1, 1};
        double[] g = new double[2];
        for (int t = 0; t < steps; t++) {
            g[0] = w[0];
            g[1] = 10 * w[1];
            opt.step(w, g);
        }
        return w;
    }

    @Test
    void everyOptimizerMinimisesAQuadratic() {
        List<OptimizerSpec> specs = List.of(
                new Sgd(new Schedule.Constant(0.05)),
                new Momentum(new Schedule.Constant(0.02), 0.9, false),
                new Momentum(new Schedule.Constant(0.02), 0.9, true),
                new AdaGrad(new Schedule.Constant(0.5), 1e-8),
                new RmsProp(new Schedule.Constant(0.01), 0.9, 1e-8),
                Adam.withRate(0.05));
        for (OptimizerSpec s : specs) {
            double[] w = minimise(s, 2000);
            assertTrue(Math.abs(w[0]) < 1e-2 && Math.abs(w[1]) < 1e-2, s.name() + " ended at " + w[0] + ", " + w[1]);
        }
    }

    @Test
    void momentumFirstStepsByHand() {
        Optimizer opt = new Momentum(new Schedule.Constant(0.1), 0.5, false).create(1);
        double[] w = {1};
        opt.step(w, new double[] {2}); // v = -0.2, w = 0.8
        assertEquals(0.8, w[0], 1e-15);
        opt.step(w, new double[] {2}); // v = 0.5 * -0.2 - 0.2 = -0.3, w = 0.5
        assertEquals(0.5, w[0], 1e-15);
    }

    @Test
    void nesterovFirstStepByHand() {
        Optimizer opt = new Momentum(new Schedule.Constant(0.1), 0.5, true).create(1);
        double[] w = {1};
        opt.step(w, new double[] {2}); // v = -0.2; w += -0.5*0 + 1.5 * -0.2 = -0.3
        assertEquals(0.7, w[0], 1e-15);
    }

    @Test
    void adamFirstStepIsLearningRateTimesSign() {
        // with bias correction, the first Adam step is -eta * g / (|g| + eps')
        Optimizer opt = Adam.withRate(0.01).create(2);
        double[] w = {0, 0};
        opt.step(w, new double[] {3, -0.2});
        assertEquals(-0.01, w[0], 1e-9);
        assertEquals(0.01, w[1], 1e-9);
    }

    @Test
    void adagradFirstStepByHand() {
        Optimizer opt = new AdaGrad(new Schedule.Constant(0.5), 1e-8).create(1);
        double[] w = {0};
        opt.step(w, new double[] {4}); // -0.5 * 4 / (4 + 1e-8)
        assertEquals(-0.5 * 4 / (4 + 1e-8), w[0], 1e-15);
        opt.step(w, new double[] {3}); // G = 25: -0.5 * 3 / 5
        assertEquals(-0.5 * 4 / (4 + 1e-8) - 0.5 * 3 / (5 + 1e-8), w[0], 1e-15);
    }

    @Test
    void schedulesFollowTheirFormulas() {
        assertEquals(0.1, new Schedule.Constant(0.1).at(1000), 0);
        assertEquals(2.0 / (3 + 5), new Schedule.Inverse(2, 3).at(5), 1e-15);
        assertEquals(0.3 / 2, new Schedule.InverseSqrt(0.3).at(4), 1e-15);
        Schedule.Step step = new Schedule.Step(1, 0.5, 10);
        assertEquals(1, step.at(10), 0);
        assertEquals(0.5, step.at(11), 0);
        assertEquals(0.25, step.at(21), 0);
        assertEquals(0.2 * Math.exp(-0.1 * 4), new Schedule.Exponential(0.2, 0.1).at(5), 1e-15);
    }

    @Test
    void invalidHyperparametersNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Schedule.Constant(-0.1));
        assertTrue(e.getMessage().contains("learning-rate") && e.getMessage().contains("-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Momentum(new Schedule.Constant(0.1), 1.0, false));
        assertThrows(IllegalArgumentException.class, () -> new Adam(new Schedule.Constant(0.1), 0.9, 1.0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(new Schedule.Constant(0.1), 0.9, 0));
    }

    @Test
    void freshStateForEveryCreate() {
        OptimizerSpec spec = Adam.withRate(0.1);
        double[] a = minimise(spec, 5);
        double[] b = minimise(spec, 5);
        assertEquals(a[0], b[0], 0);
        assertEquals(a[1], b[1], 0);
    }
}
