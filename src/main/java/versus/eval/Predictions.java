package versus.eval;

/**
 * What a classifier said about the rows of a test set, everything a {@link Metric} needs.
 *
 * @param numClasses    K
 * @param truth         true labels {@code 0..K-1}
 * @param predicted     predicted labels
 * @param probabilities row-major n x K class probabilities, or {@code null} when the model has none
 *                      (for example a hinge-loss SVM)
 * @param ranking       for data with query groups and a one-score model, what ranking metrics
 *                      need; {@code null} otherwise
 * @param labelSets     for multi-label data, the true and predicted label sets; {@code null}
 *                      otherwise. {@code truth} and {@code predicted} are then label-powerset
 *                      classes ({@code -1} for a predicted set unseen in training)
 */
public record Predictions(int numClasses, int[] truth, int[] predicted, double[] probabilities, Ranking ranking,
                          LabelSetPredictions labelSets) {
    public Predictions {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predicted differ in length");
        }
        if (probabilities != null && probabilities.length != truth.length * numClasses) {
            throw new IllegalArgumentException("probabilities must be n x K");
        }
        if (ranking != null && (ranking.scores().length != truth.length || ranking.groups().length != truth.length
                || ranking.relevance().length != truth.length)) {
            throw new IllegalArgumentException("ranking arrays must have one entry per row");
        }
        if (labelSets != null && (labelSets.truth().length != truth.length * labelSets.labels()
                || labelSets.predicted().length != truth.length * labelSets.labels())) {
            throw new IllegalArgumentException("label sets must be n x L");
        }
    }

    /** Predictions of single-label data. */
    public Predictions(int numClasses, int[] truth, int[] predicted, double[] probabilities, Ranking ranking) {
        this(numClasses, truth, predicted, probabilities, ranking, null);
    }

    /** True and predicted label sets, each a row-major n x L matrix of 0/1. */
    public record LabelSetPredictions(int labels, byte[] truth, byte[] predicted) {
    }

    public boolean hasLabelSets() { return labelSets != null; }

    /** Predictions without ranking information. */
    public Predictions(int numClasses, int[] truth, int[] predicted, double[] probabilities) {
        this(numClasses, truth, predicted, probabilities, null);
    }

    /**
     * Per row: the model's ranking score (higher = more relevant), its query group, and its graded
     * relevance (the numeric value of its class name, e.g. 0, 1, 2; the class index when names
     * are not numbers).
     */
    public record Ranking(double[] scores, int[] groups, double[] relevance) {
    }

    public int size() { return truth.length; }

    public boolean hasProbabilities() { return probabilities != null; }

    public boolean hasRanking() { return ranking != null; }

    /** Probability of class {@code k} for row {@code i}. */
    public double probability(int i, int k) { return probabilities[i * numClasses + k]; }
}
