/**
 * Training: the mini-batch {@link versus.train.Trainer} with early stopping, per-epoch
 * {@link versus.train.History}, and {@link versus.train.Learner}s that compose model, loss,
 * regularizer and optimizer. Imports {@code data}, {@code math}, {@code loss}, {@code model},
 * {@code objective}, {@code optim}.
 */
package versus.train;
