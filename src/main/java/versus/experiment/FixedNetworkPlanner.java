package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.model.Activation;
import versus.model.ActivationCatalog;
import versus.model.FixedNetwork;
import versus.train.FixedLearner;
import versus.train.Budget;

/** {@code model: fixed-network}: layers of given weights, biases and activations, evaluated without training. */
final class FixedNetworkPlanner {
    private final YamlSource src;
    private final ConfigChecks check;
    private final java.util.Optional<Budget> budget;

    FixedNetworkPlanner(ConfigChecks check, java.util.Optional<Budget> budget) {
        this.check = check;
        this.src = check.source();
        this.budget = budget;
    }

    /** A network given layer by layer in the YAML: weights (one row per unit), biases, activation. */
    ModelSpec model(ModelConfig m, String at) {
        if (m.layers() == null || m.layers().isEmpty()) {
            throw src.error(at, "model fixed-network needs 'layers': [{weights: [[...], ...], biases: [...], activation: step}, ...]");
        }
        List<FixedNetwork.Layer> layers = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (int l = 0; l < m.layers().size(); l++) {
            String lat = at + "/layers/" + l;
            ExperimentConfig.LayerConfig c = m.layers().get(l);
            if (c == null || c.weights() == null || c.biases() == null) {
                throw src.error(lat, "a layer needs 'weights' (one row per unit) and 'biases' (one per unit)");
            }
            String name = c.activation() == null ? "step" : c.activation();
            Activation act = ActivationCatalog.byName(name).orElseThrow(() -> src.error(lat + "/activation",
                    "activation '" + name + "' is not available in a fixed network; use one of " + ActivationCatalog.names()));
            double[][] w = new double[c.weights().size()][];
            for (int j = 0; j < w.length; j++) {
                List<Double> row = c.weights().get(j);
                w[j] = new double[row.size()];
                for (int i = 0; i < w[j].length; i++) {
                    w[j][i] = row.get(i);
                }
            }
            double[] b = new double[c.biases().size()];
            for (int j = 0; j < b.length; j++) {
                b[j] = c.biases().get(j);
            }
            layers.add(check.parse(lat, () -> new FixedNetwork.Layer(w, b, act)));
            shape.append(l == 0 ? "" : " -> ").append(w.length).append(' ').append(name);
        }
        check.parse(at + "/layers", () -> new FixedNetwork(layers, layers.get(layers.size() - 1).units() == 1 ? 2
                : layers.get(layers.size() - 1).units()));
        return new ModelSpec(m.name(), at, "fixed network (given weights, not trained): " + shape
                + budget.map(b -> "; the budget does not apply (nothing is trained)").orElse(""), k -> new FixedLearner(layers));
    }
}
