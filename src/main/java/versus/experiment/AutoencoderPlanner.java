package versus.experiment;

import java.util.List;
import java.util.function.BiFunction;
import versus.autoencoder.AutoencoderLearner;
import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.train.GradientLearner;

/**
 * {@code model: autoencoder}: an mlp entry (hidden, activation, init, regularizer, optimizer,
 * epochs, early stopping, dropout, input noise, clip, ...) with output identity and loss mse
 * fixed, plus {@code code-layer}, the 0-based hidden layer read as the code (default: the
 * narrowest, the first of equals). Also checks that autoencoder figures have an autoencoder
 * to draw.
 */
final class AutoencoderPlanner {
    /** The hidden widths when {@code hidden} is not given: 32 -> 2 -> 32. */
    static final List<Integer> DEFAULT_HIDDEN = List.of(32, 2, 32);

    private final YamlSource src;

    AutoencoderPlanner(YamlSource src) {
        this.src = src;
    }

    /** The autoencoder entry; {@code mlp} plans the network as an mlp entry (validating its keys). */
    ModelSpec model(ModelConfig m, String at, BiFunction<ModelConfig, String, ModelSpec> mlp) {
        if (m.output() != null && !m.output().equals("identity")) {
            throw src.error(at + "/output", "an autoencoder reproduces its inputs: output identity (the default), got '" + m.output() + "'");
        }
        if (m.loss() != null && !m.loss().equals("mse")) {
            throw src.error(at + "/loss", "an autoencoder is trained on reconstruction error: loss mse (the default), got '" + m.loss()
                    + "'; its class predictions come from a softmax probe on the codes");
        }
        if (m.objective() != null && !m.objective().equals("pointwise")) {
            throw src.error(at + "/objective", "an autoencoder reconstructs rows: objective pointwise (the default), got '" + m.objective() + "'");
        }
        List<Integer> hidden = m.hidden() == null ? DEFAULT_HIDDEN : m.hidden();
        if (hidden.isEmpty()) {
            throw src.error(at + "/hidden", "an autoencoder needs at least one hidden layer (the code), e.g. hidden: [32, 2, 32]");
        }
        int codeLayer = m.codeLayer() == null ? narrowest(hidden) : m.codeLayer();
        if (codeLayer < 0 || codeLayer >= hidden.size()) {
            throw src.error(at + "/code-layer", "code-layer is a 0-based index of the hidden layers " + hidden + ": 0.."
                    + (hidden.size() - 1) + ", got " + codeLayer);
        }
        ModelConfig network = YamlSource.withValue(YamlSource.withValue(YamlSource.withValue(m, "output", "identity"), "loss", "mse"),
                "hidden", hidden);
        ModelSpec base = mlp.apply(network, at);
        int width = hidden.get(codeLayer);
        return new ModelSpec(m.name(), at, AutoencoderLearner.describe(codeLayer, width) + "; network " + base.summary(),
                k -> new AutoencoderLearner((GradientLearner) base.learnerFor().apply(k), codeLayer));
    }

    private static int narrowest(List<Integer> hidden) {
        int best = 0;
        for (int i = 1; i < hidden.size(); i++) {
            if (hidden.get(i) < hidden.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether the entry trains an autoencoder (building its learner is cheap: nothing is trained;
     * a model that cannot be built for two classes is not one, and is reported where its data are checked).
     */
    static boolean isAutoencoder(ModelSpec m) {
        try {
            return trainsAutoencoder(m.learnerFor().apply(2));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An autoencoder learner, or a grid whose candidates are all autoencoders (the refit winner is one). */
    private static boolean trainsAutoencoder(versus.train.Learner learner) {
        if (learner instanceof versus.eval.GridSearch grid) {
            return grid.candidates().stream().allMatch(c -> trainsAutoencoder(c.learner()));
        }
        return learner instanceof AutoencoderLearner;
    }
}
