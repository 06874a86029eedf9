/**
 * Models: {@link versus.model.Model} (differentiable, flat parameters), {@link versus.model.LinearModel},
 * initializers, and {@link versus.model.Classifier}, the trained-model view used by evaluation and
 * plots. Imports {@code versus.math} and {@code versus.loss}.
 */
package versus.model;
