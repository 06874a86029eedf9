package versus.eval;

import versus.data.Dataset;
import versus.data.Relevance;
import versus.model.Classifier;
import versus.model.MultiLabelClassifier;
import versus.model.Regressor;

/** Runs a trained classifier (or regressor) over a test set and collects what the metrics need. */
public final class Evaluator {
    private Evaluator() {
    }

    public static Predictions predict(Classifier classifier, Dataset test) {
        if (test.isMultiLabel() && classifier instanceof MultiLabelClassifier multi) {
            return predictLabelSets(multi, test);
        }
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

    /**
     * Runs a regressor over {@code truth.length} rows of the row-major features {@code x}
     * ({@code cols} per row) and pairs each prediction with its true value.
     */
    public static RealPredictions predict(Regressor regressor, double[] x, int cols, double[] truth) {
        if ((long) truth.length * cols != x.length) {
            throw new IllegalArgumentException("features length " + x.length + " is not rows " + truth.length + " x cols " + cols);
        }
        double[] predicted = new double[truth.length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = regressor.predict(x, i * cols);
        }
        return new RealPredictions(truth.clone(), predicted);
    }

    /** Multi-label data: decoded label sets, and their label-powerset classes. */
    private static Predictions predictLabelSets(MultiLabelClassifier classifier, Dataset test) {
        int n = test.rows();
        int labels = classifier.numLabels();
        double[] x = test.features();
        double[] scores = new double[classifier.numScores()];
        byte[] predictedSets = new byte[n * labels];
        java.util.Map<String, Integer> classIndex = new java.util.HashMap<>();
        for (int k = 0; k < test.numClasses(); k++) {
            classIndex.put(test.classNames().get(k), k);
        }
        java.util.List<String> names = test.labelSets().names();
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            classifier.scores(x, test.offset(i), scores);
            classifier.decideLabels(scores, predictedSets, i * labels);
            predicted[i] = classIndex.getOrDefault(versus.data.LabelSets.setName(predictedSets, i * labels, names), -1);
        }
        return new Predictions(test.numClasses(), test.labels().clone(), predicted, null, null,
                new Predictions.LabelSetPredictions(labels, test.labelSets().matrix().clone(), predictedSets));
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
