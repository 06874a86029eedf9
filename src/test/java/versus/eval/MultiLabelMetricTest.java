package versus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultiLabelMetricTest {
    /**
     * Three rows, three labels, by hand:
     * row 0 truth {a, b} predicted {a}       -> 1 wrong, |Y and Z| 1, |Y or Z| 2
     * row 1 truth {c}    predicted {c}       -> exact
     * row 2 truth {}     predicted {b, c}    -> 2 wrong, union 2, intersection 0
     */
    private static Predictions example() {
        byte[] truth = {1, 1, 0, 0, 0, 1, 0, 0, 0};
        byte[] predicted = {1, 0, 0, 0, 0, 1, 0, 1, 1};
        return new Predictions(3, new int[] {0, 1, 2}, new int[] {-1, 1, -1}, null, null,
                new Predictions.LabelSetPredictions(3, truth, predicted));
    }

    @Test
    void valuesByHand() {
        Predictions p = example();
        assertEquals(3.0 / 9, MultiLabelMetric.HAMMING_LOSS.compute(p), 1e-12);
        assertEquals(1.0 / 3, MultiLabelMetric.SUBSET_ACCURACY.compute(p), 1e-12);
        // example F1: 2*1/(2+1), 1, 0
        assertEquals((2.0 / 3 + 1 + 0) / 3, MultiLabelMetric.EXAMPLE_F1.compute(p), 1e-12);
        assertEquals((0.5 + 1 + 0) / 3, MultiLabelMetric.JACCARD.compute(p), 1e-12);
        // pooled: TP = 2 (a, c), FP = 2 (row 2), FN = 1 (b of row 0)
        assertEquals(4.0 / 7, MultiLabelMetric.LABEL_F1_MICRO.compute(p), 1e-12);
        // per label: a: TP1 -> 1; b: TP0 FN1 FP1 -> 0; c: TP1 FP1 -> 2/3
        assertEquals((1 + 0 + 2.0 / 3) / 3, MultiLabelMetric.LABEL_F1_MACRO.compute(p), 1e-12);
    }

    @Test
    void directionsNamesAndRegistry() {
        assertFalse(MultiLabelMetric.HAMMING_LOSS.higherIsBetter());
        assertTrue(MultiLabelMetric.SUBSET_ACCURACY.higherIsBetter());
        assertEquals(MultiLabelMetric.HAMMING_LOSS, Metrics.byName("hamming-loss").orElseThrow());
        assertTrue(Metrics.byName("subset-accuracy").orElseThrow().needsLabelSets());
        assertFalse(Metrics.byName("accuracy").orElseThrow().needsLabelSets());
    }

    @Test
    void emptySetsPredictedEmptyArePerfect() {
        Predictions p = new Predictions(1, new int[] {0}, new int[] {0}, null, null,
                new Predictions.LabelSetPredictions(2, new byte[] {0, 0}, new byte[] {0, 0}));
        assertEquals(1, MultiLabelMetric.EXAMPLE_F1.compute(p));
        assertEquals(1, MultiLabelMetric.JACCARD.compute(p));
        assertEquals(0, MultiLabelMetric.HAMMING_LOSS.compute(p));
    }
}
