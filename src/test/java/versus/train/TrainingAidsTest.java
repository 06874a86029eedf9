package versus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.loss.LossCatalog;
import versus.loss.Squared;
import versus.model.Activation;
import versus.model.HiddenUnits;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.model.Model;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.optim.Schedule;
import versus.optim.Sgd;

/** The trainer's side of the training aids: clipping, gradient-norm trace, training mode, determinism. */
class TrainingAidsTest {
    private static final HiddenUnits TANH = new HiddenUnits.Pointwise(new Activation.Tanh());

    /** One full-batch SGD step at rate 1 from w = 0 moves w by the clipped gradient: at most the cap. */
    @Test
    void clippingByNormCapsTheStep() {
        Dataset d = TrainerTest.blobs(2, 50, 1);
        History h = new History();
        ModelClassifier c = (ModelClassifier) Presets.logisticRegression(0, new Sgd(new Schedule.Constant(1)),
                TrainerSpec.fullBatch(1).withClipping(new Clipping.ByNorm(0.01))).fit(d, new SplittableRandom(1), h);
        double[] w = c.model().parameters();
        assertEquals(0.01, Math.sqrt(versus.math.Vectors.squaredNorm(w)), 1e-15);
        assertArrayEquals(new double[] {1}, h.series("clipped-steps"), 0);
    }

    @Test
    void clippedStepsAreCountedPerEpochAndOnlyWithClipping() {
        Dataset d = TrainerTest.blobs(2, 50, 2); // 100 rows: 7 batches of 16
        History tight = new History();
        Presets.logisticRegression(0, Adam.withRate(0.01), TrainerSpec.miniBatch(3, 16).withClipping(new Clipping.ByValue(1e-9)))
                .fit(d, new SplittableRandom(1), tight);
        assertArrayEquals(new double[] {7, 7, 7}, tight.series("clipped-steps"), 0);
        History loose = new History();
        Presets.logisticRegression(0, Adam.withRate(0.01), TrainerSpec.miniBatch(3, 16).withClipping(new Clipping.ByNorm(1e9)))
                .fit(d, new SplittableRandom(1), loose);
        assertArrayEquals(new double[] {0, 0, 0}, loose.series("clipped-steps"), 0);
        History none = new History();
        Presets.logisticRegression(0, Adam.withRate(0.01), TrainerSpec.miniBatch(3, 16)).fit(d, new SplittableRandom(1), none);
        assertEquals(0, none.series("clipped-steps").length);
    }

    /**
     * An MLP records grad-norm-layer-1..L per epoch, the mean over the epoch's steps of each
     * layer's weight-gradient norm (full batch: the one step's); a linear model records none.
     */
    @Test
    void layeredModelsRecordPerLayerGradientNorms() {
        Dataset d = TrainerTest.blobs(3, 20, 3);
        Mlp m = new Mlp(2, new int[] {4, 3}, TANH, 3);
        m.initialize(new Initializer.Xavier(), new SplittableRandom(1));
        Objective objective = new Objective(m, LossCatalog.coding("softmax", 3), Regularizer.ElasticNet.l2(1e-3));
        int[] all = new int[d.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] grad = new double[m.numParameters()];
        objective.valueAndGradient(d, all, 0, all.length, grad);
        double[] expected = m.gradientNorms(grad);
        History h = new History();
        new Trainer(TrainerSpec.fullBatch(4)).train(objective, Adam.withRate(0.01), d, new SplittableRandom(2), h);
        for (int l = 0; l < 3; l++) {
            double[] series = h.series("grad-norm-layer-" + (l + 1));
            assertEquals(4, series.length);
            assertEquals(expected[l], series[0], 1e-12 * expected[l], "layer " + (l + 1));
            assertTrue(series[3] > 0 && Double.isFinite(series[3]));
        }
        assertEquals(0, h.series("grad-norm-layer-4").length);
        History linear = new History();
        Presets.softmaxRegression(0, Adam.withRate(0.01), TrainerSpec.fullBatch(2)).fit(d, new SplittableRandom(1), linear);
        assertEquals(0, linear.series("grad-norm-layer-1").length);
    }

    /** The entries without timings (elapsed-seconds), which differ from run to run. */
    private static List<History.Entry> withoutTimings(History h) {
        return h.entries().stream().filter(e -> !e.metric().endsWith("-seconds")).toList();
    }

    /** Dropout, input noise and batch norm draw from the run's generator: one seed, one run; the result is in evaluation mode. */
    @Test
    void trainingAidsAreDeterministicPerSeed() {
        Dataset d = TrainerTest.blobs(3, 40, 7);
        GradientLearner learner = mlp(new MlpOptions(0.2, 0.1, true), TrainerSpec.miniBatch(5, 16));
        History ha = new History();
        History hb = new History();
        ModelClassifier a = (ModelClassifier) learner.fit(d, new SplittableRandom(9), ha);
        ModelClassifier b = (ModelClassifier) learner.fit(d, new SplittableRandom(9), hb);
        ModelClassifier c = (ModelClassifier) learner.fit(d, new SplittableRandom(10), new History());
        assertArrayEquals(a.model().parameters(), b.model().parameters(), 0);
        assertEquals(withoutTimings(ha), withoutTimings(hb));
        assertFalse(java.util.Arrays.equals(a.model().parameters(), c.model().parameters()));
        assertFalse(((Mlp) a.model()).training());
        double[] s1 = new double[3];
        double[] s2 = new double[3];
        a.scores(d.features(), d.offset(5), s1);
        a.scores(d.features(), d.offset(5), s2);
        assertArrayEquals(s1, s2, 0);
    }

    /** With dropout p the training objective is noisier than the evaluation loss but the network still learns. */
    @Test
    void networksWithDropoutAndBatchNormLearnBlobs() {
        Dataset d = TrainerTest.blobs(3, 60, 11);
        for (MlpOptions options : new MlpOptions[] {new MlpOptions(0.2, 0, false), new MlpOptions(0, 0.1, true),
                new MlpOptions(0.1, 0.1, true)}) {
            History h = new History();
            ModelClassifier c = (ModelClassifier) mlp(options, TrainerSpec.miniBatch(30, 16)).fit(d, new SplittableRandom(3), h);
            assertTrue(TrainerTest.accuracy(c, d) > 0.95, options + ": accuracy " + TrainerTest.accuracy(c, d));
        }
    }

    /** Training mode for the gradient steps only; evaluation mode for validation, the objective trace and after training. */
    @Test
    void trainingModeIsOnForTheStepsOnly() {
        Dataset d = TrainerTest.blobs(2, 50, 13);
        ModeSpy spy = new ModeSpy(new LinearModel(2, 1));
        TrainerSpec spec = new TrainerSpec(6, 16, true, Optional.of(new TrainerSpec.EarlyStopping(0.2, 10, true)))
                .withObjectiveTrace(true);
        new Trainer(spec).train(new Objective(spy, LossCatalog.coding("logistic", 2), new Regularizer.None()),
                Adam.withRate(0.01), d, new SplittableRandom(1), new History());
        assertTrue(spy.batchCalls > 0 && spy.rowCalls > 0, spy.batchCalls + " batch, " + spy.rowCalls + " row calls");
        assertEquals(0, spy.wrongMode);
        assertFalse(spy.training);

        ModeSpy diverging = new ModeSpy(new LinearModel(2, 1));
        Trainer trainer = new Trainer(TrainerSpec.fullBatch(200));
        Objective objective = new Objective(diverging, new BinaryMargin(new Squared()), new Regularizer.None());
        assertThrows(DivergedException.class, () -> trainer.train(objective, new Sgd(new Schedule.Constant(1e3)), d,
                new SplittableRandom(1), new History()));
        assertFalse(diverging.training, "a failed run leaves the model in evaluation mode");
    }

    private static GradientLearner mlp(MlpOptions options, TrainerSpec spec) {
        return new GradientLearner((dim, k) -> new Mlp(dim, new int[] {8}, TANH, k, options), LossCatalog.coding("softmax", 3),
                new Regularizer.None(), new Initializer.Xavier(), Adam.withRate(0.02), spec);
    }

    /** A model that counts batch calls outside training mode and per-row calls inside it (both wrong here). */
    private static final class ModeSpy implements Model {
        private final Model inner;
        boolean training;
        int batchCalls;
        int rowCalls;
        int wrongMode;

        ModeSpy(Model inner) {
            this.inner = inner;
        }

        @Override public int numParameters() { return inner.numParameters(); }
        @Override public int numOutputs() { return inner.numOutputs(); }
        @Override public int inputDimension() { return inner.inputDimension(); }
        @Override public double[] parameters() { return inner.parameters(); }
        @Override public boolean penalized(int index) { return inner.penalized(index); }
        @Override public void initialize(Initializer init, RandomGenerator rng) { inner.initialize(init, rng); }

        @Override
        public void setTraining(boolean training, RandomGenerator rng) {
            this.training = training;
        }

        @Override
        public void scores(double[] x, int offset, double[] out) {
            rowCalls++;
            wrongMode += training ? 1 : 0;
            inner.scores(x, offset, out);
        }

        @Override
        public void addGradient(double[] x, int offset, double[] dScores, double[] grad) {
            wrongMode++;
            inner.addGradient(x, offset, dScores, grad);
        }

        @Override
        public void scoresBatch(double[] x, int cols, int[] order, int from, int to, double[] out) {
            batchCalls++;
            wrongMode += training ? 0 : 1;
            inner.scoresBatch(x, cols, order, from, to, out);
        }

        @Override
        public void addGradientBatch(double[] x, int cols, int[] order, int from, int to, double[] dScores, double[] grad) {
            wrongMode += training ? 0 : 1;
            inner.addGradientBatch(x, cols, order, from, to, dScores, grad);
        }
    }
}
