package versus.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void valuesFollowTheFormulasOnRowsByOffset() {
        double[] a = {7, 1, 2, -1, 0.5, 3, 4};
        // x = a[1..3] = (1, 2, -1), z = a[4..6] = (0.5, 3, 4): x.z = 2.5, ||x - z||^2 = 0.25 + 1 + 25
        assertEquals(2.5, new Kernel.Linear().value(a, 1, a, 4, 3), 1e-15);
        assertEquals(Math.pow(0.5 * 2.5 + 1, 3), new Kernel.Polynomial(0.5, 1, 3).value(a, 1, a, 4, 3), 1e-12);
        assertEquals(Math.exp(-0.1 * 26.25), new Kernel.Rbf(0.1).value(a, 1, a, 4, 3), 1e-15);
        // the norm form the cache and the model use agrees with the direct one
        Kernel rbf = new Kernel.Rbf(0.1);
        assertEquals(rbf.value(a, 1, a, 4, 3), rbf.of(2.5, 6, 25.25), 1e-15);
        assertEquals(1.0, rbf.of(6, 6, 6), 0);
    }

    @Test
    void polynomialPowerIsExactForEveryDegree() {
        for (int d = 1; d <= 9; d++) {
            assertEquals(Math.pow(-1.5, d), new Kernel.Polynomial(1, -0.5, d).of(-1, 0, 0), 1e-12, "degree " + d);
        }
    }

    @Test
    void invalidParametersAreRejectedByName() {
        assertMessage("gamma", () -> new Kernel.Rbf(0));
        assertMessage("gamma", () -> new Kernel.Rbf(-1));
        assertMessage("gamma", () -> new Kernel.Rbf(Double.NaN));
        assertMessage("gamma", () -> new Kernel.Polynomial(0, 1, 2));
        assertMessage("degree", () -> new Kernel.Polynomial(1, 1, 0));
        assertMessage("coef0", () -> new Kernel.Polynomial(1, Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void scaleGammaIsOneOverFeaturesTimesVariance() {
        // entries 0, 2, 4, 6: mean 3, population variance 5; 2 columns
        assertEquals(1.0 / (2 * 5), Kernel.scaleGamma(new double[] {0, 2, 4, 6}, 2), 1e-15);
        assertEquals(1.0, Kernel.scaleGamma(new double[] {3, 3, 3, 3}, 2), 0);
    }

    private static void assertMessage(String field, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().startsWith(field + " must be"), e.getMessage());
    }
}
