package versus.model;

/**
 * A classifier of multi-label data: from its {@link #scores} it decodes a whole label set.
 * {@link #decide} still returns a class of the label-powerset view (the index of the decoded set
 * among the training data's class names, or {@code -1} for a set never seen in training).
 */
public interface MultiLabelClassifier extends Classifier {
    int numLabels();

    /** Writes the decoded label set as L entries 0/1 into {@code out[offset ..]}. */
    void decideLabels(double[] scores, byte[] out, int offset);
}
