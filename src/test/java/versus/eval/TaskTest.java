package versus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.model.Regressor;

class TaskTest {
    @Test
    void theTaskOfLoadedData() {
        double[] x = {0, 1, 2, 3};
        Dataset plain = Dataset.of("d", 1, x, new int[] {0, 1, 0, 1}, List.of("a", "b"));
        Dataset grouped = new Dataset("d", x, new int[] {0, 1, 0, 1}, List.of("x0"), List.of("0", "1"), new int[] {1, 1, 2, 2});
        assertEquals(Task.CLASSIFICATION, Task.of(plain));
        assertEquals(Task.RANKING, Task.of(grouped));
    }

    @Test
    void whatEachTaskAllows() {
        assertEquals(Classifier.class, Task.CLASSIFICATION.modelType());
        assertEquals(Regressor.class, Task.REGRESSION.modelType());
        assertFalse(Task.REGRESSION.stratifies());
        assertTrue(Task.MULTI_LABEL.stratifies());
        assertTrue(Task.CLASSIFICATION.hasConfusionMatrix());
        assertFalse(Task.MULTI_LABEL.hasConfusionMatrix());
        assertFalse(Task.REGRESSION.hasConfusionMatrix());
        assertEquals(List.of("rmse", "mae", "r2", "explained-variance"), Task.REGRESSION.metricNames());
        assertTrue(Task.CLASSIFICATION.metricNames().contains("accuracy"));
        assertFalse(Task.CLASSIFICATION.metricNames().contains("ndcg@10"));
        assertTrue(Task.RANKING.metricNames().containsAll(List.of("ndcg@10", "accuracy")));
        assertTrue(Task.MULTI_LABEL.metricNames().contains("hamming-loss"));
        assertFalse(Task.MULTI_LABEL.metricNames().contains("accuracy"));
        // every canonical metric belongs to some task
        for (String name : Metrics.names()) {
            assertTrue(Task.RANKING.metricNames().contains(name) || Task.MULTI_LABEL.metricNames().contains(name), name);
        }
    }
}
