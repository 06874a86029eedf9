package versus.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.eval.Bootstrap;
import versus.eval.ConfusionMatrix;
import versus.eval.Metrics;
import versus.eval.Predictions;
import versus.eval.Split;
import versus.loss.LossCatalog;
import versus.loss.MulticlassLoss;
import versus.model.Activation;
import versus.model.ActivationCatalog;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.train.MarginAnalytics;

/**
 * The golden values, identities and derived reference values of ../shared/seeds/GOLDEN.md (items
 * G04, G08, G20, I01-I09, I12, I13, I15-I17, D01, D02, D06) computed through the library's own
 * activation, loss, objective, metric, initializer, protocol and loader code.
 */
class GoldenIdentitiesTest {
    private static Activation activation(String name) {
        return ActivationCatalog.byName(name).orElseThrow();
    }

    private static final double[] POINTS = {-3.5, -1, -0.25, 0.3, 1, 2.7};

    /** G04 (seed 000, "Activation Function"): tanh(0) = 0, tanh -> 1 for s -> +inf and -1 for s -> -inf (erratum E01). */
    @Test
    void g04TanhValueAndLimits() {
        Activation tanh = activation("tanh");
        assertEquals(0, tanh.value(0), 0);
        assertEquals(1.0, tanh.value(20), 0);
        assertEquals(-1.0, tanh.value(-20), 0);
    }

    /** I01 tanh' = 1 - tanh^2; I03 sigmoid(z) = (1 + tanh(z/2))/2; I04 tanh(x) = 2/(1 + e^-2x) - 1. */
    @Test
    void i01i03i04TanhIdentities() {
        Activation tanh = activation("tanh");
        Activation sigmoid = activation("sigmoid");
        for (double z : POINTS) {
            assertEquals(1 - tanh.value(z) * tanh.value(z), tanh.derivative(z), 1e-12);
            assertEquals((1 + tanh.value(z / 2)) / 2, sigmoid.value(z), 1e-12);
            assertEquals(2 / (1 + Math.exp(-2 * z)) - 1, tanh.value(z), 1e-12);
        }
    }

    /** I02: sigmoid'(z) = sigmoid(z)(1 - sigmoid(z)) = e^-z / (1 + e^-z)^2. */
    @Test
    void i02SigmoidDerivative() {
        Activation sigmoid = activation("sigmoid");
        for (double z : POINTS) {
            double s = sigmoid.value(z);
            assertEquals(s * (1 - s), sigmoid.derivative(z), 1e-15);
            assertEquals(Math.exp(-z) / Math.pow(1 + Math.exp(-z), 2), sigmoid.derivative(z), 1e-12);
        }
    }

    /**
     * I05 (seed 000): arctan' = 1/(x^2 + 1); softplus' = 1/(1 + e^-x); ELU' = f(x) + alpha for
     * x < 0; ReLU' = 0 for x < 0 and 1 for x > 0 (the kink is a convention, see below).
     */
    @Test
    void i05ActivationDerivatives() {
        Activation arctan = activation("arctan");
        Activation softplus = activation("softplus");
        Activation.Elu elu = new Activation.Elu(0.7);
        Activation relu = activation("relu");
        for (double x : POINTS) {
            assertEquals(1 / (x * x + 1), arctan.derivative(x), 1e-12);
            assertEquals(1 / (1 + Math.exp(-x)), softplus.derivative(x), 1e-12);
            if (x < 0) {
                assertEquals(elu.value(x) + 0.7, elu.derivative(x), 1e-12);
            }
            assertEquals(x < 0 ? 0 : 1, relu.derivative(x), 0);
        }
        // At the kink any value in [0, 1] is a subgradient. The notes write 1 for x >= 0; the library
        // takes 0 there, as PyTorch and TensorFlow do, so that a unit at exactly 0 stays inactive.
        assertEquals(0, relu.derivative(0), 0);
        assertEquals(1, relu.derivative(1e-300), 0);
    }

    /** D06 (seed 004, "Leaky ReLU max(0.1x, x)"): f(-2) = -0.2, f(3) = 3. */
    @Test
    void d06LeakyReluOfMinusTwo() {
        Activation leaky = new Activation.LeakyRelu(0.1);
        assertEquals(-0.2, leaky.value(-2), 1e-15);
        assertEquals(3, leaky.value(3), 0);
        assertEquals(0.1, leaky.derivative(-2), 0);
    }

    /** I06 (seed 001): softmax(o1, o2) = (sigmoid(o1 - o2), 1 - sigmoid(o1 - o2)). */
    @Test
    void i06TwoClassSoftmaxIsSigmoidOfTheDifference() {
        MulticlassLoss softmax = LossCatalog.coding("softmax", 2);
        Activation sigmoid = activation("sigmoid");
        double[] p = new double[2];
        for (double o1 : POINTS) {
            double o2 = 0.4 - o1 / 3;
            softmax.probabilities(new double[] {o1, o2}, 2, p);
            assertEquals(sigmoid.value(o1 - o2), p[0], 1e-12);
            assertEquals(1 - sigmoid.value(o1 - o2), p[1], 1e-12);
        }
    }

    /**
     * D02 (the cross-entropy line of seed 004's "Loss functions" on G17's scores): -log softmax_0(3,
     * -5, 2.5) = 0.4742857742 with probabilities (0.6223293815, 0.0002087682, 0.3774618503); and I07
     * (seed 002): d CE / d z_c = softmax_c(z) - 1{y = c}.
     */
    @Test
    void d02i07CrossEntropyOfTheMulticlassSvmScores() {
        MulticlassLoss ce = LossCatalog.coding("cross-entropy", 3);
        double[] scores = {3, -5, 2.5};
        double[] grad = new double[3];
        assertEquals(0.4742857742, ce.valueAndGradient(scores, 0, grad), 1e-10);
        double[] p = new double[3];
        ce.probabilities(scores, 3, p);
        assertArrayEquals(new double[] {0.6223293815, 0.0002087682, 0.3774618503}, p, 1e-10);
        assertArrayEquals(new double[] {p[0] - 1, p[1], p[2]}, grad, 1e-15);
    }

    /** I08 (seeds 002, 003): d(1/2 ||f - y||^2)/d f_c = f_c - y_c, y the one-hot target. */
    @Test
    void i08SquaredLossGradient() {
        MulticlassLoss mse = LossCatalog.coding("mse", 3);
        double[] f = {0.2, -1.5, 0.9};
        double[] grad = new double[3];
        double value = mse.valueAndGradient(f, 2, grad);
        assertEquals(0.5 * (0.04 + 2.25 + 0.01), value, 1e-12);
        assertArrayEquals(new double[] {0.2, -1.5, -0.1}, grad, 1e-12);
    }

    /**
     * I09 (seed 004): d loglik / d beta_j = sum_i (y_i - p(x_i)) x_ij with 0/1 labels; the
     * objective minimises the mean negative log-likelihood, so its gradient is -(1/n) times that.
     */
    @Test
    void i09LogisticRegressionGradient() {
        double[] x = {1, 2, -1, 0.5, 0.3, -2, 2, 1};
        int[] y = {1, 0, 1, 0};
        Dataset data = Dataset.of("lr", 2, x, y, List.of("0", "1"));
        LinearModel model = new LinearModel(2, 1);
        double[] beta = {0.4, -0.3, 0.1}; // w1, w2, bias
        System.arraycopy(beta, 0, model.parameters(), 0, 3);
        Objective nll = new Objective(model, LossCatalog.coding("logistic", 2), new Regularizer.None());
        double[] grad = new double[3];
        nll.valueAndGradient(data, new int[] {0, 1, 2, 3}, 0, 4, grad);
        double[] expected = new double[3];
        for (int i = 0; i < 4; i++) {
            double s = beta[0] * x[2 * i] + beta[1] * x[2 * i + 1] + beta[2];
            double residual = y[i] - 1 / (1 + Math.exp(-s));
            expected[0] -= residual * x[2 * i] / 4;
            expected[1] -= residual * x[2 * i + 1] / 4;
            expected[2] -= residual / 4;
        }
        assertArrayEquals(expected, grad, 1e-12);
    }

    /**
     * G20 (seed 003, confusion matrix) and I12 (its metric slides): rows are the actual class,
     * columns the prediction; sensitivity TP/(TP+FN), specificity TN/(TN+FP), accuracy, precision
     * TP/(TP+FP), F1 = 2TP/(2TP+FP+FN), the harmonic mean of precision and recall. Counts TP 7,
     * FN 3, FP 2, TN 8 with class 1 as the positive class.
     */
    @Test
    void g20i12ConfusionLayoutAndMetricFormulas() {
        int tp = 7;
        int fn = 3;
        int fp = 2;
        int tn = 8;
        int n = tp + fn + fp + tn;
        int[] truth = new int[n];
        int[] predicted = new int[n];
        int i = 0;
        for (int[] cell : new int[][] {{1, 1, tp}, {1, 0, fn}, {0, 1, fp}, {0, 0, tn}}) {
            for (int c = 0; c < cell[2]; c++, i++) {
                truth[i] = cell[0];
                predicted[i] = cell[1];
            }
        }
        Predictions p = new Predictions(2, truth, predicted, null);
        ConfusionMatrix cm = ConfusionMatrix.of(p);
        assertEquals(fn, cm.count(1, 0)); // actual P, predicted N': a false negative
        assertEquals(fp, cm.count(0, 1));
        double precision = Metrics.byName("precision").orElseThrow().compute(p);
        double recall = Metrics.byName("recall").orElseThrow().compute(p);
        assertEquals(tp / (double) (tp + fn), recall, 1e-15);
        assertEquals(tn / (double) (tn + fp), Metrics.byName("specificity").orElseThrow().compute(p), 1e-15);
        assertEquals((tp + tn) / (double) n, Metrics.byName("accuracy").orElseThrow().compute(p), 1e-15);
        assertEquals(tp / (double) (tp + fp), precision, 1e-15);
        double f1 = Metrics.byName("f1").orElseThrow().compute(p);
        assertEquals(2.0 * tp / (2 * tp + fp + fn), f1, 1e-15);
        assertEquals(2 * precision * recall / (precision + recall), f1, 1e-15);
    }

    /**
     * I13 (seed 001): with Kaiming weights N(0, 2/m) and unit-variance inputs, h = w.x has variance
     * 2 and E[relu(h)^2] = Var(h)/2 = 1, the second moment of the input: the scale is kept.
     */
    @Test
    void i13KaimingKeepsTheSecondMomentThroughRelu() {
        int m = 64;
        int samples = 20_000;
        SplittableRandom rng = new SplittableRandom(13);
        double[] w = new double[m];
        double sumSq = 0;
        double reluSq = 0;
        for (int s = 0; s < samples; s++) {
            new Initializer.Kaiming().fill(w, 0, m, m, 1, rng);
            double h = 0;
            for (int i = 0; i < m; i++) {
                h += w[i] * rng.nextGaussian();
            }
            sumSq += h * h;
            reluSq += h > 0 ? h * h : 0;
        }
        assertEquals(2.0, sumSq / samples, 0.06);
        assertEquals(1.0, reluSq / samples, 0.04);
        assertEquals(0.5, reluSq / sumSq, 0.02);
    }

    /** I15 (seed 004): the margin between w.x + b = +1 and -1 is 2/||w||; w = (3, 4) gives 0.4. */
    @Test
    void i15MarginWidthOfWeightsThreeFour() {
        LinearModel model = new LinearModel(2, 1);
        System.arraycopy(new double[] {3, 4, -1}, 0, model.parameters(), 0, 3);
        Dataset data = Dataset.of("m", 2, new double[] {1, 1, -1, -1}, new int[] {1, 0}, List.of("-1", "+1"));
        Map<String, Double> analytics = MarginAnalytics.of(model, LossCatalog.coding("hinge", 2), data);
        assertEquals(0.4, analytics.get("margin-width"), 1e-15);
    }

    /** I16 (seed 000): weight elimination w^2/(1 + w^2) is 9.999e-5 at w = 0.01 and 0.9999 at w = 100. */
    @Test
    void i16WeightEliminationAtSmallAndLargeWeights() {
        Regularizer.WeightElimination we = new Regularizer.WeightElimination(1, 1);
        assertEquals(9.999e-5, we.term(0.01), 1e-8);
        assertEquals(1e-4 / (1 + 1e-4), we.term(0.01), 1e-18);
        assertEquals(0.9999, we.term(100), 1e-8);
    }

    /** I17 (seeds 001, 002): with identity activations a network is one affine map W2 (W1 x + b1) + b2. */
    @Test
    void i17IdentityNetworkCollapsesToOneLinearMap() {
        Mlp net = new Mlp(3, new int[] {4}, activation("identity"), 2);
        SplittableRandom rng = new SplittableRandom(17);
        double[] theta = net.parameters();
        for (int i = 0; i < theta.length; i++) {
            theta[i] = rng.nextDouble(-1, 1);
        }
        double[] x = {0.5, -1.2, 2.0};
        double[] hidden = new double[4];
        for (int j = 0; j < 4; j++) {
            hidden[j] = theta[net.biasOffset(0) + j];
            for (int i = 0; i < 3; i++) {
                hidden[j] += theta[net.weightOffset(0) + j * 3 + i] * x[i];
            }
        }
        double[] expected = new double[2];
        for (int k = 0; k < 2; k++) {
            expected[k] = theta[net.biasOffset(1) + k];
            for (int j = 0; j < 4; j++) {
                expected[k] += theta[net.weightOffset(1) + k * 4 + j] * hidden[j];
            }
        }
        double[] out = new double[2];
        net.scores(x, 0, out);
        assertArrayEquals(expected, out, 1e-12);
    }

    /**
     * D01 (seed 003 names the .632 bootstrap): a row is left out of a bootstrap sample of size n
     * with probability (1 - 1/n)^n, 0.348678 for n = 10; the library's resamples leave out that
     * share on average (4,000 resamples: standard error about 0.0024).
     */
    @Test
    void d01OutOfBagShareOfTheBootstrap() {
        int n = 10;
        double[] x = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 2;
        }
        Dataset data = Dataset.of("ten", 1, x, y, List.of("a", "b"));
        List<Split> splits = new Bootstrap(4000, Bootstrap.Estimator.OOB).splits(data, new SplittableRandom(1));
        double outOfBag = 0;
        for (Split s : splits) {
            outOfBag += s.test().length / (double) n;
        }
        assertEquals(Math.pow(0.9, 10), 0.348678, 1e-6);
        assertEquals(0.348678, outOfBag / splits.size(), 0.01);
    }

    /** G08 (seed 001, "One-hot encoding"): classes cat, dog, horse, car in the declared order map to e_0 .. e_3. */
    @Test
    void g08OneHotOfFourDeclaredClasses(@TempDir Path dir) throws IOException {
        Path arff = dir.resolve("animals.arff");
        Files.writeString(arff, "@relation animals\n@attribute weight numeric\n@attribute animal {cat,dog,horse,car}\n@data\n"
                + "4,cat\n30,dog\n500,horse\n1200,car\n");
        Dataset data = DatasetLoader.load(arff, "animals", LoadOptions.defaults());
        assertEquals(List.of("cat", "dog", "horse", "car"), data.classNames());
        // the softmax gradient at equal scores is 1/K - onehot(y), so the one-hot target is 1/K - gradient
        MulticlassLoss softmax = LossCatalog.coding("softmax", 4);
        double[] grad = new double[4];
        for (int i = 0; i < 4; i++) {
            softmax.valueAndGradient(new double[4], data.label(i), grad);
            double[] oneHot = new double[4];
            for (int k = 0; k < 4; k++) {
                oneHot[k] = 0.25 - grad[k];
            }
            double[] expected = new double[4];
            expected[i] = 1;
            assertArrayEquals(expected, oneHot, 1e-15);
        }
    }
}
