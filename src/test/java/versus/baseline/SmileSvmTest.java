package versus.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;

class SmileSvmTest {
    @Test
    void linearSeparatesTwoBlobsWithOneSignedScore() {
        Classifier c = Blobs.fit(SmileSvm.linear(1.0), Blobs.twoBlobs(1), 0);
        assertEquals(1, c.numScores());
        assertFalse(c.hasProbabilities());
        assertEquals(0, c.decide(new double[] {-1e-9}));
        assertEquals(1, c.decide(new double[] {0}));
        assertTrue(Blobs.accuracy(c, Blobs.twoBlobs(2)) >= 0.98);
    }

    @Test
    void rbfLearnsARing() {
        // class 1 inside radius 1, class 0 on a ring at radius 2.5: no line separates them
        SplittableRandom r = new SplittableRandom(3);
        int n = 200;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double radius = y[i] == 1 ? r.nextDouble() : 2.5 + 0.3 * r.nextGaussian();
            double angle = 2 * Math.PI * r.nextDouble();
            x[2 * i] = radius * Math.cos(angle);
            x[2 * i + 1] = radius * Math.sin(angle);
        }
        Dataset ring = Dataset.of("ring", 2, x, y, java.util.List.of("out", "in"));
        History h = new History();
        Classifier c = SmileSvm.rbf(10, 0.5).fit(ring, new SplittableRandom(0), h);
        assertTrue(Blobs.accuracy(c, ring) >= 0.97);
        assertTrue(h.series("support-vectors")[0] > 0);
        assertTrue(Blobs.accuracy(Blobs.fit(SmileSvm.linear(10), ring, 0), ring) < 0.8);
    }

    @Test
    void oneVersusRestSeparatesThreeBlobs() {
        for (SmileSvm svm : new SmileSvm[] {SmileSvm.linear(1.0), SmileSvm.rbf(1.0, 0.5)}) {
            Classifier c = Blobs.fit(svm, Blobs.threeBlobs(1), 0);
            assertEquals(3, c.numScores());
            assertFalse(c.hasProbabilities());
            assertTrue(Blobs.accuracy(c, Blobs.threeBlobs(2)) >= 0.95, svm.toString());
        }
    }

    @Test
    void deterministicPerSeedAlsoWhenMachinesTrainInParallel() {
        // overlapping classes, so the LASVM visiting order matters
        Dataset noisy = Blobs.blobs(6, 60, 1.5, new double[][] {{0, 1}, {-1, -1}, {1, -1}});
        SmileSvm svm = SmileSvm.rbf(1.0, 1.0);
        double[] a = Blobs.allScores(Blobs.fit(svm, noisy, 7), noisy);
        assertArrayEquals(a, Blobs.allScores(Blobs.fit(svm, noisy, 7), noisy));
        double[] b = Blobs.allScores(Blobs.fit(svm, noisy, 8), noisy);
        assertFalse(java.util.Arrays.equals(a, b), "another seed, another visiting order");
        Dataset two = Blobs.blobs(6, 60, 1.5, new double[][] {{-1, 0}, {1, 0}});
        assertArrayEquals(Blobs.allScores(Blobs.fit(svm, two, 7), two), Blobs.allScores(Blobs.fit(svm, two, 7), two));
    }

    @Test
    void gammaScaleIsOneOverDTimesTheVarianceOfTheTrainingEntries() {
        // 8 entries 0,0,2,0,0,4,2,4: mean 1.5, population variance 22/8 = 2.75, d = 2, gamma = 1 / (2 * 2.75) = 2/11
        Dataset d = Dataset.of("four", 2, new double[] {0, 0, 2, 0, 0, 4, 2, 4}, new int[] {0, 0, 1, 1}, java.util.List.of("a", "b"));
        History h = new History();
        Classifier scaled = SmileSvm.rbfScaled(1).fit(d, new SplittableRandom(0), h);
        assertTrue(h.notes().contains("smile-svm gamma=scale: 0.181818"), h.notes().toString());
        assertArrayEquals(Blobs.allScores(Blobs.fit(SmileSvm.rbf(1, 2.0 / 11), d, 0), d), Blobs.allScores(scaled, d), 1e-12);
    }

    @Test
    void rejectsBadHyperparametersNamingThem() {
        assertField("C ", () -> SmileSvm.linear(0));
        assertField("C ", () -> SmileSvm.rbf(Double.NaN, 1));
        assertField("gamma ", () -> SmileSvm.rbf(1, 0));
        assertField("gamma ", () -> SmileSvm.rbf(1, Double.POSITIVE_INFINITY));
        assertField("gamma ", () -> new SmileSvm(SmileSvm.Kernel.LINEAR, 1, java.util.OptionalDouble.of(0.5)));
        assertField("kernel ", () -> new SmileSvm(null, 1, java.util.OptionalDouble.empty()));
        assertField("kernel ", () -> SmileSvm.Kernel.of("poly"));
        assertEquals(SmileSvm.Kernel.RBF, SmileSvm.Kernel.of("rbf"));
    }

    static void assertField(String prefix, Runnable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
