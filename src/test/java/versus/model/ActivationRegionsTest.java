package versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActivationRegionsTest {
    private static final HiddenUnits[] UNITS = {new HiddenUnits.Pointwise(new Activation.Relu()),
            new HiddenUnits.Pointwise(new Activation.LeakyRelu(0.1)), new HiddenUnits.Pointwise(new Activation.HardTanh()),
            new HiddenUnits.Pointwise(new Activation.Identity()), new HiddenUnits.PRelu(), new HiddenUnits.Maxout(3)};

    /** A 3-[5,4]-2 network with random weights and biases (and PReLU slopes) of scale 1. */
    private static Mlp network(HiddenUnits units, long seed) {
        Mlp m = new Mlp(3, new int[] {5, 4}, units, 2);
        SplittableRandom rng = new SplittableRandom(seed);
        m.initialize(new Initializer.Normal(1), rng);
        double[] p = m.parameters();
        for (int l = 0; l < m.layers(); l++) {
            for (int j = 0; j < m.fanOut(l); j++) {
                p[m.biasOffset(l) + j] = rng.nextGaussian();
            }
        }
        if (units instanceof HiddenUnits.PRelu) {
            for (int l = 0; l < m.layers() - 1; l++) {
                p[m.unitOffset(l)] = -0.5; // one unit per layer with a negative slope
            }
        }
        return m;
    }

    @Test
    void theRegionOfAnInputGivesTheForwardPassScoresAndHoldsTheInput() {
        for (HiddenUnits units : UNITS) {
            Mlp m = network(units, 7);
            ActivationRegions r = m.regions();
            assertEquals(9, r.size());
            int[] pattern = new int[r.size()];
            double[] scores = new double[2];
            SplittableRandom rng = new SplittableRandom(3);
            for (int trial = 0; trial < 200; trial++) {
                double[] x = {2 * rng.nextGaussian(), 2 * rng.nextGaussian(), 2 * rng.nextGaussian()};
                r.pattern(x, 0, pattern);
                ActivationRegions.Region region = r.region(pattern);
                m.scores(x, 0, scores);
                for (int k = 0; k < 2; k++) {
                    double[] row = region.scores()[k];
                    double affine = row[0] * x[0] + row[1] * x[1] + row[2] * x[2] + row[3];
                    assertEquals(scores[k], affine, 1e-10 * (1 + Math.abs(scores[k])), units.name() + " score " + k);
                }
                for (double[] hs : region.halfSpaces()) {
                    assertTrue(hs[0] * x[0] + hs[1] * x[1] + hs[2] * x[2] + hs[3] >= -1e-10, units.name() + ": x is in its region");
                }
            }
        }
    }

    @Test
    void reluPiecesAreTheUnitsThatAreOnInTheForwardPass() {
        Mlp m = network(new HiddenUnits.Pointwise(new Activation.Relu()), 11);
        ActivationRegions r = m.regions();
        int[] pattern = new int[r.size()];
        double[] a0 = new double[5];
        double[] a1 = new double[4];
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            r.pattern(x, 0, pattern);
            m.hiddenOutputs(0, x, 0, a0);
            m.hiddenOutputs(1, x, 0, a1);
            for (int u = 0; u < 5; u++) {
                assertEquals(a0[u] > 0 ? 1 : 0, pattern[u], "layer 0 unit " + u);
            }
            for (int u = 0; u < 4; u++) {
                assertEquals(a1[u] > 0 ? 1 : 0, pattern[5 + u], "layer 1 unit " + u);
            }
        }
    }

    @Test
    void refusesSmoothUnitsAndBatchNormalization() {
        assertThrows(IllegalArgumentException.class, () -> new Mlp(2, new int[] {3}, new Activation.Tanh(), 1).regions());
        MlpOptions bn = new MlpOptions(0, 0, true);
        assertThrows(IllegalArgumentException.class,
                () -> new Mlp(2, new int[] {3}, new HiddenUnits.Pointwise(new Activation.Relu()), 1, bn).regions());
    }
}
