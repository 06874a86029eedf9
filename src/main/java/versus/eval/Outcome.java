package versus.eval;

import java.util.Map;
import versus.train.History;

/**
 * What one model did on one split of one data set: metric values in the experiment's metric
 * order followed by {@code fit-seconds} and {@code predict-seconds}, the training history, the
 * test confusion matrix, and, if training failed, why ({@code failure} non-null, metrics empty).
 */
public record Outcome(String dataset, String model, Split split, Map<String, Double> metrics,
                      History history, ConfusionMatrix confusion, String failure) {
    public boolean failed() { return failure != null; }
}
