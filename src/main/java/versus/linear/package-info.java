/**
 * Exact dual solvers for L2-regularised linear SVMs, on dense standardised rows
 * ({@link versus.linear.LinearProblem}): dual coordinate descent for the hinge and squared hinge
 * with a penalised bias, or SMO pair updates when the bias is free
 * ({@link versus.linear.DualCoordinateDescent}), the sequential dual method for Crammer-Singer
 * ({@link versus.linear.CrammerSingerDual}) and dual coordinate ascent for Weston-Watkins
 * ({@link versus.linear.WestonWatkinsDual}). Every solver minimises Versus's objective
 * {@code J(w) = (1/n) sum_i loss_i + (lambda/2) ||w||^2}, which is lambda times LIBLINEAR's
 * primal {@code 1/2 ||w||^2 + C sum_i loss_i} with {@code C = 1/(lambda n)},
 * and returns the parameters in {@link versus.model.LinearModel}'s layout with the primal and dual
 * objectives as a certificate. Imports {@code versus.loss} and {@code versus.math} only.
 */
package versus.linear;
