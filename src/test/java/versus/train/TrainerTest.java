package versus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.eval.Evaluator;
import versus.eval.Predictions;
import versus.loss.BinaryMargin;
import versus.loss.Squared;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.optim.Schedule;
import versus.optim.Sgd;

class TrainerTest {
    /** K Gaussian blobs in 2-D centred on a circle of radius 3. */
    static Dataset blobs(int k, int perClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[k * perClass * 2];
        int[] y = new int[k * perClass];
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = "c" + c;
            for (int i = 0; i < perClass; i++) {
                int r = c * perClass + i;
                x[2 * r] = 3 * Math.cos(2 * Math.PI * c / k) + rng.nextGaussian() * 0.5;
                x[2 * r + 1] = 3 * Math.sin(2 * Math.PI * c / k) + rng.nextGaussian() * 0.5;
                y[r] = c;
            }
        }
        return Dataset.of("blobs", 2, x, y, List.of(names));
    }

    static double accuracy(Classifier c, Dataset d) {
        Predictions p = Evaluator.predict(c, d);
        int right = 0;
        for (int i = 0; i < p.size(); i++) {
            right += p.truth()[i] == p.predicted()[i] ? 1 : 0;
        }
        return (double) right / p.size();
    }

    @Test
    void logisticRegressionSeparatesTwoBlobsWithCalibratedProbabilities() {
        Dataset d = blobs(2, 100, 1);
        History h = new History();
        Classifier c = Presets.logisticRegression(1e-3, Adam.withRate(0.05), TrainerSpec.miniBatch(50, 16))
                .fit(d, new SplittableRandom(2), h);
        assertEquals(1.0, accuracy(c, d), 0);
        double[] loss = h.series("train-loss");
        assertEquals(50, loss.length);
        assertTrue(loss[49] < loss[0] / 5, "loss should fall: " + loss[0] + " -> " + loss[49]);
        double[] s = new double[1];
        double[] p = new double[2];
        c.scores(d.features(), d.offset(0), s);
        c.probabilities(s, p);
        assertEquals(1, p[0] + p[1], 1e-12);
    }

    @Test
    void softmaxRegressionSeparatesFourBlobs() {
        Dataset d = blobs(4, 60, 3);
        Classifier c = Presets.softmaxRegression(1e-4, Adam.withRate(0.05), TrainerSpec.miniBatch(60, 32))
                .fit(d, new SplittableRandom(4), new History());
        assertTrue(accuracy(c, d) > 0.97, "accuracy " + accuracy(c, d));
    }

    @Test
    void fullBatchGradientDescentDecreasesTheObjectiveMonotonically() {
        Dataset d = blobs(2, 50, 5);
        History h = new History();
        Presets.logisticRegression(0.01, new Sgd(new Schedule.Constant(0.5)), TrainerSpec.fullBatch(40))
                .fit(d, new SplittableRandom(1), h);
        double[] loss = h.series("train-loss");
        for (int i = 1; i < loss.length; i++) {
            assertTrue(loss[i] <= loss[i - 1] + 1e-12, "epoch " + (i + 1) + ": " + loss[i - 1] + " -> " + loss[i]);
        }
    }

    @Test
    void sameSeedSameParametersDifferentSeedDifferentOrder() {
        Dataset d = blobs(3, 40, 7);
        GradientLearner l = Presets.softmaxRegression(1e-3, Adam.withRate(0.01), TrainerSpec.miniBatch(5, 8));
        ModelClassifier a = (ModelClassifier) l.fit(d, new SplittableRandom(9), new History());
        ModelClassifier b = (ModelClassifier) l.fit(d, new SplittableRandom(9), new History());
        ModelClassifier c = (ModelClassifier) l.fit(d, new SplittableRandom(10), new History());
        assertArrayEquals(a.model().parameters(), b.model().parameters(), 0);
        assertTrue(a.model().parameters()[0] != c.model().parameters()[0]);
    }

    @Test
    void earlyStoppingStopsAndRecordsValidation() {
        Dataset clean = blobs(2, 100, 11);
        int[] noisy = clean.labels().clone();
        for (int i = 0; i < noisy.length; i += 4) {
            noisy[i] = 1 - noisy[i]; // 25% flipped labels: the validation loss must bottom out
        }
        Dataset d = new Dataset("noisy", clean.features(), noisy, clean.featureNames(), clean.classNames(), null);
        History h = new History();
        TrainerSpec spec = new TrainerSpec(500, 16, true, Optional.of(new TrainerSpec.EarlyStopping(0.2, 3, true)));
        Presets.logisticRegression(0.0, Adam.withRate(0.1), spec).fit(d, new SplittableRandom(1), h);
        int epochs = h.series("train-loss").length;
        assertTrue(epochs < 500, "ran all " + epochs + " epochs");
        assertEquals(epochs, h.series("validation-loss").length);
        assertEquals(1, h.notes().size());
    }

    @Test
    void divergenceIsReportedNotSilent() {
        Dataset d = blobs(2, 50, 13);
        GradientLearner l = new GradientLearner(LinearModel::new, new BinaryMargin(new Squared()), new Regularizer.None(),
                new Initializer.Zero(), new Sgd(new Schedule.Constant(1e3)), TrainerSpec.fullBatch(200));
        assertThrows(DivergedException.class, () -> l.fit(d, new SplittableRandom(1), new History()));
    }
}
