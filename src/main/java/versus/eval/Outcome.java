package versus.eval;

import java.util.Map;
import versus.train.History;

/**
 * What one model did on one split of one data set: metric values in the experiment's metric
 * order followed by {@code fit-seconds} and {@code predict-seconds}, the training history, the
 * test confusion matrix, which test rows it got right (McNemar's test pairs models on them), and,
 * if training failed, why ({@code failure} non-null, metrics empty, {@code correct} null). The
 * test predictions are kept for figures (ROC, PR); the trained classifier only for split 0
 * (decision-boundary figures), else null.
 */
public record Outcome(String dataset, String model, Split split, Map<String, Double> metrics,
                      History history, ConfusionMatrix confusion, boolean[] correct, String failure,
                      Predictions predictions, versus.model.Classifier classifier) {
    /** A task that did not finish. */
    public static Outcome failed(String dataset, String model, Split split, History history, String failure) {
        return new Outcome(dataset, model, split, Map.of(), history, null, null, failure, null, null);
    }

    public boolean failed() { return failure != null; }
}
