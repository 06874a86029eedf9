package versus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.TruthTable;
import versus.loss.LossCatalog;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.TrainerSpec;

class MlpTest {
    private static final Activation TANH = new Activation.Tanh();

    /** Seed G03: widths 3-2-1 have (3+1)*2 + (2+1)*1 = 11 weights, bias nodes included. */
    @Test
    void g03ThreeTwoOneHasElevenParameters() {
        Mlp m = new Mlp(3, new int[] {2}, TANH, 1);
        assertEquals(11, m.numParameters());
        assertEquals(2, m.layers());
        assertEquals(0, m.weightOffset(0));
        assertEquals(6, m.biasOffset(0));
        assertEquals(8, m.weightOffset(1));
        assertEquals(10, m.biasOffset(1));
    }

    /** 2-2-1 with hand-set parameters: W_1 = [[1, 2], [3, 4]], b_1 = (5, 6), W_2 = [7, 8], b_2 = 9. */
    @Test
    void layoutIsWeightsRowMajorThenBiasesPerLayer() {
        Mlp m = new Mlp(2, new int[] {2}, new Activation.Identity(), 1);
        double[] w = m.parameters();
        for (int i = 0; i < w.length; i++) {
            w[i] = i + 1;
        }
        double[] s = new double[1];
        m.scores(new double[] {99, 0.5, -1}, 1, s); // x = (0.5, -1) at offset 1
        double h0 = 1 * 0.5 + 2 * -1 + 5;
        double h1 = 3 * 0.5 + 4 * -1 + 6;
        assertEquals(7 * h0 + 8 * h1 + 9, s[0], 1e-15);

        Mlp t = new Mlp(2, new int[] {2}, TANH, 1);
        System.arraycopy(w, 0, t.parameters(), 0, w.length);
        t.scores(new double[] {0.5, -1}, 0, s);
        assertEquals(7 * Math.tanh(h0) + 8 * Math.tanh(h1) + 9, s[0], 1e-15);
    }

    @Test
    void biasesAndUnitParametersAreUnpenalised() {
        Mlp m = new Mlp(2, new int[] {3}, new HiddenUnits.PRelu(), 2);
        // layer 1: W 3x2 at 0..5, b at 6..8, slopes at 9..11; layer 2: W 2x3 at 12..17, b at 18..19
        assertEquals(20, m.numParameters());
        for (int i = 0; i < 20; i++) {
            boolean weight = i < 6 || (i >= 12 && i < 18);
            assertEquals(weight, m.penalized(i), "parameter " + i);
        }
        m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        double[] w = m.parameters();
        assertArrayEquals(new double[] {0, 0, 0, 0.25, 0.25, 0.25}, java.util.Arrays.copyOfRange(w, 6, 12), 0);
        assertArrayEquals(new double[] {0, 0}, java.util.Arrays.copyOfRange(w, 18, 20), 0);
    }

    @Test
    void maxoutLayersHavePiecesTimesWidthAffineOutputs() {
        Mlp m = new Mlp(4, new int[] {3}, new HiddenUnits.Maxout(2), 1);
        assertEquals(6, m.fanOut(0));
        assertEquals(3, m.fanIn(1));
        assertEquals(6 * 4 + 6 + 3 + 1, m.numParameters());
    }

    @Test
    void initializationIsPerLayerSeededAndScaled() {
        Mlp a = new Mlp(30, new int[] {20, 10}, TANH, 3);
        Mlp b = new Mlp(30, new int[] {20, 10}, TANH, 3);
        a.initialize(new Initializer.Xavier(), new SplittableRandom(7));
        b.initialize(new Initializer.Xavier(), new SplittableRandom(7));
        assertArrayEquals(a.parameters(), b.parameters(), 0);
        double[] w = a.parameters();
        for (int l = 0; l < a.layers(); l++) {
            double bound = Math.sqrt(6.0 / (a.fanIn(l) + a.fanOut(l)));
            double max = 0;
            for (int i = a.weightOffset(l); i < a.biasOffset(l); i++) {
                max = Math.max(max, Math.abs(w[i]));
            }
            assertTrue(max <= bound && max > 0.8 * bound, "layer " + l + ": max |w| " + max + ", bound " + bound);
            for (int j = 0; j < a.fanOut(l); j++) {
                assertEquals(0, w[a.biasOffset(l) + j], 0);
            }
        }
    }

    @Test
    void untrainableActivationsAreRejectedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Mlp(2, new int[] {2}, new Activation.Step(), 1));
        assertEquals("activation step has no useful derivative; it can only be used in fixed-network", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.requireTrainable(new Activation.Sign()));
        assertEquals("activation sign has no useful derivative; it can only be used in fixed-network", e.getMessage());
        Mlp.requireTrainable(TANH);
        assertThrows(IllegalArgumentException.class, () -> new Mlp(2, new int[] {0}, TANH, 1));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(0, new int[] {2}, TANH, 1));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(2, new int[] {2}, TANH, 0));
    }

    @Test
    void gradientNormsArePerLayerOverWeightsOnly() {
        Mlp m = new Mlp(2, new int[] {2}, TANH, 1); // W1 at 0..3, b1 at 4..5, W2 at 6..7, b2 at 8
        double[] g = {3, 0, 0, 4, 100, 100, 1, 1, 100};
        assertArrayEquals(new double[] {5, Math.sqrt(2)}, m.gradientNorms(g), 1e-15);
    }

    @Test
    void batchGradientNeedsTheMatchingBatchForwardPass() {
        Mlp m = new Mlp(2, new int[] {2}, TANH, 1);
        double[] x = {1, 2, 3, 4};
        int[] order = {1, 0};
        double[] out = new double[2];
        m.scoresBatch(x, 2, order, 0, 2, out);
        double[] grad = new double[m.numParameters()];
        m.addGradientBatch(x, 2, order, 0, 2, new double[] {1, 1}, grad);
        assertThrows(IllegalStateException.class, () -> m.addGradientBatch(x, 2, order, 0, 1, new double[] {1}, grad));
    }

    /** The blocked product and the tiled transpose against the textbook loops, over every tail shape. */
    @Test
    void denseKernelsMatchNaiveLoops() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int m = 1; m <= 7; m++) {
            for (int n = 1; n <= 7; n++) {
                for (int k : new int[] {1, 2, 5, 33}) {
                    double[] a = random(rng, 2 + m * k);
                    double[] b = random(rng, 1 + n * k);
                    double[] c = random(rng, 3 + m * n);
                    double[] expected = c.clone();
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            for (int t = 0; t < k; t++) {
                                expected[3 + i * n + j] += a[2 + i * k + t] * b[1 + j * k + t];
                            }
                        }
                    }
                    DenseKernels.addProductTransposed(a, 2, b, 1, c, 3, m, n, k);
                    assertArrayEquals(expected, c, 1e-12, m + "x" + n + "x" + k);
                }
                double[] src = random(rng, 1 + 40 * m * n);
                double[] dst = new double[40 * m * n];
                DenseKernels.transpose(src, 1, 5 * m, 8 * n, dst);
                for (int i = 0; i < 5 * m; i++) {
                    for (int j = 0; j < 8 * n; j++) {
                        assertEquals(src[1 + i * 8 * n + j], dst[j * 5 * m + i], 0);
                    }
                }
            }
        }
    }

    private static double[] random(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble(-1, 1);
        }
        return v;
    }

    /** The training hot path reuses its buffers: after warm-up no call allocates. */
    @Test
    void forwardAndBackwardPassesDoNotAllocate() {
        SplittableRandom rng = new SplittableRandom(3);
        int d = 10;
        int n = 64;
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = n - 1 - i;
        }
        Mlp m = new Mlp(d, new int[] {8, 6}, TANH, 3);
        m.initialize(new Initializer.Xavier(), rng);
        double[] out = new double[n * 3];
        double[] dScores = new double[n * 3];
        java.util.Arrays.fill(dScores, 0.1);
        double[] grad = new double[m.numParameters()];
        double[] row = new double[3];
        Runnable work = () -> {
            m.scoresBatch(x, d, order, 0, n, out);
            m.addGradientBatch(x, d, order, 0, n, dScores, grad);
            m.scoresBatch(x, d, order, 5, 20, out); // a smaller batch reuses the larger buffers
            m.addGradientBatch(x, d, order, 5, 20, dScores, grad);
            m.scores(x, 3 * d, row);
            m.addGradient(x, 3 * d, row, grad);
        };
        long allocated = Allocations.of(work, 200);
        assertTrue(allocated < 4096, "200 forward/backward rounds allocated " + allocated + " bytes");
    }

    /**
     * XOR (+-1 inputs) is not linearly separable; a 2-2-1 tanh network with a logistic output
     * learns it: Xavier start, Adam at 0.05, full batch, 400 steps, seed 0. Not every seed does:
     * in this setting about 4 in 10 of seeds 0..99 reach zero training error, the others stop
     * on the known 2-2-1 plateau where two points keep score 0 (mean loss ln(2)/2 = 0.347).
     */
    @Test
    void twoTwoOneTanhNetworkLearnsXor() {
        Dataset xor = TruthTable.of("xor", 2, TruthTable.Encoding.PLUS_MINUS_ONE);
        GradientLearner learner = new GradientLearner((d, k) -> new Mlp(d, new int[] {2}, TANH, k),
                LossCatalog.coding("logistic", 2), new Regularizer.None(), new Initializer.Xavier(),
                Adam.withRate(0.05), TrainerSpec.fullBatch(400));
        History history = new History();
        Classifier c = learner.fit(xor, new SplittableRandom(0), history);
        double[] s = new double[1];
        for (int i = 0; i < xor.rows(); i++) {
            c.scores(xor.features(), xor.offset(i), s);
            assertEquals(xor.label(i), c.decide(s), "row " + i + " score " + s[0]);
        }
        double[] loss = history.series("train-loss");
        assertTrue(loss[loss.length - 1] < 0.05, "final training loss " + loss[loss.length - 1]);
        assertFalse(Double.isNaN(loss[0]));
    }
}
