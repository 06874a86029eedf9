package versus.loss;

import versus.math.Vectors;

/**
 * Multinomial cross-entropy on softmax scores: {@code L(s, y) = logsumexp(s) - s_y},
 * {@code dL/ds_k = softmax(s)_k - 1{k = y}} (multinomial logistic regression; Bishop 2006, 4.3.4).
 */
public final class SoftmaxCrossEntropy implements MulticlassLoss {
    private final String name;

    public SoftmaxCrossEntropy() {
        this("softmax");
    }

    /** The same loss under another catalog name ({@code cross-entropy}, as MLP outputs call it). */
    public SoftmaxCrossEntropy(String name) {
        this.name = name;
    }

    @Override public String name() { return name; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        int k = dScores.length;
        double lse = Vectors.logSumExp(scores, k);
        for (int j = 0; j < k; j++) {
            dScores[j] = Math.exp(scores[j] - lse);
        }
        dScores[label] -= 1;
        return lse - scores[label];
    }

    @Override public boolean hasProbabilities() { return true; }

    @Override
    public void probabilities(double[] scores, int numClasses, double[] out) {
        Vectors.softmax(scores, numClasses, out);
    }
}
