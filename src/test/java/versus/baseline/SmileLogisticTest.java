package versus.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;

class SmileLogisticTest {
    @Test
    void separatesTwoBlobsWithProbabilities() {
        Classifier c = Blobs.fit(new SmileLogistic(1e-3), Blobs.twoBlobs(1), 0);
        assertEquals(2, c.numClasses());
        assertEquals(2, c.numScores());
        assertTrue(c.hasProbabilities());
        assertTrue(Blobs.accuracy(c, Blobs.twoBlobs(2)) >= 0.98);
        Dataset test = Blobs.twoBlobs(3);
        double[] s = new double[2];
        double[] p = new double[2];
        for (int i = 0; i < test.rows(); i++) {
            c.scores(test.features(), test.offset(i), s);
            c.probabilities(s, p);
            assertEquals(1.0, p[0] + p[1], 1e-12);
        }
    }

    @Test
    void multinomialSeparatesThreeBlobs() {
        Classifier c = Blobs.fit(new SmileLogistic(1e-3), Blobs.threeBlobs(1), 0);
        assertEquals(3, c.numScores());
        assertTrue(Blobs.accuracy(c, Blobs.threeBlobs(2)) >= 0.95);
    }

    @Test
    void deterministic() {
        Dataset train = Blobs.threeBlobs(4);
        assertArrayEquals(Blobs.allScores(Blobs.fit(new SmileLogistic(0.01), train, 7), train),
                Blobs.allScores(Blobs.fit(new SmileLogistic(0.01), train, 7), train));
    }

    /**
     * Versus's lambda weighs the MEAN loss: duplicating every row leaves the problem unchanged.
     * Passed to Smile as a sum-convention lambda unscaled, the duplicate would halve the penalty.
     */
    @Test
    void lambdaIsPerSample() {
        Dataset once = Blobs.blobs(5, 30, 1.5, new double[][] {{-1, 0}, {1, 0}});
        int[] twice = new int[2 * once.rows()];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = i % once.rows();
        }
        History h1 = new History();
        History h2 = new History();
        Classifier a = new SmileLogistic(0.5).fit(once, new java.util.SplittableRandom(0), h1);
        Classifier b = new SmileLogistic(0.5).fit(once.subset(twice), new java.util.SplittableRandom(0), h2);
        assertArrayEquals(Blobs.allScores(a, once), Blobs.allScores(b, once), 1e-4);
        assertEquals(h1.series("objective")[0], h2.series("objective")[0], 1e-6);
    }

    /** The cost C (the default, C = 1) is lambda = 1 / (C n) on each training set, as LogisticRegression(C). */
    @Test
    void costIsOneOverCnPerFit() {
        Dataset train = Blobs.threeBlobs(4);
        double lambda = 1 / (2.0 * train.rows());
        assertArrayEquals(Blobs.allScores(Blobs.fit(new SmileLogistic(lambda), train, 7), train),
                Blobs.allScores(Blobs.fit(SmileLogistic.ofCost(2), train, 7), train), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SmileLogistic.ofCost(0));
    }

    @Test
    void rejectsBadLambdaNamingIt() {
        for (double bad : new double[] {-1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SmileLogistic(bad));
            assertTrue(e.getMessage().startsWith("lambda "), e.getMessage());
        }
    }
}
