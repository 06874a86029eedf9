package versus.train;

import java.util.Optional;

/**
 * How long and on what batches to train: {@code epochs} passes, mini-batches of
 * {@code batchSize} rows (a size >= the number of rows is full-batch gradient descent),
 * reshuffled every epoch when {@code shuffle}, with optional early stopping.
 */
public record TrainerSpec(int epochs, int batchSize, boolean shuffle, Optional<EarlyStopping> earlyStopping) {
    public TrainerSpec {
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
