package versus.loss;

/**
 * Squared error against the one-hot target on identity outputs:
 * {@code L(s, y) = 1/2 sum_k (s_k - 1{k = y})^2}, {@code dL/ds_k = s_k - 1{k = y}} (the
 * "identity output + MSE" pairing of the notes; Rumelhart, Hinton and Williams 1986). Decision
 * argmax; no probabilities (the outputs are not constrained to the simplex).
 */
public final class MeanSquaredError implements MulticlassLoss {
    @Override public String name() { return "mse"; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        double total = 0;
        for (int k = 0; k < dScores.length; k++) {
            double r = scores[k] - (k == label ? 1 : 0);
            dScores[k] = r;
            total += r * r;
        }
        return 0.5 * total;
    }
}
