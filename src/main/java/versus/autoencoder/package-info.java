/**
 * Autoencoder mode: an {@link versus.model.Mlp} trained to reproduce its (standardized) input
 * through a narrow code layer ({@link versus.objective.ReconstructionObjective}), a softmax
 * probe fitted on the training codes that lets it appear in the classification tables, and
 * {@link versus.compute.Pca} with the same code width as the linear reference. Imports
 * {@code versus.compute}, {@code versus.data}, {@code versus.loss}, {@code versus.model},
 * {@code versus.objective}, {@code versus.optim} and {@code versus.train}.
 */
package versus.autoencoder;
