package versus.eval;

import java.util.Map;
import versus.train.History;

/**
 * What one model did on one split of one data set: metric values in the experiment's metric
 * order followed by {@code fit-seconds} and {@code predict-seconds}, the training history, the
 * test confusion matrix, which test rows it got right (McNemar's test pairs models on them), and,
 * if training failed, why ({@code failure} non-null, metrics empty, {@code correct} null).
 */
public record Outcome(String dataset, String model, Split split, Map<String, Double> metrics,
                      History history, ConfusionMatrix confusion, boolean[] correct, String failure) {
    public boolean failed() { return failure != null; }
}
