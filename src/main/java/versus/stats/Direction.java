package versus.stats;

/** Whether a larger metric value is better; turns raw scores into the advantage the tests take. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** The direction of a metric that says whether higher is better. */
    public static Direction of(boolean higherIsBetter) {
        return higherIsBetter ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** How much better {@code a} is than {@code b}: positive favours {@code a}. */
    public double advantage(double a, double b) {
        return this == HIGHER_IS_BETTER ? a - b : b - a;
    }

    /** The value turned so that smaller is better (for ranking: rank 1 = best). */
    double asLoss(double value) {
        return this == HIGHER_IS_BETTER ? -value : value;
    }

    /** Element-wise {@link #advantage(double, double)}; the inputs are paired (same split or data set). */
    public double[] advantage(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired scores differ in length: " + a.length + " vs " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = advantage(a[i], b[i]);
        }
        return d;
    }
}
