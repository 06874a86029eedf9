package versus.loss;

/**
 * One-vs-rest coding of a margin loss for K classes: K scores, {@code L = sum_k l(y_k s_k)} with
 * y_k = +1 for the true class and -1 otherwise; decision argmax_k s_k (Rifkin and Klautau 2004).
 * The K binary problems share no parameters, so training them jointly equals training them apart.
 * Probabilities, when the loss has them, are the per-class P(y_k=+1) normalised to sum to 1.
 */
public record OneVsRest(MarginLoss loss) implements MulticlassLoss {
    @Override public String name() { return loss.name() + " (one-vs-rest)"; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        double total = 0;
        for (int k = 0; k < dScores.length; k++) {
            double y = k == label ? 1 : -1;
            double m = y * scores[k];
            total += loss.value(m);
            dScores[k] = y * loss.derivative(m);
        }
        return total;
    }

    @Override public boolean hasProbabilities() { return loss.hasProbabilities(); }

    @Override
    public void probabilities(double[] scores, int numClasses, double[] out) {
        double sum = 0;
        for (int k = 0; k < numClasses; k++) {
            out[k] = loss.probability(scores[k]);
            sum += out[k];
        }
        for (int k = 0; k < numClasses; k++) {
            out[k] = sum > 0 ? out[k] / sum : 1.0 / numClasses;
        }
    }
}
