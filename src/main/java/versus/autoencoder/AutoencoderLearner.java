package versus.autoencoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.Standardizer;
import versus.loss.LossCatalog;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.Model;
import versus.objective.ReconstructionObjective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.DivergedException;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.Learner;
import versus.train.Trainer;
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
 * <p>Then, on the training part only: the codes (outputs of hidden layer {@code codeLayer}) are
 * standardized and a softmax regression probe (L2 {@value #PROBE_LAMBDA}, Adam at rate
 * {@value #PROBE_RATE}, {@value #PROBE_EPOCHS} epochs of batch {@value #PROBE_BATCH}) is fitted on
 * them, the linear evaluation protocol of representation learning (Alain and Bengio 2016); and
 * {@link Pca} with the code width is fitted as the linear reference.
 *
 * @param network   the MLP learner whose parts are reused; its loss is not used
 * @param codeLayer 0-based index of the hidden layer read as the code
 */
public record AutoencoderLearner(GradientLearner network, int codeLayer) implements Learner {
    static final double PROBE_LAMBDA = 1e-4;
    static final double PROBE_RATE = 0.01;
    static final int PROBE_EPOCHS = 100;
    static final int PROBE_BATCH = 32;

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
        new Trainer(spec).train(new ReconstructionObjective(net, network.regularizer()), network.optimizer(), train, rng, history);
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
        List<String> names = new java.util.ArrayList<>();
        for (int j = 1; j <= width; j++) {
            names.add("code_" + j);
        }
        Dataset codeData = new Dataset(train.name() + " codes", codes, train.labels(), names, train.classNames(), null);
        Standardizer scaler = Standardizer.fit(codeData);
        Classifier probe = probe(train.numClasses()).fit(scaler.apply(codeData), rng, new History());
        Pca pca = Pca.fit(x, n, d, width);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put(Autoencoder.TRAIN_ERROR, ReconstructionObjective.meanLoss(net, x, d, all));
        diagnostics.put(Autoencoder.PCA_TRAIN_ERROR, pca.meanSquaredError(x, n));
        return new Autoencoder(net, codeLayer, scaler.means(), scaler.scales(), probe, pca, diagnostics);
    }

    /** Softmax regression on the standardized codes; its training history is not recorded. */
    private static Learner probe(int numClasses) {
        return new GradientLearner(LinearModel::new, LossCatalog.coding("softmax", numClasses), Regularizer.ElasticNet.l2(PROBE_LAMBDA),
                new Initializer.Zero(), Adam.withRate(PROBE_RATE), TrainerSpec.miniBatch(PROBE_EPOCHS, PROBE_BATCH));
    }

    /** For the model table: {@code autoencoder, code layer 1 (width 2), softmax probe on the codes}. */
    public static String describe(int codeLayer, int width) {
        return "autoencoder (reconstruction mse), code = hidden layer " + codeLayer + " (width " + width
                + "), softmax-regression probe on the standardized training codes, PCA(" + width + ") reference";
    }
}
