package versus.train;

import java.util.Optional;

/**
 * The limits an optional {@link Budget} puts on one fit, started when the fit starts: how many
 * per-unit gradient evaluations it may make ({@link Long#MAX_VALUE} without such a budget) and
 * whether its wall-clock time is up. An epochs budget is no limit here: it is the epoch count.
 */
public final class BudgetLimits {
    private final long maxEvaluations;
    private final long deadline; // System.nanoTime() value; 0 without a time limit

    private BudgetLimits(long maxEvaluations, long deadline) {
        this.maxEvaluations = maxEvaluations;
        this.deadline = deadline;
    }

    /** The limits of {@code budget}, its clock starting now. */
    public static BudgetLimits start(Optional<Budget> budget) {
        Budget b = budget.orElse(null);
        return new BudgetLimits(b instanceof Budget.GradientEvaluations g ? g.count() : Long.MAX_VALUE,
                b instanceof Budget.Seconds s ? System.nanoTime() + s.nanos() : 0);
    }

    /** Per-unit gradient evaluations allowed in all; {@link Long#MAX_VALUE} when they are not limited. */
    public long maxEvaluations() { return maxEvaluations; }

    /** Whether the evaluations are limited. */
    public boolean countsEvaluations() { return maxEvaluations != Long.MAX_VALUE; }

    /** Whether there is a time limit. */
    public boolean timed() { return deadline != 0; }

    /** Whether the time limit has passed. */
    public boolean timeUp() { return deadline != 0 && System.nanoTime() - deadline >= 0; }
}
