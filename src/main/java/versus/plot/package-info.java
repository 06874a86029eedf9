/**
 * Figures: pure functions from results (classifiers' {@code scores}, histories, predictions,
 * fold values, optimizer specs) to XChart charts, and {@link versus.plot.FigureWriter}, the one
 * place that writes files (PNG and SVG). Colours come from {@link versus.plot.Palette}, shared
 * axis and series styling from {@link versus.plot.Style}. Nothing here trains or reads data.
 * Numerics a figure needs but does not draw (minimisers, PCA) are in {@code versus.compute}.
 * Imports {@code versus.compute}, {@code versus.data}, {@code versus.eval}, {@code versus.loss}, {@code versus.math},
 * {@code versus.model}, {@code versus.objective} (loss surfaces), {@code versus.optim},
 * {@code versus.stats} (critical differences), {@code versus.svm} (support vectors) and
 * {@code versus.train} (histories).
 */
package versus.plot;
