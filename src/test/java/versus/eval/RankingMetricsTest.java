package versus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking metrics on hand-worked queries, ties included. */
class RankingMetricsTest {
    private static final double TOL = 1e-12;
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    /*
     * Three queries, rows interleaved in the file:
     * row  qid  rel  score
     *  0    1    1    .9
     *  1    1    2    .9     tied with row 0
     *  2    2    0    .3
     *  3    1    0    .1
     *  4    2    1    .2
     *  5    1    1    .5
     *  6    2    0    .3     tied with row 2
     *  7    0    0    .4     query 0: one grade only, defines no metric
     *  8    0    0    .1
     *
     * Query 1, pairs (6): (0,1) rel differs, score tie; (0,3) C; (0,5) rel tie, scores differ;
     *   (1,3) C; (1,5) C; (3,5) C.  C = 4, D = 0, score ties 1, relevance ties 1.
     * Query 2, pairs (3): (2,4) D; (2,6) tied in both; (4,6) D.  C = 0, D = 2.
     * Query 0: no pair of different relevance.
     */
    private static Predictions example() {
        double[] scores = {.9, .9, .3, .1, .2, .5, .3, .4, .1};
        int[] groups = {1, 1, 2, 1, 2, 1, 2, 0, 0};
        double[] rel = {1, 2, 0, 0, 1, 1, 0, 0, 0};
        return ranking(scores, groups, rel);
    }

    private static Predictions ranking(double[] scores, int[] groups, double[] rel) {
        int[] labels = new int[rel.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) rel[i];
        }
        return new Predictions(3, labels, labels.clone(), null, new Predictions.Ranking(scores, groups, rel));
    }

    private static double value(String name, Predictions p) {
        return Metrics.byName(name).orElseThrow().compute(p);
    }

    @Test
    void pairAccuracyPoolsPairsAndCountsScoreTiesHalf() {
        // (C + T/2) / (C + D + T) over both queries: (4 + 0.5) / (4 + 2 + 1)
        assertEquals(4.5 / 7, value("pair-accuracy", example()), TOL);
    }

    @Test
    void kendallTauBPerQueryAveraged() {
        // query 1: (4 - 0) / sqrt(5 pairs of different relevance * 5 pairs of different score) = 0.8
        // query 2: (0 - 2) / sqrt(2 * 2) = -1; query 0 has one grade and is left out
        assertEquals((0.8 - 1) / 2, value("kendall-tau", example()), TOL);
    }

    @Test
    void ndcgBreaksScoreTiesByRowOrderAndSkipsQueriesWithoutGain() {
        // query 1 ranked: rows 0, 1 (tie, row order), 5, 3 -> rel 1, 2, 1, 0; ideal 2, 1, 1, 0
        // query 2 ranked: rows 2, 6 (tie), 4 -> rel 0, 0, 1; ideal 1, 0, 0; query 0: IDCG 0, skipped
        double q1At2 = (1 + 3 / LOG2_3) / (3 + 1 / LOG2_3);
        assertEquals(q1At2 / 2, value("ndcg@2", example()), TOL);
        double q1All = (1 + 3 / LOG2_3 + 0.5) / (3 + 1 / LOG2_3 + 0.5);
        double q2All = 0.5 / 1;   // the relevant row at rank 3: 1 / log2(4)
        assertEquals((q1All + q2All) / 2, value("ndcg@10", example()), TOL);
        assertEquals(0, value("ndcg@1", ranking(new double[] {.5, .5}, new int[] {7, 7}, new double[] {0, 3})), TOL);
        assertEquals(1, value("ndcg@1", ranking(new double[] {.5, .5}, new int[] {7, 7}, new double[] {3, 0})), TOL);
    }

    @Test
    void meanAveragePrecision() {
        // query 1: relevant at ranks 1, 2, 3 -> AP 1; query 2: relevant at rank 3 -> AP 1/3; query 0 skipped
        assertEquals((1 + 1.0 / 3) / 2, value("map", example()), TOL);
        // a tie between a relevant and an irrelevant row: the earlier row is ranked first
        assertEquals(0.5, value("map", ranking(new double[] {.5, .5}, new int[] {1, 1}, new double[] {0, 1})), TOL);
        assertEquals(1, value("map", ranking(new double[] {.5, .5}, new int[] {1, 1}, new double[] {1, 0})), TOL);
        // graded relevance: everything above 0 is relevant
        assertEquals(1, value("map", ranking(new double[] {3, 2, 1}, new int[] {1, 1, 1}, new double[] {1, 3, 0})), TOL);
    }

    @Test
    void allTiedScoresAndUndefinedQueries() {
        Predictions constant = ranking(new double[] {0, 0, 0}, new int[] {4, 4, 4}, new double[] {0, 1, 2});
        assertEquals(0.5, value("pair-accuracy", constant), TOL);
        assertEquals(0, value("kendall-tau", constant), TOL);
        Predictions oneGrade = ranking(new double[] {1, 2}, new int[] {1, 1}, new double[] {0, 0});
        for (String n : List.of("pair-accuracy", "kendall-tau", "ndcg@10", "map")) {
            assertTrue(Double.isNaN(value(n, oneGrade)), n);
        }
    }

    @Test
    void perfectAndReversedOrders() {
        double[] rel = {3, 2, 1, 0, 2, 0};
        int[] groups = {1, 1, 1, 1, 2, 2};
        Predictions perfect = ranking(new double[] {4, 3, 2, 1, 1, 0}, groups, rel);
        Predictions reversed = ranking(new double[] {1, 2, 3, 4, 0, 1}, groups, rel);
        for (String n : List.of("pair-accuracy", "kendall-tau", "ndcg@3", "map")) {
            assertEquals(1, value(n, perfect), TOL, n);
        }
        assertEquals(0, value("pair-accuracy", reversed), TOL);
        assertEquals(-1, value("kendall-tau", reversed), TOL);
    }

    @Test
    void registryNamesDirectionsAndNeeds() {
        for (String n : List.of("pair-accuracy", "kendall-tau", "ndcg@10", "map")) {
            assertTrue(Metrics.names().contains(n), n);
            Metric m = Metrics.byName(n).orElseThrow();
            assertEquals(n, m.name());
            assertTrue(m.higherIsBetter(), n);
            assertTrue(m.needsRanking(), n);
            assertFalse(m.needsProbabilities(), n);
        }
        assertEquals("ndcg@5", Metrics.byName("ndcg@5").orElseThrow().name());
        assertEquals("ndcg@123", Metrics.byName("ndcg@123").orElseThrow().name());
        for (String bad : List.of("ndcg@", "ndcg@0", "ndcg@05", "ndcg@-1", "ndcg@1x", "ndcg@9999999999", "ndcg")) {
            assertTrue(Metrics.byName(bad).isEmpty(), bad);
        }
        assertFalse(Metrics.byName("accuracy").orElseThrow().needsRanking());
    }

    @Test
    void predictionsWithoutRankingAreRefused() {
        Predictions labels = new Predictions(2, new int[] {0, 1}, new int[] {0, 1}, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> value("ndcg@10", labels));
        assertTrue(e.getMessage().contains("ndcg@10 needs query groups"), e.getMessage());
    }
}
