package versus.structured;

/**
 * The joint scoring function of the structured SVM over label vectors y in {-1,+1}^L,
 * <pre>  &lt;w, psi(x, y)&gt; = 1/2 sum_l y_l (w_l . x + b_l) + 1/2 sum_{l&lt;m} v_lm y_l y_m,</pre>
 * i.e. psi(x, y) = 1/2 (y (x) (x, 1), (y_l y_m)_{l&lt;m}): the tensor product phi_X(x) (x) phi_Y(y)
 * of the course notes with phi_Y(y) = (y, pairwise products). The factor 1/2 makes the unary
 * part's structured hinge equal the sum of per-label hinges max(0, 1 - y_l (w_l . x + b_l)).
 *
 * <p>Flat parameter layout: weights {@code W[l*d + j]} (L x d, row-major), then biases
 * {@code b[l]} at {@code L*d + l} (unpenalised), then the pair weights {@code v} at
 * {@code L*(d+1) + pairIndex(l, m)} when the model has label pairs.
 *
 * <p>Structured hinge of a row (margin rescaling, Tsochantaridis et al. 2005):
 * H(w) = max_y [Delta_H(y_i, y) + &lt;w, psi(x_i, y)&gt;] - &lt;w, psi(x_i, y_i)&gt;, with subgradient
 * psi(x_i, y*) - psi(x_i, y_i) at the loss-augmented maximiser y*. Holds scratch arrays: one
 * instance per thread.
 */
final class JointModel {
    final int labels;
    final int inputs;
    final boolean labelPairs;
    private final LabelInference inference;
    private final double[] unary;
    private final byte[] best;

    JointModel(int labels, int inputs, boolean labelPairs) {
        this.labels = labels;
        this.inputs = inputs;
        this.labelPairs = labelPairs;
        this.inference = new LabelInference(labels, labelPairs);
        this.unary = new double[labels];
        this.best = new byte[labels];
    }

    int numParameters() {
        return labels * (inputs + 1) + (labelPairs ? LabelInference.numPairs(labels) : 0);
    }

    int biasStart() { return labels * inputs; }

    int pairStart() { return labels * (inputs + 1); }

    /** Whether parameter {@code i} is penalised (biases are not). */
    boolean penalized(int i) {
        return i < biasStart() || i >= pairStart();
    }

    /** s_l = w_l . x + b_l for the row at {@code x[offset ..]}. */
    void unaryScores(double[] w, double[] x, int offset, double[] out) {
        int d = inputs;
        int b = biasStart();
        for (int l = 0; l < labels; l++) {
            double s = w[b + l];
            int at = l * d;
            for (int j = 0; j < d; j++) {
                s += w[at + j] * x[offset + j];
            }
            out[l] = s;
        }
    }

    /** Decodes argmax_y &lt;w, psi(x, y)&gt; from unary scores into {@code out[outAt ..]}. */
    void decode(double[] w, double[] s, byte[] out, int outAt) {
        inference.argmax(s, w, pairStart(), null, 0, out, outAt);
    }

    /**
     * The structured hinge H of one row, adding {@code scale * (psi(x, y*) - psi(x, y_i))} to
     * {@code grad} when {@code grad} is not null (the scaled subgradient).
     */
    double hinge(double[] w, double[] x, int offset, byte[] truth, int truthAt, double scale, double[] grad) {
        unaryScores(w, x, offset, unary);
        double augmented = inference.argmax(unary, w, pairStart(), truth, truthAt, best, 0);
        double trueScore = score(w, unary, truth, truthAt);
        if (grad != null) {
            addFeatureDifference(x, offset, truth, truthAt, scale, grad);
        }
        return augmented - trueScore;
    }

    /**
     * One stochastic subgradient step on a row: w := shrink * w (penalised part) - eta * (psi(x, y*)
     * - psi(x, y_i)), with y* found at the weights before the step. Returns the row's hinge.
     */
    double subgradientStep(double[] w, double[] x, int offset, byte[] truth, int truthAt, double shrink, double eta) {
        unaryScores(w, x, offset, unary);
        double augmented = inference.argmax(unary, w, pairStart(), truth, truthAt, best, 0);
        double loss = augmented - score(w, unary, truth, truthAt);
        for (int p = 0; p < w.length; p++) {
            if (penalized(p)) {
                w[p] *= shrink;
            }
        }
        addFeatureDifference(x, offset, truth, truthAt, -eta, w);
        return loss;
    }

    /** &lt;w, psi(x, y)&gt; from the row's unary scores. */
    private double score(double[] w, double[] s, byte[] y, int yAt) {
        double total = 0;
        for (int l = 0; l < labels; l++) {
            total += 0.5 * sign(y[yAt + l]) * s[l];
        }
        if (labelPairs) {
            int p = pairStart();
            for (int l = 0; l < labels; l++) {
                for (int m = l + 1; m < labels; m++) {
                    total += 0.5 * w[p++] * sign(y[yAt + l]) * sign(y[yAt + m]);
                }
            }
        }
        return total;
    }

    /** grad += scale * (psi(x, best) - psi(x, truth)); touches only labels where they differ. */
    private void addFeatureDifference(double[] x, int offset, byte[] truth, int truthAt, double scale, double[] grad) {
        int d = inputs;
        int b = biasStart();
        for (int l = 0; l < labels; l++) {
            double c = 0.5 * (sign(best[l]) - sign(truth[truthAt + l])) * scale;
            if (c != 0) {
                int at = l * d;
                for (int j = 0; j < d; j++) {
                    grad[at + j] += c * x[offset + j];
                }
                grad[b + l] += c;
            }
        }
        if (labelPairs) {
            int p = pairStart();
            for (int l = 0; l < labels; l++) {
                for (int m = l + 1; m < labels; m++) {
                    double c = 0.5 * (sign(best[l]) * sign(best[m]) - sign(truth[truthAt + l]) * sign(truth[truthAt + m]));
                    grad[p++] += c * scale;
                }
            }
        }
    }

    private static double sign(byte bit) {
        return bit == 1 ? 1 : -1;
    }
}
