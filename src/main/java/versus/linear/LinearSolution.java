package versus.linear;

/**
 * What a linear dual solver returns.
 *
 * @param parameters     {@link versus.model.LinearModel} layout: rows of {@code (w_1..w_d, b)}, bias
 *                       last; one row for a binary problem, K rows for K classes
 * @param converged      whether the stopping measure met {@code tolerance} within the pass limit
 * @param iterations     outer iterations made (passes over the data; for the SMO solver, blocks
 *                       of n pair updates)
 * @param violation      the final stopping measure (projected-gradient spread or maximal
 *                       violating pair gap)
 * @param tolerance      the tolerance it was compared with
 * @param primal         the objective minimised, at {@code parameters}: Versus's
 *                       {@code J = (1/n) sum_i loss_i + (lambda/2) ||w||^2}, with {@code b^2}
 *                       inside {@code ||w||^2} when the bias is {@link BiasPenalty#PENALIZED}
 * @param dual           the dual objective at the final dual variables, on the same scale; weak
 *                       duality makes {@code primal - dual >= 0} a certificate of optimality
 * @param violationTrace the stopping measure after each outer iteration
 * @param primalTrace    {@code primal} after the outer iterations {@code primalPasses} (a geometric
 *                       schedule that ends with the last iteration: a primal costs a full pass)
 * @param primalPasses   the 1-based outer iterations of {@code primalTrace}, increasing
 */
public record LinearSolution(double[] parameters, boolean converged, int iterations, double violation,
        double tolerance, double primal, double dual, double[] violationTrace, double[] primalTrace,
        int[] primalPasses) {
    public LinearSolution {
        if (primalTrace.length != primalPasses.length) {
            throw new IllegalArgumentException(primalTrace.length + " primal values for " + primalPasses.length + " passes");
        }
    }

    /** {@code primal - dual} relative to {@code |primal|} (or absolute when primal is 0). */
    public double relativeGap() {
        double gap = primal - dual;
        return primal == 0 ? gap : gap / Math.abs(primal);
    }
}
