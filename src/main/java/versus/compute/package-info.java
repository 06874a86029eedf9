/**
 * Numerics shared by figures and models that are neither drawing nor training: the damped Newton
 * minimiser of a function of two variables ({@link versus.compute.Newton2d}), principal component
 * analysis of data rows ({@link versus.compute.Pca}, the autoencoder's linear reference and its
 * code scatter) and of a parameter trajectory ({@link versus.compute.PathPca}, the loss surface's
 * training-path plane). Pure functions of numbers; no charts, no files. Imports
 * {@code versus.math}, {@code versus.model} (its dense kernels) and Apache Commons Math;
 * {@code versus.autoencoder} and {@code versus.plot} call it.
 */
package versus.compute;
