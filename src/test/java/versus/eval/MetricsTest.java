package versus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric on two hand-worked examples; the expected values follow scikit-learn's definitions
 * (confusion counts, precision_recall_fscore_support, roc_auc_score, average_precision_score,
 * log_loss), worked out in the comments.
 */
class MetricsTest {
    private static final double TOL = 1e-12;

    /*
     * Binary example, positive class 1.
     * truth      1   1   1   1   0   0   0   0   0   0
     * P(class 1) .9  .8  .6  .3  .7  .6  .3  .2  .1  .1
     * predicted  1   1   1   0   1   1   0   0   0   0     (P >= .5)
     * TP = 3, FN = 1, FP = 2, TN = 4.
     */
    private static final int[] BIN_TRUTH = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    private static final int[] BIN_PRED = {1, 1, 1, 0, 1, 1, 0, 0, 0, 0};
    private static final double[] BIN_P1 = {.9, .8, .6, .3, .7, .6, .3, .2, .1, .1};

    /*
     * 3-class example; the predicted class is the arg max of each probability row.
     * row truth pred  P(0) P(1) P(2)
     *  0    0    0    .7   .2   .1
     *  1    0    0    .5   .3   .2
     *  2    0    1    .3   .5   .2
     *  3    1    1    .1   .8   .1
     *  4    1    1    .2   .6   .2
     *  5    1    2    .1   .3   .6
     *  6    2    2    .1   .1   .8
     *  7    2    2    .2   .2   .6
     *  8    2    0    .5   .2   .3
     *  9    2    1    .2   .5   .3
     * Confusion (row true, column predicted): [[2,1,0],[0,2,1],[1,1,2]].
     * Per class (TP, FP, FN, TN): 0: (2,1,1,6); 1: (2,2,1,5); 2: (2,1,2,5). Supports 3, 3, 4.
     */
    private static final int[] TRI_TRUTH = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
    private static final int[] TRI_PRED = {0, 0, 1, 1, 1, 2, 2, 2, 0, 1};
    private static final double[] TRI_P = {
        .7, .2, .1, .5, .3, .2, .3, .5, .2, .1, .8, .1, .2, .6, .2,
        .1, .3, .6, .1, .1, .8, .2, .2, .6, .5, .2, .3, .2, .5, .3};

    private static Predictions binary() {
        double[] p = new double[2 * BIN_P1.length];
        for (int i = 0; i < BIN_P1.length; i++) {
            p[2 * i] = 1 - BIN_P1[i];
            p[2 * i + 1] = BIN_P1[i];
        }
        return new Predictions(2, BIN_TRUTH, BIN_PRED, p);
    }

    private static Predictions threeClass() {
        return new Predictions(3, TRI_TRUTH, TRI_PRED, TRI_P);
    }

    private static double value(String name, Predictions p) {
        return Metrics.byName(name).orElseThrow().compute(p);
    }

    @Test
    void registryHasTheCanonicalNamesInOrder() {
        assertEquals(List.of("accuracy", "error", "balanced-accuracy", "precision", "recall", "specificity", "f1",
                "f1-micro", "f1-weighted", "log-loss", "brier", "auc", "pr-auc", "pair-accuracy", "kendall-tau", "ndcg@10", "map",
                "hamming-loss", "subset-accuracy", "example-f1", "jaccard", "label-f1-micro", "label-f1-macro"),
                Metrics.names());
        for (String n : Metrics.names()) {
            assertEquals(n, Metrics.byName(n).orElseThrow().name());
        }
        assertTrue(Metrics.byName("nope").isEmpty());
        assertEquals("recall-macro", Metrics.byName("recall-macro").orElseThrow().name());
    }

    @Test
    void directionsAndProbabilityNeeds() {
        for (String n : List.of("error", "log-loss", "brier")) {
            assertFalse(Metrics.byName(n).orElseThrow().higherIsBetter(), n);
        }
        for (String n : List.of("accuracy", "f1", "auc", "pr-auc")) {
            assertTrue(Metrics.byName(n).orElseThrow().higherIsBetter(), n);
        }
        for (String n : Metrics.names()) {
            boolean probs = List.of("log-loss", "brier", "auc", "pr-auc").contains(n);
            assertEquals(probs, Metrics.byName(n).orElseThrow().needsProbabilities(), n);
        }
        Predictions labelsOnly = new Predictions(2, BIN_TRUTH, BIN_PRED, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> value("auc", labelsOnly));
        assertTrue(e.getMessage().contains("auc needs class probabilities"), e.getMessage());
    }

    @Test
    void binaryLabelMetrics() {
        Predictions p = binary();
        assertEquals(0.7, value("accuracy", p), TOL);                    // (3 + 4) / 10
        assertEquals(0.3, value("error", p), TOL);
        assertEquals((0.75 + 4.0 / 6) / 2, value("balanced-accuracy", p), TOL); // (recall 3/4 + specificity 4/6) / 2 = 0.708333
        assertEquals(0.6, value("precision", p), TOL);                   // 3 / (3 + 2)
        assertEquals(0.75, value("recall", p), TOL);                     // 3 / (3 + 1)
        assertEquals(4.0 / 6, value("specificity", p), TOL);             // 4 / (4 + 2)
        assertEquals(6.0 / 9, value("f1", p), TOL);                      // 2*3 / (2*3 + 2 + 1)
        assertEquals(0.7, value("f1-micro", p), TOL);                    // pooled TP 7, FP 3, FN 3: 14/20 = accuracy
        // F1 of class 0 = 2*4/(8 + 1 + 2) = 8/11, of class 1 = 2/3; supports 6 and 4: 0.7030303
        assertEquals((6 * 8.0 / 11 + 4 * 2.0 / 3) / 10, value("f1-weighted", p), TOL);
        assertEquals((8.0 / 11 + 2.0 / 3) / 2, value("f1-macro", p), TOL);
    }

    @Test
    void binaryProbabilityMetrics() {
        Predictions p = binary();
        // -ln of p(true): .9 .8 .6 .3 | .3 .4 .7 .8 .9 .9  -> mean 0.4954105557832648
        double ll = -(Math.log(.9) + Math.log(.8) + Math.log(.6) + Math.log(.3)
                + Math.log(.3) + Math.log(.4) + Math.log(.7) + Math.log(.8) + Math.log(.9) + Math.log(.9)) / 10;
        assertEquals(ll, value("log-loss", p), TOL);
        assertEquals(0.4954105557832648, value("log-loss", p), 1e-12);
        // (p1 - y)^2 = .01 .04 .16 .49 .49 .36 .09 .04 .01 .01, sum 1.70; both classes count: 2 * 1.70 / 10
        // (scikit-learn's binary brier_score_loss is half of it, 0.17)
        assertEquals(0.34, value("brier", p), TOL);
        // positives .9 .8 .6 .3 vs negatives .7 .6 .3 .2 .1 .1: pairs won 6 + 6 + (4 + 1/2) + (3 + 1/2) = 20 of 24
        assertEquals(20.0 / 24, value("auc", p), TOL);
        // thresholds .9: P 1/1; .8: 2/2; .7: no recall step; .6: 3/5; .3: 4/7, each step dR = 1/4
        // AP = (1 + 1 + 3/5 + 4/7) / 4 = 0.7928571
        assertEquals((1 + 1 + 0.6 + 4.0 / 7) / 4, value("pr-auc", p), TOL);
    }

    @Test
    void threeClassLabelMetrics() {
        Predictions p = threeClass();
        assertEquals(0.6, value("accuracy", p), TOL);
        assertEquals(0.4, value("error", p), TOL);
        double macroRecall = (2.0 / 3 + 2.0 / 3 + 2.0 / 4) / 3;               // 0.611111
        assertEquals(macroRecall, value("recall", p), TOL);
        assertEquals(macroRecall, value("balanced-accuracy", p), TOL);
        assertEquals((2.0 / 3 + 2.0 / 4 + 2.0 / 3) / 3, value("precision", p), TOL); // 0.611111
        assertEquals((6.0 / 7 + 5.0 / 7 + 5.0 / 6) / 3, value("specificity", p), TOL); // 0.801587
        // F1 per class: 4/6, 4/7, 4/7
        assertEquals((4.0 / 6 + 4.0 / 7 + 4.0 / 7) / 3, value("f1", p), TOL);   // 0.603175
        assertEquals(0.6, value("f1-micro", p), TOL);
        assertEquals((3 * 4.0 / 6 + 3 * 4.0 / 7 + 4 * 4.0 / 7) / 10, value("f1-weighted", p), TOL); // 0.6
        assertEquals(0.6, value("precision-micro", p), TOL);
        // micro specificity: pooled TN 16, FP 4 -> 0.8
        assertEquals(0.8, value("specificity-micro", p), TOL);
        assertThrows(IllegalArgumentException.class, () -> value("f1-binary", p));
    }

    @Test
    void threeClassProbabilityMetrics() {
        Predictions p = threeClass();
        // p(true) = .7 .5 .3 .8 .6 .3 .8 .6 .3 .3
        double ll = -(Math.log(.7) + Math.log(.5) + Math.log(.3) + Math.log(.8) + Math.log(.6) + Math.log(.3)
                + Math.log(.8) + Math.log(.6) + Math.log(.3) + Math.log(.3)) / 10;
        assertEquals(ll, value("log-loss", p), TOL);
        // row sums of squares: .14 .38 .78 .06 .24 .86 .06 .24 .78 .78 = 4.32
        assertEquals(0.432, value("brier", p), 1e-12);
        // one-vs-rest AUC: class 0: pos .7 .5 .3 vs neg .1 .2 .1 .1 .2 .5 .2 -> (7 + 6.5 + 6)/21
        //                  class 1: pos .8 .6 .3 vs neg .2 .3 .5 .1 .2 .2 .5 -> (7 + 7 + 4.5)/21
        //                  class 2: pos .8 .6 .3 .3 vs neg .1 .2 .2 .1 .2 .6 -> (6 + 5.5 + 5 + 5)/24
        double auc = (19.5 / 21 + 18.5 / 21 + 21.5 / 24) / 3;            // 0.9017857
        assertEquals(auc, value("auc", p), TOL);
        // AP class 0: .7: P 1, dR 1/3; .5 (one pos, one neg): P 2/3; .3: P 3/4 -> (1 + 2/3 + 3/4)/3 = 0.805556
        // AP class 1: .8: 1; .6: 1; .5 (two neg): -; .3 (one pos, one neg): 3/6 -> (1 + 1 + 1/2)/3 = 0.833333
        // AP class 2: .8: P 1, dR 1/4; .6 (one pos, one neg): P 2/3, dR 1/4; .3 (two pos): P 4/5, dR 2/4 -> 0.816667
        double ap0 = (1 + 2.0 / 3 + 3.0 / 4) / 3;
        double ap1 = (1 + 1 + 3.0 / 6) / 3;
        double ap2 = (1 + 2.0 / 3) / 4 + 2.0 / 4 * (4.0 / 5);
        assertEquals((ap0 + ap1 + ap2) / 3, value("pr-auc", p), TOL);      // 0.8185185
        assertEquals(0.8185185185185185, value("pr-auc", p), 1e-12);
    }

    @Test
    void aucOfPerfectInvertedAndTiedScores() {
        int[] truth = {0, 0, 1, 1};
        Predictions perfect = withP1(truth, .1, .2, .8, .9);
        Predictions inverted = withP1(truth, .9, .8, .2, .1);
        Predictions tied = withP1(truth, .5, .5, .5, .5);
        assertEquals(1.0, value("auc", perfect), TOL);
        assertEquals(0.0, value("auc", inverted), TOL);
        assertEquals(0.5, value("auc", tied), TOL);          // every pair a tie: 1/2
        assertEquals(1.0, value("pr-auc", perfect), TOL);
        assertEquals(5.0 / 12, value("pr-auc", inverted), TOL); // positives last: .2: P 1/3, .1: P 2/4, dR 1/2 each
        assertEquals(0.5, value("pr-auc", tied), TOL);       // one threshold: recall 1 at precision 2/4
        // one class only: undefined
        assertTrue(Double.isNaN(value("auc", withP1(new int[] {1, 1}, .3, .6))));
    }

    @Test
    void zeroDivisionCountsAsZero() {
        // nothing predicted positive: precision 0/0 -> 0, recall 0/1, F1 0/1; specificity 2/2
        Predictions p = new Predictions(2, new int[] {1, 0, 0}, new int[] {0, 0, 0}, null);
        assertEquals(0.0, value("precision", p), TOL);
        assertEquals(0.0, value("recall", p), TOL);
        assertEquals(0.0, value("f1", p), TOL);
        assertEquals(1.0, value("specificity", p), TOL);
    }

    @Test
    void logLossClipsAtOneEMinusFifteen() {
        Predictions p = new Predictions(2, new int[] {1}, new int[] {0}, new double[] {1, 0});
        assertEquals(-Math.log(1e-15), value("log-loss", p), 1e-9);  // 34.538776
    }

    @Test
    void macroSkipsClassesAbsentFromTruthAndPredictions() {
        // K = 3 but class 2 never occurs: macro over classes 0 and 1 only, as scikit-learn's label set
        Predictions p = new Predictions(3, new int[] {0, 1, 1}, new int[] {0, 1, 0}, null);
        // recall: class 0 1/1, class 1 1/2 -> 0.75
        assertEquals(0.75, value("recall", p), TOL);
    }

    @Test
    void confusionMatrixCountsSumsAndPrints() {
        ConfusionMatrix c = ConfusionMatrix.of(threeClass());
        assertEquals(new ConfusionMatrix(new long[][] {{2, 1, 0}, {0, 2, 1}, {1, 1, 2}}), c);
        assertEquals(10, c.total());
        assertEquals(4, c.support(2));
        assertEquals(4, c.predictedCount(1));
        assertEquals(2, c.truePositives(1));
        assertEquals(2, c.falsePositives(1));
        assertEquals(1, c.falseNegatives(1));
        assertEquals(5, c.trueNegatives(1));
        ConfusionMatrix twice = c.add(c);
        assertEquals(4, twice.count(0, 0));
        assertEquals(20, twice.total());
        assertEquals(2, c.count(0, 0)); // add does not modify
        assertEquals(c.accuracy(), twice.accuracy(), TOL);
        String md = ConfusionMatrix.of(binary()).toMarkdown(List.of("neg", "pos"));
        assertEquals("| true \\ predicted | neg | pos |\n|---|---:|---:|\n| neg | 4 | 2 |\n| pos | 1 | 3 |\n", md);
        assertThrows(IllegalArgumentException.class, () -> c.add(ConfusionMatrix.of(binary())));
        assertThrows(IllegalArgumentException.class, () -> c.toMarkdown(List.of("a")));
    }

    private static Predictions withP1(int[] truth, double... p1) {
        double[] p = new double[2 * p1.length];
        int[] pred = new int[p1.length];
        for (int i = 0; i < p1.length; i++) {
            p[2 * i] = 1 - p1[i];
            p[2 * i + 1] = p1[i];
            pred[i] = p1[i] >= 0.5 ? 1 : 0;
        }
        return new Predictions(2, truth, pred, p);
    }
}
