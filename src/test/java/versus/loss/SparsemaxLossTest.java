package versus.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.math.Sparsemax;

/** Sparsemax and its loss (Martins and Astudillo 2016) by hand and by their defining properties. */
class SparsemaxLossTest {
    private final SparsemaxLoss loss = new SparsemaxLoss();

    /**
     * z = (1, 0.5, -1): sorted, 1 + 1*1 > 1 and 1 + 2*0.5 > 1.5 but 1 + 3*(-1) < 0.5, so k(z) = 2,
     * tau = (1.5 - 1) / 2 = 0.25 and p = (0.75, 0.25, 0). L(z, 0) = -1 + 1/2 ((1 - 1/16) + (1/4 - 1/16)) + 1/2
     * = 1/16; L(z, 2) = 1 + 9/16 + 1/2 = 33/16.
     */
    @Test
    void handExample() {
        double[] z = {1, 0.5, -1};
        double[] p = new double[3];
        assertEquals(0.25, Sparsemax.project(z, 3, p), 0);
        assertArrayEquals(new double[] {0.75, 0.25, 0}, p, 0);
        double[] g = new double[3];
        assertEquals(1.0 / 16, loss.valueAndGradient(z, 0, g), 1e-15);
        assertArrayEquals(new double[] {-0.25, 0.25, 0}, g, 1e-15);
        assertEquals(33.0 / 16, loss.valueAndGradient(z, 2, g), 1e-15);
        assertArrayEquals(new double[] {0.75, 0.25, -1}, g, 1e-15);
        assertArrayEquals(new double[] {1, 0.5, -1}, z, 0);
        double[] q = new double[3];
        loss.probabilities(z, 3, q);
        assertArrayEquals(p, q, 0);
        assertEquals(-0.05, Sparsemax.project(new double[] {0.2, 0.2, 0.2, 0.2}, 4, new double[4]), 1e-15);
    }

    /** A margin of 1 gives p = e_y: zero loss and zero gradient (like the multiclass hinge, unlike softmax). */
    @Test
    void aMarginOfOneIsEnoughForZeroLoss() {
        double[] g = new double[3];
        assertEquals(0, loss.valueAndGradient(new double[] {3, 2, 0}, 0, g), 0);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
        assertTrue(loss.valueAndGradient(new double[] {3, 2.1, 0}, 0, g) > 0);
        // equal scores: p = 1/K everywhere, z_y - tau = 1/K, so L = 1/(2K) - 1/K + 1/2 = 1/2 - 1/(2K)
        assertEquals(0.375, loss.valueAndGradient(new double[] {0.4, 0.4, 0.4, 0.4}, 1, new double[4]), 1e-15);
    }

    /** Two classes: sparsemax(t, 0) = (clip((t + 1) / 2, 0, 1), ...), a hard sigmoid of the score gap. */
    @Test
    void twoClassesGiveAHardSigmoid() {
        double[] p = new double[2];
        for (double t : new double[] {-3, -1, -0.4, 0, 0.3, 0.99, 1, 2.5}) {
            Sparsemax.project(new double[] {t, 0}, 2, p);
            double expected = Math.min(1, Math.max(0, (t + 1) / 2));
            assertEquals(expected, p[0], 1e-15, "t=" + t);
            assertEquals(1 - expected, p[1], 1e-15, "t=" + t);
        }
    }

    /**
     * Random scores: p is on the simplex, sparse, the Euclidean projection (z - p = tau on the support,
     * z &lt;= tau off it: the KKT conditions), shift invariant, and stable for scores of 1e6.
     */
    @Test
    void projectionOntoTheSimplexProperties() {
        SplittableRandom rng = new SplittableRandom(3);
        int k = 7;
        double[] z = new double[k];
        double[] p = new double[k];
        double[] shifted = new double[k];
        double[] ps = new double[k];
        int zeros = 0;
        for (int trial = 0; trial < 200; trial++) {
            for (int j = 0; j < k; j++) {
                z[j] = rng.nextDouble(-2, 2);
                shifted[j] = z[j] + 1e6;
            }
            double tau = Sparsemax.project(z, k, p);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                assertTrue(p[j] >= 0);
                sum += p[j];
                if (p[j] > 0) {
                    assertEquals(tau, z[j] - p[j], 1e-14);
                } else {
                    assertTrue(z[j] <= tau);
                    zeros++;
                }
            }
            assertEquals(1, sum, 1e-14);
            Sparsemax.project(shifted, k, ps);
            assertArrayEquals(p, ps, 1e-9);
            int label = rng.nextInt(k);
            assertEquals(loss.valueAndGradient(z, label, new double[k]), loss.valueAndGradient(shifted, label, new double[k]), 1e-9);
        }
        assertTrue(zeros > 200, "scores spread over [-2, 2] give exact zeros: " + zeros);
    }

    @Test
    void registeredAsSparsemaxWithProbabilitiesAndArgmaxDecisions() {
        MulticlassLoss coding = LossCatalog.coding("sparsemax", 3);
        assertTrue(coding instanceof SparsemaxLoss);
        assertEquals("sparsemax", coding.name());
        assertEquals(3, coding.numOutputs(3));
        assertTrue(coding.hasProbabilities());
        assertEquals(1, coding.decide(new double[] {0.1, 2, -1}, 3));
        assertTrue(LossCatalog.trainable("sparsemax"));
    }
}
