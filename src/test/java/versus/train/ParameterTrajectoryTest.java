package versus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.ModelClassifier;
import versus.optim.Adam;
import versus.optim.Schedule;
import versus.optim.Sgd;

class ParameterTrajectoryTest {
    /** Snapshot i of {@link #filled} is the vector {i, -i}. */
    private static ParameterTrajectory filled(int capacity, int epochs) {
        ParameterTrajectory t = new ParameterTrajectory(capacity);
        for (int e = 0; e <= epochs; e++) {
            t.offer(e, new double[] {e, -e});
        }
        return t;
    }

    @Test
    void keepsEveryEpochUntilFullThenThinsToEveryOtherAndNeverExceedsItsCapacity() {
        ParameterTrajectory small = filled(10, 7);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, small.epochs());

        ParameterTrajectory t = filled(10, 9); // epochs 0..9: exactly full
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, t.epochs());
        t.offer(10, new double[] {10, -10}); // full: thinned to 0, 2, .., 8, then 10 joins at stride 2
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10}, t.epochs());
        t.offer(11, new double[] {11, -11}); // off the stride
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10}, t.epochs());

        for (int epochs : new int[] {37, 100, 1000}) {
            ParameterTrajectory long_ = filled(10, epochs);
            int[] kept = long_.epochs();
            assertTrue(kept.length <= 10 && kept.length >= 5, epochs + " epochs kept " + kept.length);
            assertEquals(0, kept[0]);
            int stride = kept[1] - kept[0];
            for (int i = 1; i < kept.length; i++) {
                assertEquals(stride, kept[i] - kept[i - 1], "evenly spaced");
            }
            assertTrue(epochs - kept[kept.length - 1] < stride, "the last stride-th epoch is kept");
            List<double[]> snaps = long_.snapshots();
            for (int i = 0; i < kept.length; i++) {
                assertArrayEquals(new double[] {kept[i], -kept[i]}, snaps.get(i), 0);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new ParameterTrajectory(1));
    }

    @Test
    void theFinalParametersComeLastUnlessTheyEqualTheLastSnapshot() {
        ParameterTrajectory t = filled(10, 3);
        t.finish(new double[] {3, -3});
        assertEquals(4, t.snapshots().size());
        t.finish(new double[] {1.5, -1.5}); // e.g. the iterate average
        assertEquals(5, t.snapshots().size());
        assertArrayEquals(new double[] {1.5, -1.5}, t.snapshots().get(4), 0);
        assertArrayEquals(new double[] {0, 0}, t.initial(), 0);
        t.snapshots().get(0)[0] = 99; // copies: the recorder is not changed through them
        assertEquals(0, t.snapshots().get(0)[0], 0);
    }

    @Test
    void trainerRecordsInitialEveryEpochAndFinalWithoutChangingTheResult() {
        Dataset d = TrainerTest.blobs(3, 30, 11);
        GradientLearner l = Presets.softmaxRegression(1e-3, Adam.withRate(0.05), TrainerSpec.miniBatch(12, 8));
        History plain = new History();
        History recorded = new History();
        recorded.recordTrajectory(ParameterTrajectory.DEFAULT_CAPACITY);
        ModelClassifier a = (ModelClassifier) l.fit(d, new SplittableRandom(5), plain);
        ModelClassifier b = (ModelClassifier) l.fit(d, new SplittableRandom(5), recorded);
        assertArrayEquals(a.model().parameters(), b.model().parameters(), 0);
        assertArrayEquals(plain.series("train-loss"), recorded.series("train-loss"), 0);
        assertEquals(Optional.empty(), plain.trajectory());

        ParameterTrajectory t = recorded.trajectory().orElseThrow();
        List<double[]> snaps = t.snapshots();
        assertEquals(13, snaps.size()); // initial + 12 epochs; the final parameters are epoch 12's
        assertArrayEquals(b.model().parameters(), snaps.get(12), 0);
        assertFalse(java.util.Arrays.equals(snaps.get(0), snaps.get(1)));
        // the initial snapshot is the initializer's draw: the same model initialised from the same seed
        versus.model.Model fresh = l.architecture().apply(d.cols(), l.objective().numOutputs(l.loss(), 3));
        fresh.initialize(l.initializer(), new SplittableRandom(5));
        assertArrayEquals(fresh.parameters(), snaps.get(0), 0);
    }

    @Test
    void averagedParametersEndTheTrajectory() {
        Dataset d = TrainerTest.blobs(2, 30, 3);
        GradientLearner l = Presets.logisticRegression(1e-2, new Sgd(new Schedule.Constant(0.1)), TrainerSpec.miniBatch(6, 4).withAveraging(2));
        History h = new History();
        h.recordTrajectory(4);
        ModelClassifier c = (ModelClassifier) l.fit(d, new SplittableRandom(1), h);
        List<double[]> snaps = h.trajectory().orElseThrow().snapshots();
        assertArrayEquals(new int[] {0, 2, 4, 6}, h.trajectory().orElseThrow().epochs());
        assertEquals(5, snaps.size());
        assertArrayEquals(c.model().parameters(), snaps.get(4), 0);
    }

    @Test
    void elapsedSecondsAreRecordedEveryEpochAndNeverDecrease() {
        Dataset d = TrainerTest.blobs(2, 40, 2);
        History h = new History();
        Presets.logisticRegression(1e-3, Adam.withRate(0.05), TrainerSpec.miniBatch(25, 8)).fit(d, new SplittableRandom(3), h);
        double[] seconds = h.series("elapsed-seconds");
        assertEquals(25, seconds.length);
        assertTrue(seconds[0] >= 0);
        for (int i = 1; i < seconds.length; i++) {
            assertTrue(seconds[i] >= seconds[i - 1], "epoch " + (i + 1) + ": " + seconds[i - 1] + " -> " + seconds[i]);
        }
        assertTrue(seconds[24] > 0);
    }
}
