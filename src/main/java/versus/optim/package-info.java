/**
 * Optimizers: hyperparameters as validating {@link versus.optim.OptimizerSpec} records, state in
 * the {@link versus.optim.Optimizer} they create, learning rates as {@link versus.optim.Schedule}
 * functions of the step. Needs nothing from the rest of Versus.
 */
package versus.optim;
