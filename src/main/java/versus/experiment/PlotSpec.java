package versus.experiment;

import java.util.List;
import java.util.Optional;
import versus.optim.Minimizer;
import versus.plot.Named;
import versus.plot.TestFunctions.TestFunction;

/**
 * One figure requested under {@code plots:}, with names resolved: its kind, the models and data
 * sets it covers (empty = all), and what each kind needs.
 *
 * @param features    for decision-boundary: the two feature indices (empty: the data must be 2-D)
 * @param functions   for optimizer-paths: 2-D test functions; empty with {@code parabola} for the 1-D case
 * @param parabola    for optimizer-paths: draw gradient descent on f(x) = x^2 from {@code start}
 * @param view      for loss-surface: which picture of the objective (slice for the other kinds)
 * @param between   for loss-surface view interpolation: which two parameter vectors the line joins
 */
public record PlotSpec(Kind kind, String pointer, List<String> models, List<String> datasets, String metric,
                       Optional<int[]> features, List<TestFunction> functions, boolean parabola, double start,
                       List<Named<Minimizer>> optimizers, int steps, SurfaceView view, Endpoints between) {

    /** The pictures of a loss surface ({@code view:}). */
    public enum SurfaceView {
        /** J around the trained parameters along two random filter-normalized directions (Li et al. 2018). */
        SLICE("slice"),
        /** The exact J(w, b) of each model's margin loss on one feature ({@code features: [j]}) with optimizer paths. */
        EXACT("exact"),
        /** J on the plane of the top two PCA directions of the training path, with the path projected (Li et al. 2018, Sec. 7). */
        PCA_PATH("pca-path"),
        /** J along the line through two parameter vectors, t in [-0.5, 1.5] (Goodfellow, Vinyals and Saxe 2015). */
        INTERPOLATION("interpolation");

        private final String token;

        SurfaceView(String token) {
            this.token = token;
        }

        public String token() { return token; }

        public static Optional<SurfaceView> parse(String name) {
            return byToken(values(), SurfaceView::token, name);
        }
    }

    /** The two ends of an interpolation ({@code between:}). */
    public enum Endpoints {
        /** Each model's initial and trained parameters: one panel per model. */
        START_END("start-end"),
        /** The trained parameters of the two models named in {@code models:} (same architecture). */
        MODELS("models");

        private final String token;

        Endpoints(String token) {
            this.token = token;
        }

        public String token() { return token; }

        public static Optional<Endpoints> parse(String name) {
            return byToken(values(), Endpoints::token, name);
        }
    }

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
        LOSS_SURFACE("loss-surface", "the loss around the trained parameters (view: slice, exact, pca-path, interpolation; Li et al. 2018)"),
        OBJECTIVE_VS_TIME("objective-vs-time", "the training objective against wall-clock seconds of training, mean band over splits"),
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

    /** Whether this figure is the exact J(w, b) of a one-feature linear model. */
    public boolean exactSurface() {
        return kind == Kind.LOSS_SURFACE && view == SurfaceView.EXACT;
    }

    /** Whether this figure needs the parameter path of {@code model}'s split-0 training run on {@code dataset}. */
    public boolean needsTrajectory(String model, String dataset) {
        boolean path = view == SurfaceView.PCA_PATH || view == SurfaceView.INTERPOLATION && between == Endpoints.START_END;
        return kind == Kind.LOSS_SURFACE && path && includes(model) && covers(dataset);
    }

    /** The constant whose YAML token is {@code name}. */
    private static <E> Optional<E> byToken(E[] values, java.util.function.Function<E, String> token, String name) {
        for (E v : values) {
            if (token.apply(v).equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public boolean covers(String dataset) {
        return datasets.isEmpty() || datasets.contains(dataset);
    }

    public boolean includes(String model) {
        return models.isEmpty() || models.contains(model);
    }
}
