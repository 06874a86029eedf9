package versus.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static versus.baseline.SmileSvmTest.assertField;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;

class SmileMlpTest {
    private static SmileMlp mlp(SmileMlp.Activation a) {
        return new SmileMlp(new int[] {8}, a, 0.1, 30, 16);
    }

    @Test
    void openBlasLoadsOnThisMachine() {
        assertTrue(SmileMlp.available(), "this machine is linux-x86_64 with the natives on the class path");
        SmileMlp.checkAvailable();
    }

    @Test
    void unavailableMessageTellsWhatToDo() {
        String m = SmileMlp.unavailableMessage("Mac OS X", "aarch64", "java.lang.UnsatisfiedLinkError: no jniopenblas");
        assertTrue(m.startsWith("smile-mlp needs the OpenBLAS natives for linux-x86_64 (org.bytedeco:openblas); on "
                + "Mac OS X/aarch64 use model: mlp instead"), m);
    }

    @Test
    void learnsThreeBlobs() {
        History h = new History();
        Classifier c = mlp(SmileMlp.Activation.TANH).fit(Blobs.threeBlobs(1), new SplittableRandom(0), h);
        assertEquals(3, c.numScores());
        assertTrue(c.hasProbabilities());
        assertTrue(Blobs.accuracy(c, Blobs.threeBlobs(2)) >= 0.95);
        double[] loss = h.series("train-loss");
        assertEquals(30, loss.length);
        assertTrue(loss[29] < loss[0], "training lowers the loss: " + loss[0] + " -> " + loss[29]);
    }

    @Test
    void learnsTwoBlobsWithEveryActivation() {
        for (SmileMlp.Activation a : SmileMlp.Activation.values()) {
            Classifier c = Blobs.fit(mlp(a), Blobs.twoBlobs(1), 0);
            assertEquals(2, c.numScores());
            assertTrue(Blobs.accuracy(c, Blobs.twoBlobs(2)) >= 0.95, a.yamlName());
        }
    }

    @Test
    void deterministicPerSeedAlsoOnConcurrentThreads() throws Exception {
        Dataset d = Blobs.blobs(6, 50, 1.2, new double[][] {{0, 1}, {-1, -1}, {1, -1}});
        SmileMlp learner = new SmileMlp(new int[] {6, 4}, SmileMlp.Activation.RELU, 0.05, 10, 8);
        double[] sequential = Blobs.allScores(Blobs.fit(learner, d, 7), d);
        assertNotEquals(sequential[0], Blobs.allScores(Blobs.fit(learner, d, 8), d)[0]);
        // Smile's RNG is thread-local: fits on several threads at once must not disturb each other
        List<CompletableFuture<double[]>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(CompletableFuture.supplyAsync(() -> Blobs.allScores(Blobs.fit(learner, d, 7), d)));
        }
        for (CompletableFuture<double[]> run : runs) {
            assertArrayEquals(sequential, run.get());
        }
    }

    @Test
    void rejectsBadHyperparametersNamingThem() {
        SmileMlp.Activation relu = SmileMlp.Activation.RELU;
        assertField("hidden ", () -> new SmileMlp(new int[0], relu, 0.1, 1, 1));
        assertField("hidden ", () -> new SmileMlp(new int[] {4, 0}, relu, 0.1, 1, 1));
        assertField("hidden ", () -> new SmileMlp(null, relu, 0.1, 1, 1));
        assertField("activation ", () -> new SmileMlp(new int[] {4}, null, 0.1, 1, 1));
        assertField("activation ", () -> SmileMlp.Activation.of("maxout"));
        assertField("learning-rate ", () -> new SmileMlp(new int[] {4}, relu, 0, 1, 1));
        assertField("learning-rate ", () -> new SmileMlp(new int[] {4}, relu, Double.NaN, 1, 1));
        assertField("epochs ", () -> new SmileMlp(new int[] {4}, relu, 0.1, 0, 1));
        assertField("batch-size ", () -> new SmileMlp(new int[] {4}, relu, 0.1, 1, 0));
        assertEquals(SmileMlp.Activation.LEAKY_RELU, SmileMlp.Activation.of("leaky-relu"));
    }

    @Test
    void hiddenSizesAreCopied() {
        int[] sizes = {4};
        SmileMlp m = new SmileMlp(sizes, SmileMlp.Activation.RELU, 0.1, 1, 1);
        sizes[0] = 9;
        m.hidden()[0] = 9;
        assertArrayEquals(new int[] {4}, m.hidden());
        assertEquals(m, new SmileMlp(new int[] {4}, SmileMlp.Activation.RELU, 0.1, 1, 1));
    }
}
