package versus.structured;

/**
 * Exact maximisation over label vectors y in {-1,+1}^L (bit 1 = label present, +1) of
 * <pre>  [Delta_H(t, y)] + 1/2 sum_l y_l s_l + 1/2 sum_{l&lt;m} v_lm y_l y_m</pre>
 * where s are the unary scores, v the pairwise label weights and Delta_H the Hamming distance to
 * the true set t: the loss-augmented inference of margin rescaling (Tsochantaridis et al. 2005,
 * eq. 8) when t is given, plain prediction argmax_y &lt;w, psi(x, y)&gt; when it is not.
 *
 * <p>Without pairwise terms the maximum separates per label. With them all 2^L vectors are
 * enumerated in Gray-code order, each step flipping one label and updating the value in O(L), so
 * one call costs O(2^L L); L is capped at {@link #MAX_PAIRWISE_LABELS}. Ties keep the first
 * maximiser met (all labels absent first), so results are deterministic. Holds scratch arrays:
 * one instance per thread.
 */
final class LabelInference {
    /** Largest L enumerated exactly: 2^14 x 14 ~ 2.3e5 operations per row. */
    static final int MAX_PAIRWISE_LABELS = 14;

    private final int labels;
    private final double[] pair;      // dense symmetric L x L copy of v, zero diagonal
    private final double[] field;     // field[l] = sum_{m != l} v_lm y_m for the current y
    private final boolean withPairs;

    /** @param withPairs whether the pairwise weights take part (else the sum separates per label) */
    LabelInference(int labels, boolean withPairs) {
        if (withPairs && labels > MAX_PAIRWISE_LABELS) {
            throw new IllegalArgumentException("pairwise label terms need exact inference over 2^L label sets; L = " + labels
                    + " exceeds " + MAX_PAIRWISE_LABELS + "; use label-pairs: false (exact per label) or fewer labels");
        }
        this.labels = labels;
        this.withPairs = withPairs;
        this.pair = withPairs ? new double[labels * labels] : null;
        this.field = withPairs ? new double[labels] : null;
    }

    /** Index of pair (l, m), l &lt; m, in the flat upper triangle (row-major). */
    static int pairIndex(int l, int m, int labels) {
        return l * labels - l * (l + 1) / 2 + (m - l - 1);
    }

    static int numPairs(int labels) {
        return labels * (labels - 1) / 2;
    }

    /**
     * Writes the maximiser as 0/1 into {@code out[outAt ..]} and returns the maximum.
     *
     * @param s      unary scores, length L
     * @param v      pairwise weights {@code v[vAt + pairIndex(l, m)]} (ignored without pairs)
     * @param truth  true set as 0/1 at {@code truth[truthAt ..]}, or {@code null} for no loss term
     */
    double argmax(double[] s, double[] v, int vAt, byte[] truth, int truthAt, byte[] out, int outAt) {
        return withPairs ? enumerate(s, v, vAt, truth, truthAt, out, outAt) : perLabel(s, truth, truthAt, out, outAt);
    }

    private double perLabel(double[] s, byte[] truth, int truthAt, byte[] out, int outAt) {
        double total = 0;
        for (int l = 0; l < labels; l++) {
            boolean t = truth != null && truth[truthAt + l] == 1;
            double plus = (truth != null && !t ? 1 : 0) + 0.5 * s[l];
            double minus = (t ? 1 : 0) - 0.5 * s[l];
            boolean on = plus > minus;
            out[outAt + l] = (byte) (on ? 1 : 0);
            total += on ? plus : minus;
        }
        return total;
    }

    private double enumerate(double[] s, double[] v, int vAt, byte[] truth, int truthAt, byte[] out, int outAt) {
        java.util.Arrays.fill(pair, 0);
        double value = 0;
        for (int l = 0; l < labels; l++) {
            value += (truth != null && truth[truthAt + l] == 1 ? 1 : 0) - 0.5 * s[l];
            for (int m = l + 1; m < labels; m++) {
                double w = v[vAt + pairIndex(l, m, labels)];
                pair[l * labels + m] = w;
                pair[m * labels + l] = w;
                value += 0.5 * w;            // y_l y_m = (-1)(-1)
            }
        }
        for (int l = 0; l < labels; l++) {
            double f = 0;
            for (int m = 0; m < labels; m++) {
                f -= pair[l * labels + m];    // every other label is -1
            }
            field[l] = f;
        }
        int current = 0;
        int best = 0;
        double bestValue = value;
        int states = 1 << labels;
        for (int step = 1; step < states; step++) {
            int j = Integer.numberOfTrailingZeros(step);
            boolean on = (current & (1 << j)) == 0;   // the new value of label j
            double yj = on ? 1 : -1;
            if (truth != null) {
                value += (truth[truthAt + j] == 1) == on ? -1 : 1;
            }
            value += yj * (s[j] + field[j]);
            current ^= 1 << j;
            double dy = 2 * yj;                        // y_j' - y_j
            for (int m = 0; m < labels; m++) {
                field[m] += pair[m * labels + j] * dy;
            }
            if (value > bestValue) {
                bestValue = value;
                best = current;
            }
        }
        for (int l = 0; l < labels; l++) {
            out[outAt + l] = (byte) ((best >>> l) & 1);
        }
        return bestValue;
    }
}
