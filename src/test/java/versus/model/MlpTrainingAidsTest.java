package versus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dropout, input noise and batch normalization of {@link Mlp}: what training and evaluation mode compute. */
class MlpTrainingAidsTest {
    private static final HiddenUnits TANH = new HiddenUnits.Pointwise(new Activation.Tanh());
    private static final HiddenUnits IDENTITY = new HiddenUnits.Pointwise(new Activation.Identity());
    private static final MlpOptions BATCH_NORM = new MlpOptions(0, 0, true);

    @Test
    void optionsAreValidatedAndSummarised() {
        assertEquals("dropout must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new MlpOptions(1, 0, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MlpOptions(-0.1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new MlpOptions(Double.NaN, 0, false));
        assertEquals("input-noise must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new MlpOptions(0, -1, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MlpOptions(0, Double.POSITIVE_INFINITY, false));
        assertEquals("dropout 0.5, input noise 0.1, batch norm", new MlpOptions(0.5, 0.1, true).summary());
        assertEquals("batch norm", BATCH_NORM.summary());
        assertEquals("", MlpOptions.NONE.summary());
        assertEquals("mlp 2-[3]-1 tanh, dropout 0.5", new Mlp(2, new int[] {3}, TANH, 1, new MlpOptions(0.5, 0, false)).toString());
    }

    /** 2-[3]-2: W 3x2 at 0..5, beta 6..8, gamma 9..11, then W 2x3 at 12..17 and b 18..19 (the output layer is not normalised). */
    @Test
    void batchNormAddsUnpenalisedScalesStartedAtOne() {
        Mlp m = new Mlp(2, new int[] {3}, TANH, 2, BATCH_NORM);
        assertEquals(20, m.numParameters());
        assertEquals(6, m.biasOffset(0));
        assertEquals(9, m.gammaOffset(0));
        assertEquals(12, m.weightOffset(1));
        for (int i = 0; i < 20; i++) {
            assertEquals(i < 6 || (i >= 12 && i < 18), m.penalized(i), "parameter " + i);
        }
        m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        double[] w = m.parameters();
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1}, java.util.Arrays.copyOfRange(w, 6, 12), 0);
        // unit parameters come after the scales
        Mlp p = new Mlp(2, new int[] {3}, new HiddenUnits.PRelu(), 2, BATCH_NORM);
        p.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        assertArrayEquals(new double[] {1, 1, 1, 0.25, 0.25, 0.25}, java.util.Arrays.copyOfRange(p.parameters(), 9, 15), 0);
        assertEquals(23, p.numParameters());
    }

    /** 1-[1]-1 identity network reading its hidden unit a = 2x: training gives 0 or a / (1 - p), evaluation a. */
    @Test
    void dropoutScalesKeptUnitsAndIsOffInEvaluation() {
        Mlp m = new Mlp(1, new int[] {1}, IDENTITY, 1, new MlpOptions(0.25, 0, false));
        double[] w = m.parameters(); // W1, b1, W2, b2
        w[0] = 2;
        w[2] = 1;
        double[] x = {1.5};
        double[] s = new double[1];
        m.scores(x, 0, s);
        assertEquals(3, s[0], 0);
        m.setTraining(true, new SplittableRandom(1));
        int kept = 0;
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            m.scores(x, 0, s);
            if (s[0] != 0) {
                assertEquals(4, s[0], 1e-12);
                kept++;
            }
        }
        assertEquals(0.75, (double) kept / draws, 0.03);
        m.setTraining(false, null);
        m.scores(x, 0, s);
        assertEquals(3, s[0], 0);
        assertFalse(m.training());
    }

    /** Affine 1-[]-1 network s = x: training adds N(0, sigma^2) to the input, leaves the data alone; evaluation adds nothing. */
    @Test
    void inputNoiseHasTheGivenSpreadAndIsOffInEvaluation() {
        Mlp m = new Mlp(1, new int[] {}, TANH, 1, new MlpOptions(0, 0.5, false));
        m.parameters()[0] = 1;
        double[] x = {2, 2, 2, 2};
        int[] order = {0, 1, 2, 3};
        double[] s = new double[4];
        m.setTraining(true, new SplittableRandom(2));
        double sum = 0;
        double sq = 0;
        int n = 0;
        double[] one = new double[1];
        for (int i = 0; i < 4000; i++) {
            m.scores(x, 1, one); // the per-row path
            m.scoresBatch(x, 1, order, 0, 4, s);
            for (double v : new double[] {one[0], s[0], s[1], s[2], s[3]}) {
                sum += v;
                sq += v * v;
                n++;
            }
        }
        assertArrayEquals(new double[] {2, 2, 2, 2}, x, 0);
        double mean = sum / n;
        assertEquals(2, mean, 0.01);
        assertEquals(0.5, Math.sqrt(sq / n - mean * mean), 0.01);
        m.setTraining(false, null);
        m.scoresBatch(x, 1, order, 0, 4, s);
        assertArrayEquals(new double[] {2, 2, 2, 2}, s, 0);
    }

    @Test
    void theSameGeneratorGivesTheSameMasksAndNoise() {
        MlpOptions aids = new MlpOptions(0.4, 0.3, false);
        double[] x = random(new SplittableRandom(3), 6 * 4);
        int[] order = {5, 4, 3, 2, 1, 0};
        double[][] out = new double[3][6 * 2];
        long[] seeds = {7, 7, 8};
        for (int r = 0; r < 3; r++) {
            Mlp m = new Mlp(4, new int[] {5, 3}, TANH, 2, aids);
            m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
            m.setTraining(true, new SplittableRandom(seeds[r]));
            m.scoresBatch(x, 4, order, 0, 6, out[r]);
        }
        assertArrayEquals(out[0], out[1], 0);
        assertNotEquals(java.util.Arrays.toString(out[0]), java.util.Arrays.toString(out[2]));
    }

    /**
     * 2-[2]-2 identity network whose output layer copies the normalised layer: in training the
     * scores of a batch have per-column mean beta and standard deviation gamma (up to eps).
     */
    @Test
    void batchNormNormalisesEachFeatureOverTheBatch() {
        Mlp m = readOut(new double[] {2, 0.5}, new double[] {0.5, -1});
        int n = 8;
        double[] x = random(new SplittableRandom(4), n * 2);
        double[] s = new double[n * 2];
        m.setTraining(true, null); // batch norm alone draws nothing
        m.scoresBatch(x, 2, identity(n), 0, n, s);
        double[] gamma = {2, 0.5};
        double[] beta = {0.5, -1};
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += s[i * 2 + j] / n;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (s[i * 2 + j] - mean) * (s[i * 2 + j] - mean) / n;
            }
            assertEquals(beta[j], mean, 1e-12, "column " + j);
            double[] w = m.parameters();
            double uMean = 0;
            double uVar = 0;
            for (int i = 0; i < n; i++) {
                uMean += (w[j * 2] * x[i * 2] + w[j * 2 + 1] * x[i * 2 + 1]) / n;
            }
            for (int i = 0; i < n; i++) {
                double d = w[j * 2] * x[i * 2] + w[j * 2 + 1] * x[i * 2 + 1] - uMean;
                uVar += d * d / n;
            }
            // sd gamma, shrunk by the eps = 1e-5 under the square root
            assertEquals(gamma[j] * Math.sqrt(uVar / (uVar + 1e-5)), Math.sqrt(var), 1e-12, "column " + j);
        }
    }

    /**
     * After one training batch the running averages are 0.9 * (0, 1) + 0.1 * (batch mean, unbiased
     * batch variance); evaluation normalises with them, so a row's scores no longer depend on its batch.
     */
    @Test
    void batchNormEvaluationUsesRunningStatistics() {
        Mlp m = readOut(new double[] {1.5, 1}, new double[] {0.2, 0});
        int n = 6;
        double[] x = random(new SplittableRandom(5), n * 2);
        double[] w = m.parameters();
        double[][] u = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                u[i][j] = w[j * 2] * x[i * 2] + w[j * 2 + 1] * x[i * 2 + 1];
            }
        }
        double[] s = new double[n * 2];
        m.setTraining(true, null);
        m.scoresBatch(x, 2, identity(n), 0, n, s);
        double[] trainingRow3 = java.util.Arrays.copyOfRange(s, 6, 8);
        m.scoresBatch(x, 2, identity(n), 0, 4, s);
        assertNotEquals(trainingRow3[0], s[6], "in training a row's scores depend on its batch");
        m.setTraining(false, null);
        BatchNorm bn = m.batchNorm(0);
        // the second training batch (rows 0..3) updated the averages again: replay both updates
        double[] runMean = {0, 0};
        double[] runVar = {1, 1};
        for (int rows : new int[] {n, 4}) {
            for (int j = 0; j < 2; j++) {
                double mean = 0;
                for (int i = 0; i < rows; i++) {
                    mean += u[i][j] / rows;
                }
                double ss = 0;
                for (int i = 0; i < rows; i++) {
                    ss += (u[i][j] - mean) * (u[i][j] - mean);
                }
                runMean[j] = 0.9 * runMean[j] + 0.1 * mean;
                runVar[j] = 0.9 * runVar[j] + 0.1 * ss / (rows - 1);
            }
        }
        assertArrayEquals(runMean, bn.runningMean(), 1e-12);
        assertArrayEquals(runVar, bn.runningVariance(), 1e-12);
        double[] one = new double[2];
        m.scores(x, 3 * 2, one);
        double[] gamma = {1.5, 1};
        double[] beta = {0.2, 0};
        for (int j = 0; j < 2; j++) {
            assertEquals(gamma[j] * (u[3][j] - runMean[j]) / Math.sqrt(runVar[j] + 1e-5) + beta[j], one[j], 1e-12);
        }
        m.scoresBatch(x, 2, identity(n), 0, n, s);
        assertArrayEquals(one, java.util.Arrays.copyOfRange(s, 6, 8), 1e-15);
        m.scoresBatch(x, 2, new int[] {3}, 0, 1, s);
        assertArrayEquals(one, java.util.Arrays.copyOfRange(s, 0, 2), 1e-15);
    }

    @Test
    void batchNormInTrainingNeedsTheBatchPath() {
        Mlp m = new Mlp(2, new int[] {3}, TANH, 1, BATCH_NORM);
        m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        double[] x = {0.5, -1};
        double[] s = new double[1];
        double[] grad = new double[m.numParameters()];
        m.setTraining(true, new SplittableRandom(1));
        assertThrows(UnsupportedOperationException.class, () -> m.scores(x, 0, s));
        assertThrows(UnsupportedOperationException.class, () -> m.addGradient(x, 0, new double[] {1}, grad));
        m.setTraining(false, null);
        m.scores(x, 0, s);
        m.addGradient(x, 0, new double[] {1}, grad);
        assertTrue(Double.isFinite(s[0]));
    }

    /** A last batch of one row has no variance: its normalised values are 0 and the running averages stay. */
    @Test
    void aTrainingBatchOfOneRowLeavesTheRunningStatisticsAlone() {
        Mlp m = readOut(new double[] {1, 1}, new double[] {0.3, -0.4});
        double[] s = new double[2];
        m.setTraining(true, null);
        m.scoresBatch(new double[] {0.7, -2}, 2, new int[] {0}, 0, 1, s);
        assertArrayEquals(new double[] {0.3, -0.4}, s, 1e-15);
        assertArrayEquals(new double[] {0, 0}, m.batchNorm(0).runningMean(), 0);
        assertArrayEquals(new double[] {1, 1}, m.batchNorm(0).runningVariance(), 0);
    }

    @Test
    void trainingModeNeedsAGeneratorOnlyForRandomAids() {
        Mlp dropout = new Mlp(2, new int[] {3}, TANH, 1, new MlpOptions(0.5, 0, false));
        assertThrows(NullPointerException.class, () -> dropout.setTraining(true, null));
        Mlp noise = new Mlp(2, new int[] {3}, TANH, 1, new MlpOptions(0, 0.5, false));
        assertThrows(NullPointerException.class, () -> noise.setTraining(true, null));
        new Mlp(2, new int[] {3}, TANH, 1, BATCH_NORM).setTraining(true, null);
        dropout.setTraining(false, null);
    }

    @Test
    void layerGradientNormsSkipTheBatchNormScales() {
        Mlp m = new Mlp(2, new int[] {2}, TANH, 1, BATCH_NORM); // W1 0..3, beta 4..5, gamma 6..7, W2 8..9, b2 10
        double[] g = {3, 0, 0, 4, 100, 100, 100, 100, 1, 1, 100};
        double[] out = new double[m.layers()];
        m.layerGradientNorms(g, out);
        assertArrayEquals(new double[] {5, Math.sqrt(2)}, out, 1e-15);
    }

    /** Training passes with every aid reuse their buffers too. */
    @Test
    void trainingPassesWithEveryAidDoNotAllocate() {
        int d = 10;
        int n = 64;
        double[] x = random(new SplittableRandom(3), n * d);
        int[] order = identity(n);
        Mlp m = new Mlp(d, new int[] {8, 6}, TANH, 3, new MlpOptions(0.3, 0.1, true));
        m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        double[] out = new double[n * 3];
        double[] dScores = new double[n * 3];
        java.util.Arrays.fill(dScores, 0.1);
        double[] grad = new double[m.numParameters()];
        double[] row = new double[3];
        SplittableRandom rng = new SplittableRandom(4);
        Runnable work = () -> {
            m.setTraining(true, rng);
            m.scoresBatch(x, d, order, 0, n, out);
            m.addGradientBatch(x, d, order, 0, n, dScores, grad);
            m.scoresBatch(x, d, order, 5, 20, out);
            m.addGradientBatch(x, d, order, 5, 20, dScores, grad);
            m.setTraining(false, rng);
            m.scores(x, 3 * d, row);
            m.addGradient(x, 3 * d, row, grad);
        };
        long allocated = Allocations.of(work, 200);
        assertTrue(allocated < 4096, "200 training rounds allocated " + allocated + " bytes");
    }

    /** 2-[2]-2 identity network with batch norm (gamma, beta given) whose output layer is the identity map. */
    private static Mlp readOut(double[] gamma, double[] beta) {
        Mlp m = new Mlp(2, new int[] {2}, IDENTITY, 2, BATCH_NORM);
        m.initialize(new Initializer.Xavier(), new SplittableRandom(6));
        double[] w = m.parameters();
        System.arraycopy(beta, 0, w, m.biasOffset(0), 2);
        System.arraycopy(gamma, 0, w, m.gammaOffset(0), 2);
        int out = m.weightOffset(1);
        w[out] = 1;
        w[out + 1] = 0;
        w[out + 2] = 0;
        w[out + 3] = 1;
        return m;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static double[] random(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble(-1, 1);
        }
        return v;
    }
}
