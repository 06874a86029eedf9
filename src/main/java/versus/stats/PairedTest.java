package versus.stats;

/**
 * A frequentist two-sided test of "A and B perform equally". A rejection says which model did
 * better, from the sign of the effect; a non-rejection says only that no difference was detected,
 * never that the models are equivalent.
 */
public interface PairedTest extends PairedVerdict {
    /** The test's name as the verdict prints it, e.g. {@code "corrected resampled t-test"}. */
    String testName();

    double statistic();

    /** Two-sided p-value. */
    double pValue();

    /** The observed effect, positive when A did better (its unit is documented per test). */
    double effect();

    /** +1 when the data favour A, -1 when they favour B, 0 for no difference. */
    default int direction() {
        return (int) Math.signum(effect());
    }

    @Override
    default String verdict(double alpha, String a, String b) {
        Samples.requireAlpha(alpha);
        String evidence = Samples.p(pValue()) + ", " + testName();
        if (pValue() < alpha && direction() != 0) {
            return (direction() > 0 ? a + " better than " + b : b + " better than " + a) + " (" + evidence + ")";
        }
        return "no significant difference at alpha = " + Samples.plain(alpha) + " (" + evidence + ")";
    }
}
