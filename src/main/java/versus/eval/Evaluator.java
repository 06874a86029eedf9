package versus.eval;

import versus.data.Dataset;
import versus.data.Relevance;
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
        return new Predictions(k, test.labels().clone(), predicted, probs, ranking(classifier, test));
    }

    /** Ranking view for grouped data scored by a one-score model; null otherwise. */
    private static Predictions.Ranking ranking(Classifier classifier, Dataset test) {
        if (!test.hasQids() || classifier.numScores() != 1) {
            return null;
        }
        int n = test.rows();
        double[] x = test.features();
        double[] s = new double[1];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            classifier.scores(x, test.offset(i), s);
            scores[i] = s[0];
        }
        return new Predictions.Ranking(scores, test.qids().clone(), Relevance.ofRows(test));
    }
}
