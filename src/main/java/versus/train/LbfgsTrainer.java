package versus.train;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.Model;
import versus.objective.TrainingObjective;
import versus.optim.FullBatch;
import versus.optim.Lbfgs;
import versus.optim.LbfgsSolver;

/**
 * Full-batch training with a {@link FullBatch} solver ({@link Lbfgs} or trust-region Newton): the objective is J over all training rows (the units of
 * one draw, for sampled pairwise objectives, so that J does not move between line-search
 * trials), the model stays in evaluation mode, and every epoch is one L-BFGS iteration. Records
 * per epoch {@code train-loss} and {@code objective} (both J after the iteration), {@code gradient-norm}
 * (the stopping measure max_i |g_i| / max(1, |J|)), {@code line-search-evaluations}, {@code elapsed-seconds}
 * (seconds of the iterations so far, as {@link Trainer} counts them) and with early stopping
 * {@code validation-loss} and {@code validation-error}; offers the parameters to the history's
 * {@link ParameterTrajectory} when it has one. Training ends after {@code epochs}
 * iterations, at a stationary point (max |g| <= tolerance max(1, |J|)), when no step lowers J
 * any more, or by early stopping, with a note saying which. Mini-batches, projections, clipping
 * and iterate averaging do not apply and are refused when the experiment is planned.
 *
 * <p>Budgets: an epochs budget is the iteration limit; a gradient-evaluation budget counts every
 * evaluation of J as one gradient per training unit (a line search usually needs one or two),
 * and an evaluation that would pass the budget is not made: the iteration in progress is
 * abandoned and the last accepted iterate kept, so training uses at most the budget (the first
 * evaluation excepted). A seconds budget is checked after every iteration. The returned usage
 * counts completed iterations as epochs and every per-unit gradient computed; the {@link Result}
 * says besides whether the last iterate meets the stopping rule.
 */
final class LbfgsTrainer {
    private LbfgsTrainer() {
    }

    /** Thrown from inside a line search when the next evaluation of J would pass the budget. */
    private static final class BudgetReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetReached() {
            super(null, null, false, false);
        }
    }

    /**
     * What training used and where it stopped.
     *
     * @param converged         whether the final iterate meets max_i |g_i| <= tolerance max(1, |J|)
     * @param finalGradientNorm the stopping measure max_i |g_i| / max(1, |J|) at the final iterate
     * @param iterations        L-BFGS iterations made
     */
    record Result(Trainer.Usage usage, boolean converged, double finalGradientNorm, int iterations) {
    }

    /** The stopping measure max_i |g_i| / max(1, |J|) of {@link LbfgsSolver}. */
    private static double gradientMeasure(FullBatch.Solver solver) {
        double max = 0;
        for (double gi : solver.gradient()) {
            max = Math.max(max, Math.abs(gi));
        }
        return max / Math.max(1, Math.abs(solver.value()));
    }

    static Trainer.Usage train(TrainerSpec spec, TrainingObjective objective, FullBatch lbfgs, Dataset data, RandomGenerator rng, History history) {
        return run(spec, objective, lbfgs, data, rng, history).usage();
    }

    static Result run(TrainerSpec spec, TrainingObjective objective, FullBatch lbfgs, Dataset data, RandomGenerator rng, History history) {
        Model model = objective.model();
        model.setTraining(false, rng);
        double[] params = model.parameters();
        int[][] parts = ValidationSplit.of(data, spec.earlyStopping().map(TrainerSpec.EarlyStopping::validationFraction).orElse(0.0), rng);
        int[] units = objective.epochUnits(data, parts[0], rng);
        int[] validation = parts[1];
        ParameterTrajectory trajectory = history.trajectory().orElse(null);
        if (trajectory != null) {
            trajectory.offer(0, params);
        }
        long start = System.nanoTime();
        BudgetLimits limits = BudgetLimits.start(spec.budget());
        long maxEvaluations = limits.maxEvaluations();
        long[] passes = {0};
        FullBatch.Solver solver = lbfgs.create((x, grad) -> {
            if (passes[0] > 0 && (passes[0] + 1) * units.length > maxEvaluations) {
                throw new BudgetReached();
            }
            passes[0]++;
            System.arraycopy(x, 0, params, 0, params.length);
            return objective.valueAndGradient(data, units, 0, units.length, grad);
        }, params.length);
        solver.start(params);
        if (!Double.isFinite(solver.value())) {
            throw new DivergedException(1, solver.value());
        }
        Trainer.EarlyStopper stopper = spec.earlyStopping().map(e -> new Trainer.EarlyStopper(e.patience())).orElse(null);
        long evaluations = solver.evaluations();
        long trainingNanos = System.nanoTime() - start;
        int iterations = 0;
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            long iterationStart = System.nanoTime();
            LbfgsSolver.Status status;
            try {
                status = solver.iterate();
            } catch (BudgetReached e) {
                history.note(spec.budget().orElseThrow().amount() + " budget reached during iteration " + epoch
                        + ", which was abandoned: the parameters of iteration " + (epoch - 1) + " are kept");
                break;
            } finally {
                trainingNanos += System.nanoTime() - iterationStart;
            }
            iterations = epoch;
            if (status == LbfgsSolver.Status.CONVERGED || status == LbfgsSolver.Status.STALLED) {
                iterations = epoch - 1;
                String solverName = lbfgs instanceof Lbfgs ? "L-BFGS" : "trust-region Newton";
                history.note(status == LbfgsSolver.Status.CONVERGED
                        ? solverName + " converged after " + (epoch - 1) + " iterations (max |g| <= " + lbfgs.tolerance() + " max(1, |J|))"
                        : solverName + " stopped after " + (epoch - 1) + " iterations: no step lowers J");
                break;
            }
            System.arraycopy(solver.position(), 0, params, 0, params.length);
            history.add(epoch, "train-loss", solver.value());
            history.add(epoch, "objective", solver.value());
            history.add(epoch, "gradient-norm", gradientMeasure(solver));
            history.add(epoch, "line-search-evaluations", solver.evaluations() - evaluations);
            history.add(epoch, "elapsed-seconds", trainingNanos / 1e9);
            if (trajectory != null) {
                trajectory.offer(epoch, params);
            }
            evaluations = solver.evaluations();
            if (stopper != null && stopper.afterEpoch(epoch, objective, data, validation, history)) {
                break;
            }
            if ((passes[0] + 1) * units.length > maxEvaluations || limits.timeUp()) {
                history.note(spec.budget().orElseThrow().amount() + " budget spent after iteration " + epoch);
                break;
            }
        }
        System.arraycopy(solver.position(), 0, params, 0, params.length);
        double measure = gradientMeasure(solver);
        if (stopper != null && spec.earlyStopping().orElseThrow().restoreBest()) {
            stopper.restoreBest(model);
        }
        if (trajectory != null) {
            trajectory.finish(params);
        }
        return new Result(new Trainer.Usage(iterations, passes[0] * units.length), measure <= lbfgs.tolerance(), measure, iterations);
    }
}
