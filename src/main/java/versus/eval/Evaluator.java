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
        double[] byClass = relevanceOfClasses(test.classNames());
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            relevance[i] = byClass[test.label(i)];
        }
        return new Predictions.Ranking(scores, test.qids().clone(), relevance);
    }

    /** Graded relevance of each class: its name as a number when every name is one, else its index. */
    public static double[] relevanceOfClasses(java.util.List<String> names) {
        double[] r = new double[names.size()];
        for (int c = 0; c < r.length; c++) {
            try {
                r[c] = Double.parseDouble(names.get(c).trim());
            } catch (NumberFormatException e) {
                for (int j = 0; j < r.length; j++) {
                    r[j] = j;
                }
                return r;
            }
        }
        return r;
    }
}
