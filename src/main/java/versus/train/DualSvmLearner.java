package versus.train;

import java.util.Map;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.linear.BiasPenalty;
import versus.linear.CrammerSingerDual;
import versus.linear.DualCoordinateDescent;
import versus.linear.LinearProblem;
import versus.linear.LinearSolution;
import versus.linear.WestonWatkinsDual;
import versus.loss.MulticlassLoss;
import versus.model.Classifier;
import versus.model.LinearModel;
import versus.model.ModelClassifier;

/**
 * A linear SVM solved exactly in its dual, as LIBLINEAR does: the minimiser of
 * {@code J(w) = (1/n) sum_i loss_i + (lambda/2) ||w||^2} to a tolerance on the dual's optimality
 * measure, not a fixed number of epochs. The hinge and squared hinge are solved by dual coordinate
 * descent (Hsieh et al. 2008), one binary problem for two classes and one-vs-rest (K problems,
 * class c against the others, as LIBLINEAR {@code -s 3}/{@code -s 1}) for more; Crammer-Singer by
 * the sequential dual method (Keerthi et al. 2008, LIBLINEAR {@code -s 4}); Weston-Watkins by dual
 * coordinate ascent. See {@link versus.linear} for the solvers.
 *
 * <p>Diagnostics: {@code lambda}, {@code converged} (1 when every problem met the tolerance within
 * {@code maxIterations} passes), {@code final-violation} (the largest final optimality measure),
 * {@code tolerance}, {@code iterations} (passes over the data, summed over the one-vs-rest
 * problems), {@code duality-gap} ((primal - dual) / |primal|, a certificate of optimality), and
 * {@code epochs-run} (= iterations). History: the primal objective ({@code objective}, summed over
 * one-vs-rest problems) and the optimality measure ({@code violation}, their maximum) after the
 * passes of the solvers' geometric schedule (every pass up to 20, then every 5% more, and the last).
 *
 * @param formulation   which SVM and dual solver
 * @param coding        the output coding the trained scores are read with (binary margin,
 *                      one-vs-rest, or the multiclass loss)
 * @param penalty       the L2 penalty's lambda for a training set of n rows
 * @param bias          whether the bias is penalised (LIBLINEAR's {@code -B 1}) or free
 * @param tolerance     the solver's stopping tolerance
 * @param maxIterations the pass limit per problem
 */
public record DualSvmLearner(Formulation formulation, MulticlassLoss coding, Penalty penalty, BiasPenalty bias,
                             double tolerance, int maxIterations) implements Learner {

    public DualSvmLearner {
        java.util.Objects.requireNonNull(formulation, "formulation");
        java.util.Objects.requireNonNull(coding, "coding");
        java.util.Objects.requireNonNull(penalty, "penalty");
        java.util.Objects.requireNonNull(bias, "bias");
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and max-iterations >= 1, got " + tolerance + " and " + maxIterations);
        }
        if (bias == BiasPenalty.UNPENALIZED && !formulation.freeBias()) {
            throw new IllegalArgumentException(formulation.label() + " is solved with a penalised bias only (LIBLINEAR's -B 1)");
        }
    }

    /** The SVM formulations with a dual solver. */
    public enum Formulation {
        /** Hinge {@code max(0, 1 - y s)}, one-vs-rest for K > 2. */
        HINGE("hinge", true, DualCoordinateDescent.DEFAULT_TOLERANCE),
        /** Squared hinge {@code max(0, 1 - y s)^2}, one-vs-rest for K > 2. */
        SQUARED_HINGE("squared hinge", true, DualCoordinateDescent.DEFAULT_TOLERANCE),
        /** Crammer and Singer 2001. */
        CRAMMER_SINGER("Crammer-Singer", false, CrammerSingerDual.DEFAULT_TOLERANCE),
        /** Weston and Watkins 1999. */
        WESTON_WATKINS("Weston-Watkins", false, WestonWatkinsDual.DEFAULT_TOLERANCE);

        private final String label;
        private final boolean freeBias;
        private final double defaultTolerance;

        Formulation(String label, boolean freeBias, double defaultTolerance) {
            this.label = label;
            this.freeBias = freeBias;
            this.defaultTolerance = defaultTolerance;
        }

        public String label() { return label; }

        /** Whether its solver also handles an unpenalised bias (the binary duals, by SMO pair updates). */
        public boolean freeBias() { return freeBias; }

        /** The solver's default tolerance (see the solver classes for how it was chosen). */
        public double defaultTolerance() { return defaultTolerance; }

        /** The solver's default pass limit with this bias (see the solver classes). */
        public int defaultMaxIterations(BiasPenalty bias) {
            return switch (this) {
                case HINGE, SQUARED_HINGE -> bias == BiasPenalty.PENALIZED ? DualCoordinateDescent.DEFAULT_MAX_ITERATIONS
                        : DualCoordinateDescent.DEFAULT_MAX_SMO_BLOCKS;
                case CRAMMER_SINGER -> CrammerSingerDual.DEFAULT_MAX_ITERATIONS;
                case WESTON_WATKINS -> WestonWatkinsDual.DEFAULT_MAX_ITERATIONS;
            };
        }

        /** Whether its problems are binary (one-vs-rest for K > 2). */
        public boolean binary() { return this == HINGE || this == SQUARED_HINGE; }
    }

    /** The L2 penalty's lambda as a function of the training rows n. */
    public sealed interface Penalty {
        double lambda(int rows);

        /** LIBLINEAR's cost C: lambda = 1 / (C n). */
        record Cost(double c) implements Penalty {
            public Cost {
                if (!(c > 0) || !Double.isFinite(c)) {
                    throw new IllegalArgumentException("the cost C must be a finite number > 0, got " + c);
                }
            }

            @Override
            public double lambda(int rows) { return 1 / (c * rows); }
        }

        /** A fixed lambda > 0. */
        record Fixed(double lambda) implements Penalty {
            public Fixed {
                if (!(lambda > 0) || !Double.isFinite(lambda)) {
                    throw new IllegalArgumentException("the dual solvers need an L2 penalty lambda > 0, got " + lambda);
                }
            }

            @Override
            public double lambda(int rows) { return lambda; }
        }
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int k = train.numClasses();
        int d = train.cols();
        int outputs = coding.numOutputs(k);
        LinearProblem problem = new LinearProblem(train.features(), train.rows(), d, train.labels(), k);
        double lambda = penalty.lambda(train.rows());
        LinearSolution[] solutions = solve(problem, k, outputs, lambda, rng);
        LinearModel model = bias == BiasPenalty.PENALIZED ? LinearModel.withPenalisedBias(d, outputs) : new LinearModel(d, outputs);
        double[] w = model.parameters();
        int offset = 0;
        boolean converged = true;
        double violation = 0;
        double primal = 0;
        double dual = 0;
        int iterations = 0;
        for (LinearSolution s : solutions) {
            System.arraycopy(s.parameters(), 0, w, offset, s.parameters().length);
            offset += s.parameters().length;
            converged &= s.converged();
            violation = Math.max(violation, s.violation());
            primal += s.primal();
            dual += s.dual();
            iterations += s.iterations();
        }
        if (offset != w.length) {
            throw new IllegalStateException("the dual solvers returned " + offset + " parameters for a model of " + w.length);
        }
        recordTraces(solutions, history);
        if (!converged) {
            history.note("not converged: the " + formulation.label() + " dual solver stopped at its limit of " + maxIterations
                    + " passes with optimality violation " + violation + " > tolerance " + tolerance);
        }
        Map<String, Double> diagnostics = new java.util.LinkedHashMap<>(MarginAnalytics.of(model, coding, train));
        diagnostics.put("epochs-run", (double) iterations);
        diagnostics.put("lambda", lambda);
        diagnostics.put("converged", converged ? 1.0 : 0.0);
        diagnostics.put("final-violation", violation);
        diagnostics.put("tolerance", tolerance);
        diagnostics.put("iterations", (double) iterations);
        diagnostics.put("duality-gap", primal == 0 ? primal - dual : (primal - dual) / Math.abs(primal));
        return new ModelClassifier(model, coding, k, diagnostics);
    }

    /** One solution for a binary or multiclass formulation, K one-vs-rest solutions otherwise, in output order. */
    private LinearSolution[] solve(LinearProblem p, int k, int outputs, double lambda, RandomGenerator rng) {
        switch (formulation) {
            case CRAMMER_SINGER:
                return new LinearSolution[] {CrammerSingerDual.solve(p, lambda, bias, tolerance, maxIterations, rng)};
            case WESTON_WATKINS:
                return new LinearSolution[] {WestonWatkinsDual.solve(p, lambda, bias, tolerance, maxIterations, rng)};
            default:
                DualCoordinateDescent.SvmLoss loss = formulation == Formulation.HINGE
                        ? DualCoordinateDescent.SvmLoss.L1_HINGE : DualCoordinateDescent.SvmLoss.L2_SQUARED_HINGE;
                if (outputs == 1) { // the binary coding: class 1 is y = +1
                    return new LinearSolution[] {DualCoordinateDescent.solve(p, 1, lambda, loss, bias, tolerance, maxIterations, rng)};
                }
                LinearSolution[] s = new LinearSolution[k];
                for (int c = 0; c < k; c++) {
                    s[c] = DualCoordinateDescent.solve(p, c, lambda, loss, bias, tolerance, maxIterations, rng);
                }
                return s;
        }
    }

    /**
     * At the passes where the solvers recorded their primal (a geometric schedule shared by every
     * problem, see {@link LinearSolution#primalPasses}): the summed primal objective and the
     * largest violation; a problem that has finished counts with its final values.
     */
    private static void recordTraces(LinearSolution[] solutions, History history) {
        java.util.TreeSet<Integer> passes = new java.util.TreeSet<>();
        for (LinearSolution s : solutions) {
            for (int t : s.primalPasses()) {
                passes.add(t);
            }
        }
        int[] next = new int[solutions.length];
        for (int t : passes) {
            double objective = 0;
            double violation = 0;
            for (int j = 0; j < solutions.length; j++) {
                LinearSolution s = solutions[j];
                while (next[j] + 1 < s.primalPasses().length && s.primalPasses()[next[j] + 1] <= t) {
                    next[j]++;
                }
                objective += s.primalTrace()[next[j]];
                violation = Math.max(violation, s.violationTrace()[Math.min(t, s.iterations()) - 1]);
            }
            history.add(t, "objective", objective);
            history.add(t, "violation", violation);
        }
    }
}
