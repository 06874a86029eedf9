package versus.autoencoder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import versus.compute.Pca;
import versus.data.Dataset;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.model.Model;
import versus.objective.ReconstructionObjective;
import versus.train.DivergedException;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.Learner;
import versus.train.Trainer;
import versus.train.Training;
import versus.train.TrainerSpec;

/**
 * Trains an autoencoder and a linear probe on its codes. The {@code network} learner supplies
 * everything the MLP mode has (architecture, initializer, regularizer, optimizer, trainer spec
 * with early stopping, clipping, dropout, input noise, batch normalization); here its
 * architecture is built with as many outputs as inputs and trained on
 * {@link ReconstructionObjective} (targets = the training rows, standardized as the runner
 * gives them; labels unused). The recorded history is the reconstruction loss per epoch
 * ({@code train-loss}, {@code validation-loss} with early stopping).
 *
 * <p>Then, on the training part only: a softmax-regression {@link Probe} is fitted on the codes
 * (outputs of hidden layer {@code codeLayer}); it gives the class predictions. {@link Pca} with
 * the code width is fitted as the linear reference, with a probe of its own on the PCA codes.
 *
 * @param network   the MLP learner whose parts are reused; its loss is not used
 * @param codeLayer 0-based index of the hidden layer read as the code
 */
public record AutoencoderLearner(GradientLearner network, int codeLayer) implements Learner {
    public AutoencoderLearner {
        java.util.Objects.requireNonNull(network, "network");
        if (codeLayer < 0) {
            throw new IllegalArgumentException("code-layer must be >= 0, got " + codeLayer);
        }
    }

    @Override
    public Autoencoder fit(Dataset train, RandomGenerator rng, History history) {
        int d = train.cols();
        Model model = network.architecture().apply(d, d);
        if (!(model instanceof Mlp net)) {
            throw new IllegalArgumentException("an autoencoder is an mlp, got " + model);
        }
        if (codeLayer >= net.hidden().length) {
            throw new IllegalArgumentException("code-layer " + codeLayer + " is not a hidden layer of " + net);
        }
        net.initialize(network.initializer(), rng);
        TrainerSpec spec = network.trainer();
        Trainer.Usage used = Training.minimize(spec, new ReconstructionObjective(net, network.regularizer()), network.optimizer(), train,
                rng, history);
        if (!versus.math.Vectors.allFinite(net.parameters())) {
            throw new DivergedException(spec.epochs(), Double.NaN);
        }
        int n = train.rows();
        int width = net.hidden()[codeLayer];
        double[] x = train.features();
        double[] codes = new double[n * width];
        double[] code = new double[width];
        for (int i = 0; i < n; i++) {
            net.hiddenOutputs(codeLayer, x, i * d, code);
            System.arraycopy(code, 0, codes, i * width, width);
        }
        Probe probe = Probe.fit(codes, width, train, rng);
        Pca pca = Pca.fit(x, n, d, width);
        double[] pcaCodes = new double[n * pca.components()];
        double[] pcaCode = new double[pca.components()];
        for (int i = 0; i < n; i++) {
            pca.encode(x, i * d, pcaCode);
            System.arraycopy(pcaCode, 0, pcaCodes, i * pcaCode.length, pcaCode.length);
        }
        Probe pcaProbe = Probe.fit(pcaCodes, pcaCode.length, train, rng);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put(Autoencoder.TRAIN_ERROR, ReconstructionObjective.meanLoss(net, x, d, all));
        diagnostics.put(Autoencoder.PCA_TRAIN_ERROR, pca.meanSquaredError(x, n));
        diagnostics.put("epochs-run", used.epochsRun());
        diagnostics.put("gradient-evaluations", (double) used.gradientEvaluations());
        return new Autoencoder(net, codeLayer, probe, pca, pcaProbe, diagnostics);
    }

    /** For the model table: {@code autoencoder, code layer 1 (width 2), softmax probe on the codes}. */
    public static String describe(int codeLayer, int width) {
        return "autoencoder (reconstruction mse), code = hidden layer " + codeLayer + " (width " + width
                + "), softmax-regression probe on the standardized training codes, PCA(" + width + ") reference";
    }
}
