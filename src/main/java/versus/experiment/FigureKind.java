package versus.experiment;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import versus.data.Dataset;
import versus.report.FigureRef;

/**
 * One kind of figure under {@code plots:}: the single place that knows its YAML name, its
 * description, the plot keys it takes and their defaults, the checks it makes when the experiment
 * is planned and when the data are loaded, and how it is drawn. {@link FigureKinds} lists them;
 * {@code versus list plots}, the planner's key checks and the plotter read that list.
 *
 * <p>A new figure kind is one class implementing this (usually by extending
 * {@link PerDatasetFigure}) and its entry in {@link FigureKinds}: in its built-in list, or one
 * line in a {@code META-INF/services/versus.experiment.FigureKind} file on the class path.
 */
interface FigureKind {
    /** The YAML name, e.g. {@code decision-boundary}. */
    String token();

    /** One line for {@code versus list plots}. */
    String description();

    /** The plot keys besides kind, models and datasets that it reads (e.g. {@code metric}, {@code features}). */
    default Set<String> keys() {
        return Set.of();
    }

    /** Whether it needs no data and no trained model. */
    default boolean isStatic() {
        return false;
    }

    /** Whether it needs one class per row (not label sets). */
    default boolean singleLabelOnly() {
        return false;
    }

    /**
     * Reads its own keys from the YAML entry into {@code spec} (which has the shared ones: models,
     * data sets, metric) and checks it against the experiment, so that a figure that could never
     * be drawn fails before training.
     */
    default PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        return spec;
    }

    /** Checks one data set the figure covers, once loaded (before any training). */
    default void checkData(PlotSpec spec, String dataset, Dataset data, YamlSource src) {
    }

    /** Whether {@code model}'s split-0 run on {@code dataset} must record its parameter path for this figure. */
    default boolean needsTrajectory(PlotSpec spec, String model, String dataset) {
        return false;
    }

    /** Draws the figure (one per covered data set for most kinds) named {@code base}; none when there is nothing to draw. */
    List<FigureRef> draw(PlotSpec spec, FigureContext ctx, String base) throws IOException;
}
