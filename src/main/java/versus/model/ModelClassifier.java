package versus.model;

import versus.loss.MulticlassLoss;

/**
 * A parametric {@link Model} read through the output coding of the loss it was trained with,
 * with the diagnostics measured after training.
 */
public record ModelClassifier(Model model, MulticlassLoss loss, int numClasses, java.util.Map<String, Double> diagnostics)
        implements Classifier {
    public ModelClassifier(Model model, MulticlassLoss loss, int numClasses) {
        this(model, loss, numClasses, java.util.Map.of());
    }

    @Override public int numScores() { return model.numOutputs(); }
    @Override public void scores(double[] x, int offset, double[] out) { model.scores(x, offset, out); }
    @Override public int decide(double[] scores) { return loss.decide(scores, numClasses); }
    @Override public boolean hasProbabilities() { return loss.hasProbabilities(); }
    @Override public void probabilities(double[] scores, double[] out) { loss.probabilities(scores, numClasses, out); }
}
