package versus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.eval.Bootstrap.Estimator;

/** Leave-one-out, the bootstrap protocol and the bootstrap estimators. */
class ResamplingProtocolTest {
    private static Dataset rows(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        return Dataset.of("t", 1, new double[n], y, List.of("a", "b"));
    }

    private static Dataset grouped(int[] qid) {
        return new Dataset("q", new double[qid.length], new int[qid.length], List.of("x0"), List.of("0"), qid);
    }

    private static int[] counts(int[] rows, int n) {
        int[] c = new int[n];
        for (int i : rows) {
            c[i]++;
        }
        return c;
    }

    private static boolean ascending(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- leave-one-out

    @Test
    void leaveOneOutTestsEveryRowOnce() {
        int n = 7;
        List<Split> splits = new LeaveOneOut().splits(rows(n), new SplittableRandom(1));
        assertEquals(n, splits.size());
        for (int i = 0; i < n; i++) {
            Split s = splits.get(i);
            assertEquals(i, s.index());
            assertEquals(i, s.fold());
            assertEquals(0, s.repeat());
            assertArrayEquals(new int[] {i}, s.test());
            assertEquals(n - 1, s.train().length);
            assertTrue(ascending(s.train()));
            int[] c = counts(s.train(), n);
            for (int r = 0; r < n; r++) {
                assertEquals(r == i ? 0 : 1, c[r]);
            }
        }
        assertEquals("loo", new LeaveOneOut().name());
    }

    @Test
    void leaveOneOutLeavesOneQueryOut() {
        int[] qid = {7, 3, 7, 9, 3, 3};
        List<Split> splits = new LeaveOneOut().splits(grouped(qid), new SplittableRandom(1));
        assertEquals(3, splits.size()); // groups in ascending qid: 3, 7, 9
        assertArrayEquals(new int[] {1, 4, 5}, splits.get(0).test());
        assertArrayEquals(new int[] {0, 2, 3}, splits.get(0).train());
        assertArrayEquals(new int[] {0, 2}, splits.get(1).test());
        assertArrayEquals(new int[] {3}, splits.get(2).test());
        assertArrayEquals(new int[] {0, 1, 2, 4, 5}, splits.get(2).train());
    }

    @Test
    void leaveOneOutNeedsTwoUnits() {
        assertThrows(IllegalArgumentException.class, () -> new LeaveOneOut().splits(rows(1), new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new LeaveOneOut().splits(grouped(new int[] {4, 4, 4}), new SplittableRandom(1)));
        List<Split> s = new LeaveOneOut().splits(rows(3), new SplittableRandom(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(3));
    }

    // ---------------------------------------------------------------- bootstrap protocol

    @Test
    void bootstrapSamplesNRowsWithRepetitionAndTestsOutOfBag() {
        int n = 40;
        List<Split> splits = new Bootstrap(25, Estimator.POINT_632).splits(rows(n), new SplittableRandom(3));
        assertEquals(25, splits.size());
        boolean anyRepeat = false;
        for (int r = 0; r < splits.size(); r++) {
            Split s = splits.get(r);
            assertEquals(r, s.index());
            assertEquals(r, s.repeat());
            assertEquals(0, s.fold());
            assertEquals(n, s.train().length);
            assertTrue(ascending(s.train()) && ascending(s.test()));
            int[] c = counts(s.train(), n);
            int[] t = counts(s.test(), n);
            for (int i = 0; i < n; i++) {
                assertTrue(t[i] <= 1);
                assertEquals(c[i] == 0, t[i] == 1, "row " + i + ": out of bag exactly when never drawn");
                anyRepeat |= c[i] > 1;
            }
        }
        assertTrue(anyRepeat);
    }

    @Test
    void bootstrapIsDeterministicInTheGenerator() {
        Bootstrap b = new Bootstrap(10, Estimator.OOB);
        List<Split> x = b.splits(rows(30), new SplittableRandom(42));
        List<Split> y = b.splits(rows(30), new SplittableRandom(42));
        List<Split> z = b.splits(rows(30), new SplittableRandom(43));
        boolean differs = false;
        for (int r = 0; r < 10; r++) {
            assertArrayEquals(x.get(r).train(), y.get(r).train());
            assertArrayEquals(x.get(r).test(), y.get(r).test());
            differs |= !Arrays.equals(x.get(r).train(), z.get(r).train());
        }
        assertTrue(differs);
    }

    @Test
    void bootstrapRedrawsWhenNothingIsOutOfBag() {
        // with 2 rows half the draws take both rows; every split must still have a test row
        List<Split> splits = new Bootstrap(200, Estimator.OOB).splits(rows(2), new SplittableRandom(5));
        for (Split s : splits) {
            assertEquals(1, s.test().length);
            assertEquals(2, s.train().length);
            assertArrayEquals(new int[] {1 - s.test()[0], 1 - s.test()[0]}, s.train());
        }
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(5, Estimator.OOB).splits(rows(1), new SplittableRandom(5)));
    }

    @Test
    void bootstrapDrawsWholeQueryGroups() {
        int[] qid = {1, 1, 2, 2, 2, 3, 4, 4, 5, 5};
        for (Split s : new Bootstrap(30, Estimator.OOB).splits(grouped(qid), new SplittableRandom(9))) {
            int[] c = counts(s.train(), qid.length);
            for (int i = 0; i < qid.length; i++) {
                for (int j = 0; j < qid.length; j++) {
                    if (qid[i] == qid[j]) {
                        assertEquals(c[i], c[j], "rows of one query are drawn together");
                    }
                }
                assertEquals(c[i] == 0, counts(s.test(), qid.length)[i] == 1);
            }
        }
    }

    @Test
    void bootstrapValidatesAndParses() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, Estimator.OOB));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(5, null));
        assertEquals("bootstrap", new Bootstrap(1, Estimator.OOB).name());
        assertEquals(Optional.of(Estimator.POINT_632_PLUS), Estimator.parse("632+"));
        assertEquals(Optional.of(Estimator.POINT_632), Estimator.parse(".632"));
        assertEquals(Optional.of(Estimator.OOB), Estimator.parse("OOB"));
        assertEquals(Optional.empty(), Estimator.parse("633"));
        assertFalse(Estimator.OOB.needsResubstitution());
        assertTrue(Estimator.POINT_632.needsResubstitution() && !Estimator.POINT_632.needsNoInformation());
        assertTrue(Estimator.POINT_632_PLUS.needsNoInformation());
    }

    // ---------------------------------------------------------------- estimators

    @Test
    void oobAndPoint632Estimates() {
        double[] oob = {0.30, 0.20};
        double[] resub = {0.10, 0.00};
        assertEquals(0.25, BootstrapEstimator.estimate(Estimator.OOB, oob, null, null), 1e-15);
        // 0.368 * 0.10 + 0.632 * 0.30 = 0.2264; 0.632 * 0.20 = 0.1264; mean 0.1764
        assertArrayEquals(new double[] {0.2264, 0.1264}, BootstrapEstimator.perResample(Estimator.POINT_632, oob, resub, null), 1e-15);
        assertEquals(0.1764, BootstrapEstimator.estimate(Estimator.POINT_632, oob, resub, null), 1e-15);
    }

    @Test
    void point632PlusByHand() {
        // resub 0.1, oob 0.3, gamma 0.5: R = 0.2 / 0.4 = 0.5, w = 0.632 / (1 - 0.184) = 0.7745...,
        // estimate = (1 - w) 0.1 + w 0.3 = 0.1 + 0.2 w
        double w = 0.632 / (1 - 0.368 * 0.5);
        assertEquals(0.1 + 0.2 * w, BootstrapEstimator.point632Plus(0.3, 0.1, 0.5), 1e-15);
        assertEquals(0.2549019607843137, BootstrapEstimator.point632Plus(0.3, 0.1, 0.5), 1e-15);
    }

    @Test
    void point632PlusClipsR() {
        // no overfitting (oob <= resub): R = 0, the .632 value
        assertEquals(BootstrapEstimator.point632(0.1, 0.2), BootstrapEstimator.point632Plus(0.1, 0.2, 0.5), 1e-15);
        // gamma below resub: R = 0
        assertEquals(BootstrapEstimator.point632(0.4, 0.2), BootstrapEstimator.point632Plus(0.4, 0.2, 0.15), 1e-15);
        // oob exactly at gamma: R = 1, w = 1, the out-of-bag value
        assertEquals(0.5, BootstrapEstimator.point632Plus(0.5, 0.1, 0.5), 1e-15);
        // oob beyond gamma: R clipped to 1 and oob' = gamma, giving 0.632 oob + 0.368 gamma (Efron & Tibshirani eq. 32)
        assertEquals(0.632 * 0.6 + 0.368 * 0.5, BootstrapEstimator.point632Plus(0.6, 0.1, 0.5), 1e-15);
        double[] oob = {0.3, 0.6};
        assertEquals((0.2549019607843137 + 0.5632) / 2,
                BootstrapEstimator.estimate(Estimator.POINT_632_PLUS, oob, new double[] {0.1, 0.1}, new double[] {0.5, 0.5}), 1e-15);
    }

    @Test
    void higherIsBetterMetricsWorkOnOneMinusTheMetric() {
        double[] oobAcc = {0.7, 0.4};
        double[] resubAcc = {0.9, 0.9};
        double[] noInfoAcc = {0.5, 0.5};
        double[] err = BootstrapEstimator.perResample(Estimator.POINT_632_PLUS, new double[] {0.3, 0.6}, new double[] {0.1, 0.1},
                new double[] {0.5, 0.5});
        double[] acc = BootstrapEstimator.perResample(Estimator.POINT_632_PLUS, ConfusionMetric.ACCURACY, oobAcc, resubAcc, noInfoAcc);
        for (int b = 0; b < 2; b++) {
            assertEquals(1 - err[b], acc[b], 1e-15);
        }
        assertEquals(BootstrapEstimator.estimate(Estimator.POINT_632_PLUS, new double[] {0.3, 0.6}, new double[] {0.1, 0.1},
                new double[] {0.5, 0.5}),
                BootstrapEstimator.estimate(Estimator.POINT_632_PLUS, ConfusionMetric.ERROR, new double[] {0.3, 0.6}, new double[] {0.1, 0.1},
                        new double[] {0.5, 0.5}), 1e-15);
    }

    @Test
    void noInformationErrorByHand() {
        // truth: 3 of class 0, 1 of class 1 (p = .75, .25); predictions: 2 and 2 (q = .5, .5)
        // gamma = .75 * .5 + .25 * .5 = 0.5
        assertEquals(0.5, BootstrapEstimator.noInformationError(2, new int[] {0, 0, 0, 1}, new int[] {0, 1, 0, 1}), 1e-15);
        // always predicting class 0: gamma = .75 * 0 + .25 * 1 = share of class 1
        assertEquals(0.25, BootstrapEstimator.noInformationError(2, new int[] {0, 0, 0, 1}, new int[] {0, 0, 0, 0}), 1e-15);
    }

    @Test
    void estimatorsCheckTheirInputs() {
        double[] two = {0.1, 0.2};
        assertThrows(IllegalArgumentException.class, () -> BootstrapEstimator.estimate(Estimator.POINT_632, two, null, null));
        assertThrows(IllegalArgumentException.class, () -> BootstrapEstimator.estimate(Estimator.POINT_632_PLUS, two, two, null));
        assertThrows(IllegalArgumentException.class, () -> BootstrapEstimator.estimate(Estimator.POINT_632, two, new double[] {0.1}, null));
        assertThrows(IllegalArgumentException.class, () -> BootstrapEstimator.estimate(Estimator.OOB, new double[0], null, null));
    }
}
