package versus.train;

/**
 * A learner of multi-label data: it trains on the {@link versus.data.LabelSets} of its training
 * set (which must have them) and returns a {@link versus.model.MultiLabelClassifier}.
 */
public interface MultiLabelLearner extends Learner {
}
