package versus.eval;

import versus.data.Dataset;
import versus.model.Classifier;

/** Runs a trained classifier over a test set and collects what the metrics need. */
public final class Evaluator {
    private Evaluator() {
    }

    public static Predictions predict(Classifier classifier, Dataset test) {
        int n = test.rows();
        int k = classifier.numClasses();
        double[] x = test.features();
        double[] scores = new double[classifier.numScores()];
        double[] probs = classifier.hasProbabilities() ? new double[n * k] : null;
        double[] row = probs == null ? null : new double[k];
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            classifier.scores(x, test.offset(i), scores);
            predicted[i] = classifier.decide(scores);
            if (probs != null) {
                classifier.probabilities(scores, row);
                System.arraycopy(row, 0, probs, i * k, k);
            }
        }
        // subsets keep every class name, so test labels are always < k
        return new Predictions(k, test.labels().clone(), predicted, probs);
    }
}
