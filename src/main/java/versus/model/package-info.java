/**
 * Models: {@link versus.model.Model} (differentiable, flat parameters), {@link versus.model.LinearModel},
 * {@link versus.model.Mlp} (hand-written backpropagation, activations, dropout, batch normalization,
 * dense kernels, the activation patterns and linear regions of piecewise-linear units in
 * {@link versus.model.ActivationRegions}), initializers, {@link versus.model.FixedNetwork} (given threshold units), and
 * {@link versus.model.Classifier}, the trained-model view used by evaluation and plots. Imports
 * {@code versus.math} and {@code versus.loss}.
 */
package versus.model;
