package versus.eval;

/**
 * How per-class (one-vs-rest) scores become one number, as scikit-learn's {@code average=}
 * argument.
 */
public enum Averaging {
    /** The score of class 1 (the positive class); only for K = 2. */
    BINARY("binary"),
    /**
     * Unweighted mean over the classes that occur in the truth or the predictions (scikit-learn's
     * default label set), so a class absent from a small fold does not pull the mean down.
     */
    MACRO("macro"),
    /** The score of the counts pooled over classes; for F1, recall and precision it equals accuracy. */
    MICRO("micro"),
    /** Mean over classes weighted by their true counts (support). */
    WEIGHTED("weighted"),
    /** BINARY when K = 2, MACRO when K &gt; 2: what the plain names {@code precision}, {@code f1}, ... mean. */
    BINARY_OR_MACRO("");

    private final String token;

    Averaging(String token) { this.token = token; }

    /** The suffix in metric names ({@code f1-micro}); empty for {@link #BINARY_OR_MACRO}. */
    public String token() { return token; }

    /** The averaging actually used for K classes. */
    Averaging resolve(int numClasses) {
        if (this == BINARY_OR_MACRO) {
            return numClasses == 2 ? BINARY : MACRO;
        }
        if (this == BINARY && numClasses != 2) {
            throw new IllegalArgumentException("binary averaging needs 2 classes, got " + numClasses);
        }
        return this;
    }
}
