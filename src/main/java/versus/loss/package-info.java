/**
 * Losses, always minimised: {@link versus.loss.MarginLoss} of the margin y*s for y in {-1,+1},
 * and {@link versus.loss.MulticlassLoss}, the output coding of a model (how many scores, how
 * they decode into a class, which probabilities they imply). Imports only {@code versus.math}.
 */
package versus.loss;
