package versus.stats;

/** The result of comparing two models A and B: a one-line conclusion at a chosen alpha. */
public interface PairedVerdict {
    /**
     * One line stating what the test supports at level {@code alpha}, naming the models
     * {@code a} and {@code b}, for example {@code "mlp better than logreg (p = 0.012, corrected
     * resampled t-test)"} or {@code "no significant difference at alpha = 0.05 (p = 0.31, ...)"}.
     */
    String verdict(double alpha, String a, String b);

    /** {@link #verdict(double, String, String)} with the models called A and B. */
    default String verdict(double alpha) {
        return verdict(alpha, "A", "B");
    }
}
