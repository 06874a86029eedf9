package versus.eval;

/**
 * One train/test partition of a data set's rows. {@code index} numbers the splits of a protocol
 * from 0; {@code repeat} and {@code fold} say where it came from (both 0 for a single holdout).
 * The arrays are owned by the split and must not be modified.
 */
public record Split(int index, int repeat, int fold, int[] train, int[] test) {
    public Split {
        if (train.length == 0) {
            throw new IllegalArgumentException("split " + index + " has an empty training set");
        }
        if (test.length == 0) {
            throw new IllegalArgumentException("split " + index + " has an empty test set");
        }
    }
}
