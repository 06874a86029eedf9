/**
 * Losses, always minimised: {@link versus.loss.MarginLoss} of the margin y*s for y in {-1,+1},
 * and {@link versus.loss.MulticlassLoss}, the output coding of a model (how many scores, how
 * they decode into a class, which probabilities they imply). Imports only {@code versus.math}.
 *
 * <p>Margin losses: zero-one (evaluation only: {@link versus.loss.MarginLoss#trainable()} is false
 * and {@link versus.loss.LossCatalog#coding} refuses it), perceptron and hinge
 * ({@link versus.loss.Hinge}), squared hinge, logistic (and logistic2 = logistic / ln 2 through
 * {@link versus.loss.Scaled}), modified Huber (Zhang's form and the DL1 notes' variant, one
 * {@link versus.loss.ModifiedHuber} record with its switch point), exponential, sigmoid (two
 * variants of one {@link versus.loss.Sigmoid} record) and squared. Multiclass losses: softmax
 * cross-entropy, Crammer-Singer and Weston-Watkins. {@link versus.loss.LossCatalog} names them all.
 *
 * <p>Conventions: a derivative is a true derivative of the minimised loss; at a kink it is the
 * subgradient stated in the class (hinge-type losses take the active side, -1, at the kink);
 * values stay finite for |m| = 1000 except the exponential loss, whose true value e^1000 is not a
 * double and which returns +Infinity.
 */
package versus.loss;
