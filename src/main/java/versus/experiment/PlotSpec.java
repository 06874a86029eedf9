package versus.experiment;

import java.util.List;
import java.util.Optional;
import versus.optim.OptimizerSpec;
import versus.plot.Named;
import versus.plot.TestFunctions.TestFunction;

/**
 * One figure requested under {@code plots:}, with names resolved: its kind, the models and data
 * sets it covers (empty = all), and what each kind needs.
 *
 * @param features    for decision-boundary: the two feature indices (empty: the data must be 2-D)
 * @param functions   for optimizer-paths: 2-D test functions; empty with {@code parabola} for the 1-D case
 * @param parabola    for optimizer-paths: draw gradient descent on f(x) = x^2 from {@code start}
 * @param exactSurface for loss-surface: the exact J(w, b) of each model's margin loss on one
 *                     feature ({@code features: [j]}) with the optimizers' paths, instead of a
 *                     random slice around the trained parameters
 */
public record PlotSpec(Kind kind, String pointer, List<String> models, List<String> datasets, String metric,
                       Optional<int[]> features, List<TestFunction> functions, boolean parabola, double start,
                       List<Named<OptimizerSpec>> optimizers, int steps, boolean exactSurface) {

    /** The figure kinds and their YAML names. */
    public enum Kind {
        DECISION_BOUNDARY("decision-boundary", "class regions, boundary, margins and support vectors of models on 2-D data (or two features)"),
        SURROGATE_LOSSES("surrogate-losses", "every margin loss against the margin m"),
        ACTIVATIONS("activations", "each activation and its derivative"),
        LEARNING_CURVE("learning-curve", "training (and validation) loss per epoch, mean band over splits"),
        OPTIMIZER_PATHS("optimizer-paths", "optimizer trajectories on test functions (quadratic, rosenbrock, beale, saddle, parabola)"),
        CONFUSION_MATRIX("confusion-matrix", "confusion matrices summed over test splits"),
        ROC("roc", "ROC curves from the pooled test predictions (models with probabilities)"),
        PR("pr", "precision-recall curves from the pooled test predictions"),
        FOLD_SCORES("fold-scores", "box plots of per-split metric values per model"),
        GRADIENT_NORMS("gradient-norms", "per-layer gradient norms per epoch of MLPs (vanishing / exploding gradients)"),
        CRITICAL_DIFFERENCE("critical-difference", "Demsar's critical-difference diagram of average ranks across data sets (Friedman / Nemenyi)"),
        LINEAR_REGIONS("linear-regions", "the input plane coloured by activation pattern of a ReLU MLP, with the number of regions"),
        LOSS_SURFACE("loss-surface", "the loss around the trained parameters along two random filter-normalized directions (Li et al. 2018)"),
        CODES("codes", "autoencoder codes of split 0 coloured by class (first two code units, or PCA of the codes when wider)"),
        RECONSTRUCTIONS("reconstructions", "original vs autoencoder (and PCA) reconstructed test images of split 0 (square feature counts)");

        private final String token;
        private final String description;

        Kind(String token, String description) {
            this.token = token;
            this.description = description;
        }

        public String token() { return token; }
        public String description() { return description; }

        /** Figures that need no data and no trained model. */
        public boolean isStatic() {
            return this == SURROGATE_LOSSES || this == ACTIVATIONS || this == OPTIMIZER_PATHS;
        }

        public static Optional<Kind> parse(String name) {
            for (Kind k : values()) {
                if (k.token.equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public boolean covers(String dataset) {
        return datasets.isEmpty() || datasets.contains(dataset);
    }

    public boolean includes(String model) {
        return models.isEmpty() || models.contains(model);
    }
}
