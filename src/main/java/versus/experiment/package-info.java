/**
 * Experiments: the YAML records ({@link versus.experiment.ExperimentConfig}) with every value
 * located in its file, {@link versus.experiment.PlanBuilder} (names to specs through the
 * registries, each mistake a one-line FILE:LINE:COL error), the {@link versus.experiment.Runner}
 * (deterministic parallel tasks), the {@link versus.experiment.Plotter} and the picocli
 * {@link versus.experiment.Main}. Wires every other package.
 */
package versus.experiment;
