package versus.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.loss.LossCatalog;
import versus.loss.MarginLoss;
import versus.loss.MulticlassLoss;
import versus.loss.OneVsRest;
import versus.model.Activation;
import versus.model.HiddenUnits;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.model.Model;
import versus.objective.Objective;
import versus.objective.ReconstructionObjective;
import versus.objective.Regularizer;
import versus.objective.TrainingObjective;

/**
 * The shared derivative contract: every loss in {@link LossCatalog}, every output coding, every
 * model and every regularizer is checked against central finite differences,
 * {@code |analytic - numeric| / max(1, |analytic|, |numeric|) < 1e-6}. Non-smooth losses are
 * checked away from their kinks; the kinks themselves are checked by hand below.
 */
class GradientContractTest {
    private static final double H = 1e-6;
    private static final double TOL = 1e-6;

    /**
     * Every model architecture: (inputs, outputs) -> model. Later issues add theirs here.
     * MLPs: the whole network is checked with smooth units and, for the kinked ones (relu, leaky
     * relu, prelu, maxout), where the fixed seeds put no pre-activation or piece gap within the
     * step h of a kink: one relu layer (zero biases, inputs and weights continuous, so no z is
     * exactly 0) and non-zero-slope units deeper (a deep relu can feed an exact 0 to the next
     * layer when every unit of a row is off). The kinks themselves are checked per activation in
     * ActivationTest. Networks with training aids are checked here in evaluation mode (their
     * state after construction: dropout and noise off, batch norm on its running statistics) and
     * in training mode by {@link #trainingModeGradients}.
     */
    static List<NamedModel> models() {
        return List.of(new NamedModel("linear", LinearModel::new),
                mlp(new int[] {5}, new HiddenUnits.Pointwise(new Activation.Tanh())),
                mlp(new int[] {4, 3}, new HiddenUnits.Pointwise(new Activation.Sigmoid())),
                mlp(new int[] {3, 4, 2}, new HiddenUnits.Pointwise(new Activation.Softplus())),
                mlp(new int[] {4, 3}, new HiddenUnits.Pointwise(new Activation.Elu(0.7))),
                mlp(new int[] {4}, new HiddenUnits.Pointwise(new Activation.Arctan())),
                mlp(new int[] {4, 2}, new HiddenUnits.Pointwise(new Activation.Softsign())),
                mlp(new int[] {3}, new HiddenUnits.Pointwise(new Activation.Identity())),
                mlp(new int[] {}, new HiddenUnits.Pointwise(new Activation.Tanh())),
                mlp(new int[] {5}, new HiddenUnits.Pointwise(new Activation.Relu())),
                mlp(new int[] {4, 3}, new HiddenUnits.Pointwise(new Activation.LeakyRelu(0.1))),
                mlp(new int[] {4, 3}, new HiddenUnits.PRelu()),
                mlp(new int[] {3, 2}, new HiddenUnits.Maxout(3)),
                mlp(new int[] {4, 3}, new HiddenUnits.Pointwise(new Activation.Tanh()), new MlpOptions(0.3, 0.2, true)),
                mlp(new int[] {3}, new HiddenUnits.PRelu(), new MlpOptions(0, 0, true)));
    }

    /**
     * Networks with training aids, checked in training mode with the same random draws for every
     * evaluation (dropout masks and input noise fixed, so the objective is a smooth function of
     * the parameters) and, for batch norm, over the whole batch, whose rows its statistics couple.
     */
    static List<NamedModel> trainingModeModels() {
        HiddenUnits tanh = new HiddenUnits.Pointwise(new Activation.Tanh());
        HiddenUnits softplus = new HiddenUnits.Pointwise(new Activation.Softplus());
        return List.of(mlp(new int[] {5}, tanh, new MlpOptions(0.4, 0, false)),
                mlp(new int[] {4, 3}, softplus, new MlpOptions(0.5, 0.3, false)),
                mlp(new int[] {}, tanh, new MlpOptions(0, 0.5, false)),
                mlp(new int[] {4, 3}, tanh, new MlpOptions(0, 0, true)),
                mlp(new int[] {3, 4, 2}, softplus, new MlpOptions(0.3, 0.2, true)),
                mlp(new int[] {4}, new HiddenUnits.Pointwise(new Activation.Elu(0.7)), new MlpOptions(0, 0, true)));
    }

    private static NamedModel mlp(int[] hidden, HiddenUnits units) {
        return mlp(hidden, units, MlpOptions.NONE);
    }

    private static NamedModel mlp(int[] hidden, HiddenUnits units, MlpOptions options) {
        String label = units instanceof HiddenUnits.Pointwise p ? p.f().toString() : units.toString();
        String aids = options.summary().isEmpty() ? "" : " (" + options.summary() + ")";
        return new NamedModel("mlp " + java.util.Arrays.toString(hidden) + " " + label + aids,
                (d, k) -> new Mlp(d, hidden, units, k, options));
    }

    record NamedModel(String name, BiFunction<Integer, Integer, Model> make) {
    }

    static List<Regularizer> regularizers() {
        return List.of(new Regularizer.None(), Regularizer.ElasticNet.l2(0.3), Regularizer.ElasticNet.l1(0.2),
                new Regularizer.ElasticNet(0.5, 0.4), new Regularizer.WeightElimination(0.4, 0.8));
    }

    static void assertClose(double analytic, double numeric, String what) {
        double err = Math.abs(analytic - numeric) / Math.max(1, Math.max(Math.abs(analytic), Math.abs(numeric)));
        assertTrue(err < TOL, what + ": analytic " + analytic + " vs numeric " + numeric + " (error " + err + ")");
    }

    /**
     * Points where every margin loss is smooth: away from -1, 0 and 1, the kinks of the catalog
     * (hinge-type at 0 and 1; modified Huber's l'' jumps at -1 or 0, and at 1).
     */
    static final double[] MARGINS = {-3.1, -1.7, -0.6, -0.2, 0.3, 0.7, 1.4, 2.2, 4.0};

    @TestFactory
    Stream<DynamicTest> marginLossDerivatives() {
        return LossCatalog.marginLosses().values().stream()
                .filter(e -> e.factory().get().trainable()) // zero-one: evaluation only, not differentiable
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    MarginLoss loss = e.factory().get();
                    for (double m : MARGINS) {
                        double numeric = (loss.value(m + H) - loss.value(m - H)) / (2 * H);
                        assertClose(loss.derivative(m), numeric, e.name() + " at m=" + m);
                    }
                }));
    }

    /** Every output coding of every trainable catalog loss, for 2 and 4 classes. */
    static List<MulticlassLoss> codings() {
        List<MulticlassLoss> all = new ArrayList<>();
        for (var e : LossCatalog.marginLosses().values()) {
            if (!e.factory().get().trainable()) {
                continue; // zero-one: evaluation only, a step function; LossCatalog.coding refuses it
            }
            all.add(new BinaryMargin(e.factory().get()));
            all.add(new OneVsRest(e.factory().get()));
        }
        for (var e : LossCatalog.multiclassLosses().values()) {
            all.add(e.factory().get());
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> scoreGradients() {
        return codings().stream().map(loss -> DynamicTest.dynamicTest(loss.name(), () -> {
            SplittableRandom rng = new SplittableRandom(3);
            int k = loss.numOutputs(4) == 1 ? 2 : 4;
            int outputs = loss.numOutputs(k);
            double[] s = new double[outputs];
            double[] g = new double[outputs];
            double[] scratch = new double[outputs];
            for (int trial = 0; trial < 20; trial++) {
                for (int j = 0; j < outputs; j++) {
                    s[j] = smoothPoint(rng);
                }
                int label = rng.nextInt(k);
                double[] before = s.clone();
                loss.valueAndGradient(s, label, g);
                assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(s), "loss modified its scores");
                for (int j = 0; j < outputs; j++) {
                    double keep = s[j];
                    s[j] = keep + H;
                    double up = loss.valueAndGradient(s, label, scratch);
                    s[j] = keep - H;
                    double down = loss.valueAndGradient(s, label, scratch);
                    s[j] = keep;
                    assertClose(g[j], (up - down) / (2 * H), loss.name() + " d/ds" + j);
                }
            }
        }));
    }

    /** A score whose margins y*s avoid the kinks at 0 and +-1 by at least 0.05. */
    private static double smoothPoint(SplittableRandom rng) {
        while (true) {
            double v = rng.nextDouble(-3, 3);
            double a = Math.abs(v);
            if (a > 0.05 && Math.abs(a - 1) > 0.05) {
                return v;
            }
        }
    }

    /** The whole objective (model x coding x regularizer) against finite differences in every parameter. */
    @TestFactory
    Stream<DynamicTest> objectiveGradients() {
        List<DynamicTest> tests = new ArrayList<>();
        for (NamedModel nm : models()) {
            for (MulticlassLoss loss : codings()) {
                if (!isSmooth(loss)) {
                    continue; // piecewise losses: checked at the score level above, away from kinks
                }
                for (Regularizer reg : regularizers()) {
                    tests.add(DynamicTest.dynamicTest(nm.name() + " x " + loss.name() + " x " + reg.name(),
                            () -> checkObjective(nm, loss, reg, m -> { })));
                }
            }
        }
        return tests.stream();
    }

    /**
     * The structured SVM's primal (versus.structured.StructuredObjective): lambda/2 ||w||^2 plus the
     * mean structured hinge with Hamming loss, unary only and with label pairs, every coordinate by
     * central differences. Piecewise linear: the seeded continuous weights and features keep the
     * loss-augmented maximiser unique, so no kink lies within h of the point.
     */
    @TestFactory
    Stream<DynamicTest> structuredHingeGradients() {
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean pairs : new boolean[] {false, true}) {
            tests.add(DynamicTest.dynamicTest("structured-svm " + (pairs ? "unary + label pairs" : "unary"), () -> {
                Dataset d = versus.data.MultiLabelGenerator.generate(12, 4, List.of("a", "b", "c", "d"), 1.0, new SplittableRandom(8));
                versus.structured.StructuredObjective f = new versus.structured.StructuredObjective(4, 4, pairs, 0.3);
                SplittableRandom rng = new SplittableRandom(pairs ? 21 : 20);
                double[] w = new double[f.numParameters()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = 0.7 * rng.nextGaussian();
                }
                double[] grad = new double[w.length];
                f.valueAndSubgradient(w, d, grad);
                boolean someHinge = false;
                for (int i = 0; i < w.length; i++) {
                    double keep = w[i];
                    w[i] = keep + H;
                    double up = f.valueAndSubgradient(w, d, null);
                    w[i] = keep - H;
                    double down = f.valueAndSubgradient(w, d, null);
                    w[i] = keep;
                    assertClose(grad[i], (up - down) / (2 * H), "structured hinge, parameter " + i);
                    someHinge |= Math.abs(grad[i] - (i < 16 || i >= 20 ? 0.3 * w[i] : 0)) > 1e-3;
                }
                assertTrue(someHinge, "the hinge part of the subgradient is not all zero");
            }));
        }
        return tests.stream();
    }

    /** {@link #trainingModeModels} in training mode, reseeded before every evaluation, x every smooth coding. */
    @TestFactory
    Stream<DynamicTest> trainingModeGradients() {
        List<DynamicTest> tests = new ArrayList<>();
        Regularizer reg = new Regularizer.WeightElimination(0.4, 0.8);
        for (NamedModel nm : trainingModeModels()) {
            for (MulticlassLoss loss : codings()) {
                if (isSmooth(loss)) {
                    tests.add(DynamicTest.dynamicTest(nm.name() + " training x " + loss.name(),
                            () -> checkObjective(nm, loss, reg, m -> m.setTraining(true, new SplittableRandom(17)))));
                }
            }
        }
        return tests.stream();
    }

    /** Batched and per-row paths of every model agree (scores and gradients). */
    @TestFactory
    Stream<DynamicTest> batchAndRowPathsAgree() {
        return models().stream().map(nm -> DynamicTest.dynamicTest(nm.name(), () -> {
            SplittableRandom rng = new SplittableRandom(5);
            int d = 4;
            int k = 3;
            int n = 6;
            double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextDouble(-2, 2);
            }
            Model model = nm.make().apply(d, k);
            model.initialize(new Initializer.Normal(0.5), rng);
            int[] order = {4, 1, 5, 0, 2, 3};
            double[] batch = new double[4 * k];
            model.scoresBatch(x, d, order, 1, 5, batch);
            double[] dScores = new double[4 * k];
            for (int i = 0; i < dScores.length; i++) {
                dScores[i] = rng.nextDouble(-1, 1);
            }
            double[] gBatch = new double[model.numParameters()];
            model.addGradientBatch(x, d, order, 1, 5, dScores, gBatch);
            double[] gRows = new double[model.numParameters()];
            double[] row = new double[k];
            for (int p = 1; p < 5; p++) {
                model.scores(x, order[p] * d, row);
                for (int j = 0; j < k; j++) {
                    assertClose(batch[(p - 1) * k + j], row[j], "score " + j + " of row " + order[p]);
                }
                model.addGradient(x, order[p] * d, java.util.Arrays.copyOfRange(dScores, (p - 1) * k, p * k), gRows);
            }
            for (int i = 0; i < gRows.length; i++) {
                assertClose(gBatch[i], gRows[i], "gradient " + i);
            }
        }));
    }

    /**
     * Whether the whole objective may be checked by finite differences at arbitrary points:
     * false for losses with kinks in the first derivative (hinge-type, perceptron, the multiclass
     * SVM losses). Modified Huber is C1 (only l'' jumps), so central differences stay within the
     * tolerance even next to its switch points; sigmoid and exponential are smooth.
     */
    private static boolean isSmooth(MulticlassLoss loss) {
        String n = loss.name();
        return !(n.contains("hinge") || n.contains("perceptron") || n.startsWith("crammer-singer")
                || n.startsWith("weston-watkins") || n.startsWith("zero-one"));
    }

    /** Finite differences of the whole batch objective; {@code prepare} runs before every evaluation. */
    private static void checkObjective(NamedModel nm, MulticlassLoss loss, Regularizer reg, Consumer<Model> prepare) {
        SplittableRandom rng = new SplittableRandom(11);
        int d = 3;
        int k = loss.numOutputs(4) == 1 ? 2 : 4;
        int n = 7;
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            classes.add("c" + c);
        }
        Dataset data = Dataset.of("fd", d, x, y, classes);
        Model model = nm.make().apply(d, loss.numOutputs(k));
        model.initialize(new Initializer.Normal(0.7), rng);
        checkGradient(new Objective(model, loss, reg), data, prepare);
    }

    /**
     * The reconstruction loss of one row, {@code (1/d) ||s - x||^2}, against central differences
     * in the scores, with the gradient written to a separate array and in place over the scores.
     */
    @TestFactory
    Stream<DynamicTest> reconstructionLoss() {
        return Stream.of(1, 3, 8).map(d -> DynamicTest.dynamicTest("d = " + d, () -> {
            SplittableRandom rng = new SplittableRandom(d);
            double[] s = new double[d + 2];
            double[] x = new double[d + 1];
            for (int j = 0; j < s.length; j++) {
                s[j] = rng.nextDouble(-2, 2);
            }
            for (int j = 0; j < x.length; j++) {
                x[j] = rng.nextDouble(-2, 2);
            }
            double[] g = new double[d + 3];
            double value = ReconstructionObjective.rowLoss(s, 2, x, 1, d, g, 3);
            for (int j = 0; j < d; j++) {
                double keep = s[2 + j];
                s[2 + j] = keep + H;
                double up = ReconstructionObjective.rowLoss(s, 2, x, 1, d, new double[d], 0);
                s[2 + j] = keep - H;
                double down = ReconstructionObjective.rowLoss(s, 2, x, 1, d, new double[d], 0);
                s[2 + j] = keep;
                assertClose(g[3 + j], (up - down) / (2 * H), "d loss / d s_" + j);
            }
            double[] inPlace = s.clone();
            assertEquals(value, ReconstructionObjective.rowLoss(inPlace, 2, x, 1, d, inPlace, 2), 0.0);
            for (int j = 0; j < d; j++) {
                assertEquals(g[3 + j], inPlace[2 + j], 0.0, "in-place gradient " + j);
            }
        }));
    }

    /**
     * The autoencoder objective (reconstruction loss through the whole network, penalty included)
     * for every MLP with hidden layers, in evaluation mode and, for the networks with training aids,
     * in training mode with fixed draws (input noise = the denoising autoencoder).
     */
    @TestFactory
    Stream<DynamicTest> reconstructionObjectiveGradients() {
        List<DynamicTest> tests = new ArrayList<>();
        Regularizer reg = new Regularizer.WeightElimination(0.4, 0.8);
        for (NamedModel nm : models()) {
            if (nm.name().startsWith("mlp") && !nm.name().startsWith("mlp []")) {
                tests.add(DynamicTest.dynamicTest(nm.name(), () -> checkReconstruction(nm, reg, m -> { })));
            }
        }
        for (NamedModel nm : trainingModeModels()) {
            tests.add(DynamicTest.dynamicTest(nm.name() + " training",
                    () -> checkReconstruction(nm, reg, m -> m.setTraining(true, new SplittableRandom(17)))));
        }
        return tests.stream();
    }

    private static void checkReconstruction(NamedModel nm, Regularizer reg, Consumer<Model> prepare) {
        SplittableRandom rng = new SplittableRandom(13);
        int d = 4;
        int n = 7;
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        Dataset data = Dataset.of("fd", d, x, y, List.of("a", "b"));
        Model model = nm.make().apply(d, d);
        model.initialize(new Initializer.Normal(0.7), rng);
        checkGradient(new ReconstructionObjective(model, reg), data, prepare);
    }

    /** Central differences of {@code objective} over all rows of {@code data}, parameter by parameter. */
    private static void checkGradient(TrainingObjective objective, Dataset data, Consumer<Model> prepare) {
        Model model = objective.model();
        int n = data.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] w = model.parameters();
        double[] grad = new double[w.length];
        double[] scratch = new double[w.length];
        prepare.accept(model);
        objective.valueAndGradient(data, order, 0, n, grad);
        for (int i = 0; i < w.length; i++) {
            double keep = w[i];
            w[i] = keep + H;
            prepare.accept(model);
            double up = objective.valueAndGradient(data, order, 0, n, scratch);
            w[i] = keep - H;
            prepare.accept(model);
            double down = objective.valueAndGradient(data, order, 0, n, scratch);
            w[i] = keep;
            assertClose(grad[i], (up - down) / (2 * H), "parameter " + i);
        }
    }
}
