package versus.experiment;

import java.util.List;
import java.util.Optional;
import versus.optim.Minimizer;
import versus.plot.Named;
import versus.plot.TestFunctions.TestFunction;

/**
 * One figure requested under {@code plots:}, with names resolved and defaults applied: its kind,
 * the models and data sets it covers (empty = all), and the settings of the kinds that take them
 * (each {@link FigureKind} fills in its own keys, see {@link FigureKind#plan}).
 *
 * @param features    for decision-boundary: the two feature indices (empty: the data must be 2-D)
 * @param functions   for optimizer-paths: 2-D test functions; empty with {@code parabola} for the 1-D case
 * @param parabola    for optimizer-paths: draw gradient descent on f(x) = x^2 from {@code start}
 * @param view      for loss-surface: which picture of the objective (slice for the other kinds)
 * @param between   for loss-surface view interpolation: which two parameter vectors the line joins
 */
public record PlotSpec(FigureKind kind, String pointer, List<String> models, List<String> datasets, String metric,
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

    /** A figure of {@code kind} with no kind-specific settings: the keys' defaults. */
    static PlotSpec of(FigureKind kind, String pointer, List<String> models, List<String> datasets, String metric) {
        return new PlotSpec(kind, pointer, models, datasets, metric, Optional.empty(), List.of(), false, DEFAULT_START,
                List.of(), DEFAULT_STEPS, SurfaceView.SLICE, Endpoints.START_END);
    }

    /** optimizer-paths' default starting point of the 1-D parabola. */
    static final double DEFAULT_START = 3.0;
    /** Optimizer steps drawn by default (30 on the parabola). */
    static final int DEFAULT_STEPS = 100;

    PlotSpec withFeatures(int[] chosen) {
        return new PlotSpec(kind, pointer, models, datasets, metric, Optional.of(chosen), functions, parabola, start, optimizers, steps, view, between);
    }

    PlotSpec withPaths(List<TestFunction> fs, boolean onParabola, double from, List<Named<Minimizer>> opts, int n) {
        return new PlotSpec(kind, pointer, models, datasets, metric, features, List.copyOf(fs), onParabola, from, List.copyOf(opts), n, view, between);
    }

    PlotSpec withView(SurfaceView v, Endpoints ends) {
        return new PlotSpec(kind, pointer, models, datasets, metric, features, functions, parabola, start, optimizers, steps, v, ends);
    }

    /** Whether this figure needs the parameter path of {@code model}'s split-0 training run on {@code dataset}. */
    public boolean needsTrajectory(String model, String dataset) {
        return kind.needsTrajectory(this, model, dataset);
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
