package versus.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.model.LinearModel;

/** Weight elimination (Weigend, Rumelhart and Huberman 1991) by hand, by finite differences and at its limits. */
class WeightEliminationTest {
    /**
     * One output, three inputs and a bias: w = (1, 0, -2 | 5), lambda 0.5, w0 1:
     * R = 0.5 (1/2 + 0 + 4/5) = 0.65; dR/dw = 0.5 * 2 w / (1 + w^2)^2 = (0.25, 0, -0.08 | 0).
     */
    @Test
    void handExampleSkipsTheBias() {
        LinearModel m = new LinearModel(3, 1);
        System.arraycopy(new double[] {1, 0, -2, 5}, 0, m.parameters(), 0, 4);
        Regularizer r = new Regularizer.WeightElimination(0.5, 1);
        assertEquals(0.65, r.value(m), 1e-15);
        double[] grad = {1, 1, 1, 1};
        assertEquals(0.65, r.addGradient(m, grad), 1e-15);
        assertArrayEquals(new double[] {1.25, 1, 0.92, 1}, grad, 1e-15);
        assertEquals("weight-elimination", r.name());
    }

    @Test
    void gradientMatchesCentralDifferencesAcrossScales() {
        SplittableRandom rng = new SplittableRandom(1);
        LinearModel m = new LinearModel(5, 2);
        double[] w = m.parameters();
        for (double w0 : new double[] {0.1, 1, 3}) {
            Regularizer r = new Regularizer.WeightElimination(0.7, w0);
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextDouble(-4, 4);
            }
            double[] grad = new double[w.length];
            r.addGradient(m, grad);
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                w[i] = keep + 1e-6;
                double up = r.value(m);
                w[i] = keep - 1e-6;
                double down = r.value(m);
                w[i] = keep;
                assertEquals((up - down) / 2e-6, grad[i], 1e-8, "w0 " + w0 + ", parameter " + i);
            }
        }
    }

    /** Small weights pay about lambda (w / w0)^2 (weight decay); large ones about lambda each, with a vanishing pull. */
    @Test
    void quadraticForSmallWeightsAndSaturatingForLargeOnes() {
        LinearModel m = new LinearModel(1, 1);
        Regularizer r = new Regularizer.WeightElimination(2, 0.5);
        m.parameters()[0] = 1e-3;
        assertEquals(2 * (1e-3 / 0.5) * (1e-3 / 0.5), r.value(m), 1e-10); // relative error (w/w0)^2 = 4e-6
        m.parameters()[0] = 1e4;
        assertEquals(2, r.value(m), 1e-8);
        double[] grad = new double[2];
        r.addGradient(m, grad);
        assertTrue(grad[0] > 0 && grad[0] < 1e-11, "pull on a large weight " + grad[0]);
    }

    @Test
    void parametersAreValidated() {
        assertEquals("w0 must be a finite number > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Regularizer.WeightElimination(1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Regularizer.WeightElimination(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Regularizer.WeightElimination(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Regularizer.WeightElimination(1, Double.POSITIVE_INFINITY));
    }
}
