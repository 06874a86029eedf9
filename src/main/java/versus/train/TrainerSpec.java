package versus.train;

import java.util.Optional;
import versus.objective.Constraint;

/**
 * How long and on what batches to train: {@code epochs} passes, mini-batches of
 * {@code batchSize} rows (a size >= the number of rows is full-batch gradient descent),
 * reshuffled every epoch when {@code shuffle}, with optional early stopping, an optional
 * constraint projected after every step, iterate averaging from epoch {@code averageFrom}
 * (0 = off; Polyak and Juditsky 1992), with {@code traceObjective}, the exact objective on
 * the training rows recorded after every epoch (one extra pass per epoch), and optional gradient
 * {@link Clipping} before every step, an optional {@link Budget} that ends training
 * (gradient evaluations, seconds; an epochs budget is just {@code epochs}), and an optional
 * {@link Stagnation} rule that ends training when the training loss stops falling ({@code epochs}
 * is then the maximum).
 */
public record TrainerSpec(int epochs, int batchSize, boolean shuffle, Optional<EarlyStopping> earlyStopping,
                          Optional<Constraint> constraint, int averageFrom, boolean traceObjective,
                          Optional<Clipping> clipping, Optional<Budget> budget, Optional<Stagnation> stagnation) {
    /** Without a stagnation rule. */
    public TrainerSpec(int epochs, int batchSize, boolean shuffle, Optional<EarlyStopping> earlyStopping,
                       Optional<Constraint> constraint, int averageFrom, boolean traceObjective,
                       Optional<Clipping> clipping, Optional<Budget> budget) {
        this(epochs, batchSize, shuffle, earlyStopping, constraint, averageFrom, traceObjective, clipping, budget, Optional.empty());
    }

    /** Without a budget. */
    public TrainerSpec(int epochs, int batchSize, boolean shuffle, Optional<EarlyStopping> earlyStopping,
                       Optional<Constraint> constraint, int averageFrom, boolean traceObjective, Optional<Clipping> clipping) {
        this(epochs, batchSize, shuffle, earlyStopping, constraint, averageFrom, traceObjective, clipping, Optional.empty());
    }

    /** No constraint, no averaging, no objective trace, no clipping. */
    public TrainerSpec(int epochs, int batchSize, boolean shuffle, Optional<EarlyStopping> earlyStopping) {
        this(epochs, batchSize, shuffle, earlyStopping, Optional.empty(), 0, false, Optional.empty());
    }

    public TrainerSpec {
        java.util.Objects.requireNonNull(constraint, "constraint");
        java.util.Objects.requireNonNull(clipping, "clipping");
        java.util.Objects.requireNonNull(budget, "budget");
        java.util.Objects.requireNonNull(stagnation, "stagnation");
        if (averageFrom < 0 || averageFrom > epochs) {
            throw new IllegalArgumentException("average-from must be an epoch in 1.." + epochs + " (or 0 for none), got " + averageFrom);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch-size must be >= 1, got " + batchSize);
        }
        java.util.Objects.requireNonNull(earlyStopping, "earlyStopping");
    }

    /** Full-batch gradient descent for {@code epochs} steps. */
    public static TrainerSpec fullBatch(int epochs) {
        return new TrainerSpec(epochs, Integer.MAX_VALUE, false, Optional.empty());
    }

    public static TrainerSpec miniBatch(int epochs, int batchSize) {
        return new TrainerSpec(epochs, batchSize, true, Optional.empty());
    }

    public TrainerSpec withConstraint(Constraint c) {
        return new TrainerSpec(epochs, batchSize, shuffle, earlyStopping, Optional.of(c), averageFrom, traceObjective, clipping, budget, stagnation);
    }

    public TrainerSpec withAveraging(int fromEpoch) {
        return new TrainerSpec(epochs, batchSize, shuffle, earlyStopping, constraint, fromEpoch, traceObjective, clipping, budget, stagnation);
    }

    public TrainerSpec withObjectiveTrace(boolean trace) {
        return new TrainerSpec(epochs, batchSize, shuffle, earlyStopping, constraint, averageFrom, trace, clipping, budget, stagnation);
    }

    /** Clips every step's gradient with {@code c}. */
    public TrainerSpec withClipping(Clipping c) {
        return new TrainerSpec(epochs, batchSize, shuffle, earlyStopping, constraint, averageFrom, traceObjective, Optional.of(c), budget, stagnation);
    }

    /**
     * Trains for {@code b}: an epochs budget replaces {@code epochs}; a gradient-evaluation or
     * seconds budget lifts the epoch limit and ends training itself (early stopping may end it sooner).
     */
    public TrainerSpec withBudget(Budget b) {
        int e = b instanceof Budget.Epochs n ? n.epochs() : Integer.MAX_VALUE;
        return new TrainerSpec(e, batchSize, shuffle, earlyStopping, constraint, averageFrom, traceObjective, clipping,
                b instanceof Budget.Epochs ? Optional.empty() : Optional.of(b), stagnation);
    }

    /** Stops on {@code s} (training-loss stagnation) before {@code epochs}, which becomes the maximum. */
    public TrainerSpec withStagnation(Stagnation s) {
        return new TrainerSpec(epochs, batchSize, shuffle, earlyStopping, constraint, averageFrom, traceObjective, clipping, budget,
                Optional.of(s));
    }

    /**
     * Stop when the training loss has stagnated: an epoch whose training loss L_t (its batch
     * objectives, penalty included, averaged with weights the batch row counts, as scikit-learn's
     * {@code loss_curve_}; history.csv's {@code train-loss} is their plain mean) is not below
     * best - {@code tolerance}, best the lowest L
     * of the epochs before, counts as no improvement, any other resets the count; training stops
     * when the count exceeds {@code patience}. This is scikit-learn's MLPClassifier rule exactly
     * ({@code tol}, {@code n_iter_no_change}; its {@code _update_no_improvement_count}): with its
     * defaults (1e-4, 10) an MLP stops after 11 epochs without an improvement of 1e-4.
     */
    public record Stagnation(double tolerance, int patience) {
        public Stagnation {
            if (!(tolerance >= 0 && tolerance < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
            }
            if (patience < 1) {
                throw new IllegalArgumentException("patience must be >= 1, got " + patience);
            }
        }
    }

    /**
     * Stop when the validation loss has not improved for {@code patience} epochs; the validation
     * rows are a stratified {@code validationFraction} of the training rows, held out from
     * training. With {@code restoreBest} the parameters of the best epoch are restored.
     */
    public record EarlyStopping(double validationFraction, int patience, boolean restoreBest) {
        public EarlyStopping {
            if (!(validationFraction > 0 && validationFraction < 1)) {
                throw new IllegalArgumentException("validation-fraction must be in (0, 1), got " + validationFraction);
            }
            if (patience < 1) {
                throw new IllegalArgumentException("patience must be >= 1, got " + patience);
            }
        }
    }
}
