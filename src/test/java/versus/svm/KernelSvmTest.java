package versus.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.train.History;

class KernelSvmTest {
    /**
     * scikit-learn 1.2.1 reference, made once with /usr/bin/python3:
     * <pre>
     * rng = np.random.RandomState(3)
     * X = np.vstack([rng.randn(8, 2) * 1.2 + [1, 1], rng.randn(8, 2) * 1.2 - [1, 1]]).round(1)
     * y = np.array([1] * 8 + [0] * 8)
     * m = SVC(kernel='linear', C=1.0).fit(X, y)             # tol=1e-3 as ours
     * m.support_, m.dual_coef_, m.intercept_, m.decision_function(X)
     * t = SVC(kernel='linear', C=1.0, tol=1e-12).fit(X, y)  # the exact optimum
     * </pre>
     * dual_coef_ is a_i y_i with class 1 as +1, as ours.
     */
    private static final double[] SK_X = {3.1, 1.5, 1.1, -1.2, 0.7, 0.6, 0.9, 0.2, 0.9, 0.4, -0.6, 2.1, 2.1, 3.1, 1.1, 0.5,
        -1.7, -2.9, 0.2, -2.3, -2.4, -1.2, 0.8, -0.7, -2.2, -1.9, -0.2, -1.2, -1.9, -1.3, -0.1, 1.4};
    private static final int[] SK_Y = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int[] SK_SUPPORT = {11, 13, 15, 1, 3, 5};
    private static final double[] SK_DUAL = {-1.0, -0.6866042543489442, -1.0, 1.0, 0.9209848511211617, 0.7656194032277825};
    private static final double SK_BIAS = 0.0406004518874867;
    private static final double[] SK_DECISION = {3.925675, 0.179012, 1.104939, 0.999937, 1.143122, 0.999937, 4.164316,
        1.396081, -3.577196, -1.424655, -2.994912, 0.264923, -3.314691, -0.999874, -2.613087, 0.952209};
    private static final double[] SK_DUAL_EXACT = {-1.0, -0.686667272160789, -1.0, 1.0, 0.9210587303655289, 0.7656085417952602};
    private static final double SK_BIAS_EXACT = 0.040572815814628606;

    static Dataset data(int cols, double[] x, int[] y, int classes) {
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = "c" + c;
        }
        return Dataset.of("t", cols, x, y, List.of(names));
    }

    static double accuracy(KernelModel m, Dataset d) {
        double[] s = new double[m.numScores()];
        int ok = 0;
        for (int i = 0; i < d.rows(); i++) {
            m.scores(d.features(), d.offset(i), s);
            ok += m.decide(s) == d.label(i) ? 1 : 0;
        }
        return ok / (double) d.rows();
    }

    /** Gaussian blobs around the given centres, n per class, labels in centre order. */
    static Dataset blobs(double[][] centres, int n, double sd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = centres[0].length;
        double[] x = new double[centres.length * n * d];
        int[] y = new int[centres.length * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % centres.length;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = centres[y[i]][j] + sd * rng.nextGaussian();
            }
        }
        return data(d, x, y, centres.length);
    }

    @Test
    void linearKernelAgreesWithScikitLearn() {
        Dataset d = data(2, SK_X, SK_Y, 2);
        KernelModel m = new KernelSvm(new Kernel.Linear(), 1.0).fit(d, new SplittableRandom(0), new History());
        assertEquals(1, m.numScores());
        assertEquals(SK_SUPPORT.length, m.numSupportVectors());
        // our support vectors are in row order: 1, 3, 5, 11, 13, 15
        double[] sv = m.supportVectors();
        double[] dual = m.dualCoefficients();
        for (int k = 0; k < SK_SUPPORT.length; k++) {
            int s = rank(SK_SUPPORT[k]);
            assertArrayEquals(new double[] {SK_X[2 * SK_SUPPORT[k]], SK_X[2 * SK_SUPPORT[k] + 1]},
                    new double[] {sv[2 * s], sv[2 * s + 1]}, 0);
            assertEquals(SK_DUAL[k], dual[s], 2e-3, "dual coefficient of row " + SK_SUPPORT[k]);
        }
        assertEquals(SK_BIAS, m.bias(), 2e-3);
        double[] f = new double[1];
        for (int i = 0; i < SK_Y.length; i++) {
            m.scores(SK_X, 2 * i, f);
            assertEquals(SK_DECISION[i], f[0], 2e-3, "decision value of row " + i);
        }
        // solved to the same tight tolerance, both find the same optimum (up to LIBSVM's kernel
        // cache, which holds Q in float: ~1e-7 relative)
        double[] y = new double[SK_Y.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = SK_Y[i] == 1 ? 1 : -1;
        }
        Smo.Solution exact = SmoTest.solve(new Kernel.Linear(), SK_X, 2, y, 1.0, 1e-12);
        for (int k = 0; k < SK_SUPPORT.length; k++) {
            assertEquals(SK_DUAL_EXACT[k], exact.alpha()[SK_SUPPORT[k]] * y[SK_SUPPORT[k]], 1e-6);
        }
        assertEquals(SK_BIAS_EXACT, exact.bias(), 1e-6);
        assertEquals(SK_SUPPORT.length, exact.numSupportVectors());
    }

    /** Position of a row among the sorted support rows {1, 3, 5, 11, 13, 15}. */
    private static int rank(int row) {
        int r = 0;
        for (int s : SK_SUPPORT) {
            r += s < row ? 1 : 0;
        }
        return r;
    }

    @Test
    void modelExposesTheLinearWeights() {
        Dataset d = data(2, new double[] {-1, 0, 1, 0}, new int[] {0, 1}, 2);
        History h = new History();
        KernelModel m = new KernelSvm(new Kernel.Linear(), 1e6).fit(d, new SplittableRandom(0), h);
        assertEquals(2, m.numSupportVectors());
        assertArrayEquals(new double[] {-1, 0, 1, 0}, m.supportVectors(), 0);
        assertArrayEquals(new double[] {-0.5, 0.5}, m.dualCoefficients(), 1e-12);
        assertEquals(0, m.bias(), 1e-12);
        double[] s = new double[1];
        m.scores(new double[] {0.25, 7}, 0, s);
        assertEquals(0.25, s[0], 1e-12); // w = (1, 0)
        assertEquals(1, m.decide(s));
        assertEquals(0, m.decide(new double[] {-1e-9}));
        assertEquals(1, m.decide(new double[] {0}));
        assertFalse(m.hasProbabilities());
        assertArrayEquals(new double[] {2}, h.series("support-vectors"), 0);
        assertArrayEquals(new double[] {-0.5}, h.series("dual-objective"), 1e-12);
        assertEquals(1, h.entries().get(0).epoch());
        assertEquals(1, h.notes().size());
        assertTrue(h.notes().get(0).contains("c1 vs c0") && h.notes().get(0).contains("2 support vectors"), h.notes().get(0));
    }

    @Test
    void rbfFitsXor() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 200;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.nextDouble(-1, 1);
            x[2 * i + 1] = rng.nextDouble(-1, 1);
            y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
        }
        Dataset d = data(2, x, y, 2);
        assertTrue(accuracy(new KernelSvm(new Kernel.Linear(), 10).fit(d, rng, new History()), d) < 0.75); // not linearly separable
        KernelModel m = new KernelSvm(new Kernel.Rbf(5), 100).fit(d, rng, new History());
        assertTrue(accuracy(m, d) >= 0.99, "training accuracy " + accuracy(m, d));
    }

    @Test
    void multiclassOnThreeBlobs() {
        double[][] centres = {{0, 0}, {4, 0}, {2, 3}};
        Dataset train = blobs(centres, 40, 0.8, 1);
        Dataset test = blobs(centres, 40, 0.8, 2);
        for (Multiclass mc : Multiclass.values()) {
            History h = new History();
            KernelModel m = new KernelSvm(new Kernel.Rbf(0.5), 1, mc).fit(train, new SplittableRandom(0), h);
            assertEquals(3, m.numScores());
            assertEquals(3, m.numMachines());
            assertEquals(3, h.notes().size());
            assertTrue(accuracy(m, train) >= 0.95, mc + " train " + accuracy(m, train));
            assertTrue(accuracy(m, test) >= 0.9, mc + " test " + accuracy(m, test));
            assertThrows(IllegalStateException.class, m::bias);
        }
    }

    @Test
    void oneVsOneScoresAreVotesPlusAConfidenceBelowOneThird() {
        double[][] centres = {{0, 0}, {4, 0}, {2, 3}, {6, 3}};
        Dataset d = blobs(centres, 20, 1.0, 5);
        KernelModel m = new KernelSvm(new Kernel.Rbf(0.5), 1).fit(d, new SplittableRandom(0), new History());
        assertEquals(6, m.numMachines());
        double[] s = new double[4];
        double[] f = new double[6];
        for (int i = 0; i < d.rows(); i++) {
            m.scores(d.features(), d.offset(i), s);
            m.decisionValues(d.features(), d.offset(i), f);
            int[] votes = new int[4];
            double[] conf = new double[4];
            int t = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++, t++) {
                    votes[f[t] >= 0 ? b : a]++;
                    conf[b] += f[t];
                    conf[a] -= f[t];
                }
            }
            for (int c = 0; c < 4; c++) {
                assertEquals(votes[c], Math.round(s[c]));
                assertTrue(Math.abs(s[c] - votes[c]) < 1.0 / 3);
                assertEquals(Math.signum(conf[c]), Math.signum(s[c] - votes[c]));
            }
        }
    }

    @Test
    void sameDataGiveIdenticalModels() {
        Dataset d = blobs(new double[][] {{0, 0}, {1, 1}, {2, 0}}, 30, 1.0, 9);
        for (Multiclass mc : Multiclass.values()) {
            KernelSvm svm = new KernelSvm(new Kernel.Rbf(1), 3, mc);
            KernelModel a = svm.fit(d, new SplittableRandom(1), new History());
            KernelModel b = svm.fit(d, new SplittableRandom(2), new History());
            assertArrayEquals(a.supportVectors(), b.supportVectors(), 0);
            for (int t = 0; t < a.numMachines(); t++) {
                assertArrayEquals(a.dualCoefficients(t), b.dualCoefficients(t), 0);
                assertEquals(a.bias(t), b.bias(t), 0);
            }
        }
    }

    @Test
    void aClassMissingFromTrainingIsNeverPredictedAndDoesNotBreakFitting() {
        // labels 0 and 2 only, three class names (a training split that lost a rare class)
        Dataset d = data(1, new double[] {-2, -1, 1, 2}, new int[] {0, 0, 2, 2}, 3);
        for (Multiclass mc : Multiclass.values()) {
            KernelModel m = new KernelSvm(new Kernel.Linear(), 1, mc).fit(d, new SplittableRandom(0), new History());
            assertEquals(1.0, accuracy(m, d), 0, mc.toString());
        }
    }

    @Test
    void iterationLimitIsNotedInTheHistory() {
        Dataset d = blobs(new double[][] {{0, 0}, {1, 1}}, 30, 1.0, 4);
        History h = new History();
        new KernelSvm(new Kernel.Rbf(1), 1).fit(d, h, n -> 2);
        assertTrue(h.notes().get(0).contains("stopped at the iteration limit"), h.notes().get(0));
    }

    @Test
    void invalidSettingsAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KernelSvm(new Kernel.Linear(), 0));
        assertTrue(e.getMessage().startsWith("C must be > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KernelSvm(new Kernel.Linear(), Double.NaN));
        e = assertThrows(IllegalArgumentException.class, () -> new KernelSvm(new Kernel.Rbf(-0.5), 1));
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScaledGammaSvm(g -> new Kernel.Polynomial(g, 1, 0), 1, Multiclass.ONE_VS_ONE));
    }

    @Test
    void scaledGammaUsesTheTrainingSetVariance() {
        Dataset d = blobs(new double[][] {{0, 0}, {3, 3}}, 20, 1.0, 8);
        History h = new History();
        KernelModel m = new ScaledGammaSvm(Kernel.Rbf::new, 1, Multiclass.ONE_VS_ONE).fit(d, new SplittableRandom(0), h);
        assertEquals(new Kernel.Rbf(Kernel.scaleGamma(d.features(), 2)), m.kernel());
        assertTrue(h.notes().get(0).startsWith("kernel-svm gamma=scale: "), h.notes().get(0));
    }

    @Test
    void aSecondsBudgetStopsSmoAndSaysSo() {
        Dataset d = data(2, SK_X, SK_Y, 2);
        History h = new History();
        // a nanosecond is spent by the first pair update on any machine: SMO stops after one iteration
        new KernelSvm(new Kernel.Rbf(0.5), 1.0, Multiclass.ONE_VS_ONE, java.util.Optional.of(java.time.Duration.ofNanos(1)))
                .fit(d, new SplittableRandom(0), h);
        assertTrue(h.notes().get(0).contains("1 SMO iterations") && h.notes().get(0).contains("stopped by the seconds budget"),
                h.notes().toString());
        History free = new History();
        new KernelSvm(new Kernel.Rbf(0.5), 1.0).fit(d, new SplittableRandom(0), free);
        assertFalse(free.notes().get(0).contains("stopped"), free.notes().toString());
    }
}
