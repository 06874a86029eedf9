package versus.loss;

/**
 * A margin loss as a two-class output coding: one score s, class 1 means y = +1 and class 0
 * means y = -1, the loss is l(y s) and the decision is class 1 when s >= 0.
 */
public record BinaryMargin(MarginLoss loss) implements MulticlassLoss {
    @Override public String name() { return loss.name(); }
    @Override public int numOutputs(int numClasses) { return 1; }

    @Override
    public void checkClasses(int numClasses) {
        if (numClasses != 2) {
            throw new IllegalArgumentException(loss.name() + " is a binary loss and the data have " + numClasses
                    + " classes; use it one-vs-rest or choose softmax");
        }
    }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        double y = label == 1 ? 1 : -1;
        double m = y * scores[0];
        dScores[0] = y * loss.derivative(m);
        return loss.value(m);
    }

    @Override public int decide(double[] scores, int numClasses) { return scores[0] >= 0 ? 1 : 0; }
    @Override public boolean hasProbabilities() { return loss.hasProbabilities(); }

    @Override
    public void probabilities(double[] scores, int numClasses, double[] out) {
        double p = loss.probability(scores[0]);
        out[0] = 1 - p;
        out[1] = p;
    }
}
