package versus.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.compute.Pca;
import versus.data.Dataset;
import versus.loss.LossCatalog;
import versus.model.Activation;
import versus.model.HiddenUnits;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.objective.ReconstructionObjective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.TrainerSpec;

class AutoencoderTest {
    private static final Activation IDENTITY = new Activation.Identity();

    /** A 2-[1]-2 identity network with W0 = [1, 2], b0 = 0.5, W1 = [1, -1]^T, b1 = (0, 1). */
    private static Mlp tiny() {
        Mlp net = new Mlp(2, new int[] {1}, IDENTITY, 2);
        double[] w = net.parameters();
        w[net.weightOffset(0)] = 1;
        w[net.weightOffset(0) + 1] = 2;
        w[net.biasOffset(0)] = 0.5;
        w[net.weightOffset(1)] = 1;
        w[net.weightOffset(1) + 1] = -1;
        w[net.biasOffset(1)] = 0;
        w[net.biasOffset(1) + 1] = 1;
        return net;
    }

    @Test
    void reconstructionLossByHandOnATinyNet() {
        // x = (1, 1): code h = 1 + 2 + 0.5 = 3.5, output (3.5, -3.5 + 1) = (3.5, -2.5),
        // loss ((3.5 - 1)^2 + (-2.5 - 1)^2) / 2 = (6.25 + 12.25) / 2 = 9.25
        Mlp net = tiny();
        double[] x = {1, 1, 0, 2};
        assertEquals(9.25, ReconstructionObjective.meanLoss(net, x, 2, new int[] {0}), 1e-12);
        // x = (0, 2): h = 4.5, output (4.5, -3.5), loss (4.5^2 + 5.5^2) / 2 = (20.25 + 30.25) / 2 = 25.25
        assertEquals((9.25 + 25.25) / 2, ReconstructionObjective.meanLoss(net, x, 2, new int[] {0, 1}), 1e-12);
        Dataset data = Dataset.of("tiny", 2, x, new int[] {0, 1}, List.of("a", "b"));
        double[] grad = new double[net.numParameters()];
        double j = new ReconstructionObjective(net, new Regularizer.None()).valueAndGradient(data, new int[] {0, 1}, 0, 2, grad);
        assertEquals(17.25, j, 1e-12);
        // d J / d b1 = mean over rows of 2 (s - x) / 2 = ((2.5, -3.5) + (4.5, -5.5)) / 2
        assertEquals(3.5, grad[net.biasOffset(1)], 1e-12);
        assertEquals(-4.5, grad[net.biasOffset(1) + 1], 1e-12);
        double[] code = new double[1];
        net.hiddenOutputs(0, x, 2, code);
        assertEquals(4.5, code[0], 1e-12);
    }

    @Test
    void objectiveNeedsAsManyOutputsAsInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReconstructionObjective(new Mlp(3, new int[] {2}, IDENTITY, 2), new Regularizer.None()));
    }

    /** n rows of x = A z + mu with z in R^2: rank-2 data in R^6. */
    private static Dataset rankTwo(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = 6;
        double[][] a = new double[d][2];
        for (double[] row : a) {
            row[0] = rng.nextDouble(-1, 1);
            row[1] = rng.nextDouble(-1, 1);
        }
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double z0 = rng.nextGaussian();
            double z1 = rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                x[i * d + j] = a[j][0] * z0 + a[j][1] * z1 + 0.1 * j;
            }
            y[i] = z0 > 0 ? 1 : 0;
        }
        return Dataset.of("rank2", d, x, y, List.of("neg", "pos"));
    }

    private static AutoencoderLearner learner(int[] hidden, Activation f, int codeLayer, int epochs) {
        GradientLearner network = new GradientLearner((d, k) -> new Mlp(d, hidden, new HiddenUnits.Pointwise(f), k, MlpOptions.NONE),
                LossCatalog.coding("mse", 2), new Regularizer.None(), new Initializer.Xavier(), Adam.withRate(0.01),
                TrainerSpec.miniBatch(epochs, 16));
        return new AutoencoderLearner(network, codeLayer);
    }

    @Test
    void linearAutoencoderReconstructsRankTwoDataAlmostExactly() {
        Dataset train = rankTwo(200, 1);
        History history = new History();
        Autoencoder ae = learner(new int[] {2}, IDENTITY, 0, 300).fit(train, new SplittableRandom(2), history);
        double aeError = ae.diagnostics().get(Autoencoder.TRAIN_ERROR);
        double pcaError = ae.diagnostics().get(Autoencoder.PCA_TRAIN_ERROR);
        assertTrue(pcaError < 1e-20, "PCA(2) of rank-2 data is exact: " + pcaError);
        assertTrue(aeError < 1e-4, "linear autoencoder error " + aeError);
        double first = history.series("train-loss")[0];
        assertTrue(first > 100 * aeError, "the loss fell from " + first + " to " + aeError);
        Dataset test = rankTwo(50, 1); // the same subspace (same A), fresh rows
        assertTrue(ae.testDiagnostics(test.features(), test.labels(), test.rows()).get(Autoencoder.TEST_ERROR) < 1e-3);
    }

    @Test
    void linearAutoencoderApproachesPcaFromAboveOnFullRankData() {
        Dataset clean = rankTwo(300, 7);
        double[] x = clean.features().clone();
        SplittableRandom noise = new SplittableRandom(8);
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.3 * noise.nextGaussian(); // full rank now: PCA(2) leaves the noise of 4 directions
        }
        Dataset train = clean.withFeatures(x, clean.featureNames());
        Autoencoder ae = learner(new int[] {2}, IDENTITY, 0, 300).fit(train, new SplittableRandom(9), new History());
        double aeError = ae.diagnostics().get(Autoencoder.TRAIN_ERROR);
        double pcaError = ae.diagnostics().get(Autoencoder.PCA_TRAIN_ERROR);
        assertTrue(pcaError > 0.03, "PCA(2) error " + pcaError);
        assertTrue(aeError >= pcaError * (1 - 1e-9), "no rank-2 linear map beats PCA: " + aeError + " < " + pcaError);
        assertTrue(aeError <= pcaError * 1.02, "the linear autoencoder converges to PCA's error: " + aeError + " vs " + pcaError);
    }

    @Test
    void codesHaveTheCodeLayersWidthAndFeedTheProbe() {
        Dataset train = rankTwo(120, 3);
        Autoencoder ae = learner(new int[] {5, 3, 5}, new Activation.Tanh(), 1, 30).fit(train, new SplittableRandom(4), new History());
        assertEquals(3, ae.codeWidth());
        assertEquals(1, ae.codeLayer());
        assertEquals(3, ae.pca().components());
        double[] code = new double[3];
        double[] direct = new double[3];
        ae.encode(train.features(), train.offset(7), code);
        ae.network().hiddenOutputs(1, train.features(), train.offset(7), direct);
        assertArrayEquals(direct, code, 0.0);
        for (double c : code) {
            assertTrue(Math.abs(c) < 1, "tanh codes lie in (-1, 1): " + c);
        }
        assertEquals(2, ae.numClasses());
        double[] scores = new double[ae.numScores()];
        int right = 0;
        for (int i = 0; i < train.rows(); i++) {
            ae.scores(train.features(), train.offset(i), scores);
            right += ae.decide(scores) == train.label(i) ? 1 : 0;
        }
        assertTrue(right > 0.8 * train.rows(), "the probe separates the sign of z0 from the codes: " + right + " of " + train.rows());
        double pcaProbe = ae.testDiagnostics(train.features(), train.labels(), train.rows()).get(Autoencoder.PCA_PROBE_ACCURACY);
        assertTrue(pcaProbe > 0.8, "PCA(3) keeps the plane of z, so its probe separates the classes too: " + pcaProbe);
    }

    @Test
    void codeLayerMustBeAHiddenLayer() {
        Dataset train = rankTwo(20, 5);
        assertThrows(IllegalArgumentException.class,
                () -> learner(new int[] {4}, IDENTITY, 1, 1).fit(train, new SplittableRandom(1), new History()));
        assertThrows(IllegalArgumentException.class, () -> learner(new int[] {4}, IDENTITY, -1, 1));
    }

    @Test
    void pcaKeepsTheDirectionOfLargestVariance() {
        // (t, e) with t = -3, -1, 1, 3 and e = 1, -1, -1, 1: uncorrelated, variances 5 and 1, so the first
        // component is the x axis and PCA(1) leaves e: error sum e^2 / (4 rows * 2 columns) = 0.5
        double[] x = {-3, 1, -1, -1, 1, -1, 3, 1};
        Pca one = Pca.fit(x, 4, 2, 1);
        assertEquals(0.5, one.meanSquaredError(x, 4), 1e-12);
        double[] code = new double[1];
        double[] out = new double[2];
        one.reconstruct(x, 6, code, out);
        assertEquals(3, Math.abs(code[0]), 1e-12);
        assertArrayEquals(new double[] {3, 0}, out, 1e-12);
        assertEquals(0, Pca.fit(x, 4, 2, 2).meanSquaredError(x, 4), 1e-20);
        assertEquals(2, Pca.fit(x, 4, 2, 5).components()); // at most the number of columns
    }
}
