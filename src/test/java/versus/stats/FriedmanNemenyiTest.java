package versus.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FriedmanNemenyiTest {
    private static final List<String> C45 = List.of("C4.5", "C4.5+m", "C4.5+cf", "C4.5+m+cf");

    /**
     * Ranks (1 = best) of four classifiers on 14 data sets with the rank sums 44, 28, 40.5, 27.5 of
     * Demsar 2006, Section 3.2.2 (average ranks 3.143, 2.000, 2.893, 1.964), for which he reports
     * chi2_F = 9.28, F_F = 3.69, CD = 1.25 at alpha 0.05 and 1.12 at 0.10. Exact values:
     * <pre>
     * R = np.array([44, 28, 40.5, 27.5]) / 14; N, k = 14, 4
     * chi = 12*N/(k*(k+1)) * (np.sum(R**2) - k*(k+1)**2/4); F = (N-1)*chi / (N*(k-1) - chi)
     * stats.chi2.sf(chi, 3), stats.f.sf(F, 3, 39)
     * # 9.278571428571437 0.025807496707063185 3.686313032089068 0.019823006192249054
     * </pre>
     */
    private static final double[][] DEMSAR_RANKS = {
        {4, 3, 2, 1}, {1, 2, 3, 4}, {4, 1, 2, 3}, {4, 1, 2.5, 2.5}, {4, 2, 3, 1}, {1, 2.5, 4, 2.5}, {3, 2, 4, 1},
        {2.5, 2.5, 4, 1}, {4, 3, 2, 1}, {2.5, 2.5, 2.5, 2.5}, {4, 2.5, 1, 2.5}, {3, 2, 4, 1}, {4, 1, 2.5, 2.5}, {3, 1, 4, 2}};

    @Test
    void demsarsExample() {
        FriedmanNemenyi f = FriedmanNemenyi.test(C45, DEMSAR_RANKS, Direction.LOWER_IS_BETTER, 0.05);
        assertArrayEquals(new double[] {44 / 14.0, 2, 40.5 / 14, 27.5 / 14}, f.averageRanks(), 1e-12);
        assertEquals(9.278571428571437, f.chiSquare(), 1e-12);
        assertEquals(0.025807496707063185, f.chiSquarePValue(), 1e-12);
        assertEquals(3.686313032089068, f.fStatistic(), 1e-12);
        assertEquals(0.019823006192249054, f.pValue(), 1e-12);
        assertEquals(3, f.fDf1());
        assertEquals(39, f.fDf2());
        assertEquals(3, f.chiSquareDf());
        assertEquals(2.569 * Math.sqrt(20.0 / 84), f.criticalDifference(), 1e-12);
        assertEquals(1.25, f.criticalDifference(), 0.005);
        // at 0.05 no pair differs by CD: the best (1.964) and worst (3.143) are 1.18 apart
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertFalse(f.significant(i, j));
            }
        }
        assertEquals("average ranks differ (Iman-Davenport p = 0.020, Friedman test over 14 data sets); Nemenyi CD = 1.25 "
                + "at alpha = 0.05: no pair of models differs significantly", f.verdict());
    }

    @Test
    void demsarsExampleAtAlphaTen() {
        // Demsar: at 0.10 (CD = 1.12) C4.5+m and C4.5+m+cf are significantly better than C4.5
        FriedmanNemenyi f = FriedmanNemenyi.test(C45, DEMSAR_RANKS, Direction.LOWER_IS_BETTER, 0.10);
        assertEquals(1.12, f.criticalDifference(), 0.005);
        assertTrue(f.significant(0, 1) && f.significant(1, 0));
        assertTrue(f.significant(0, 3));
        assertFalse(f.significant(0, 2));
        assertFalse(f.significant(1, 2));
        assertEquals("average ranks differ (Iman-Davenport p = 0.020, Friedman test over 14 data sets); Nemenyi CD = 1.12 "
                + "at alpha = 0.1: C4.5+m better than C4.5, C4.5+m+cf better than C4.5", f.verdict());
    }

    @Test
    void scoresWithoutTiesMatchScipy() {
        // stats.friedmanchisquare(*S.T) = 6.333333333333329, p 0.04214384350927651 (no ties, so no tie correction);
        // F_F = 5.5882352941176645, stats.f.sf(F, 2, 10) = 0.02348183883829512
        double[][] s = {{0.81, 0.85, 0.80}, {0.70, 0.75, 0.72}, {0.91, 0.93, 0.90}, {0.66, 0.69, 0.70}, {0.88, 0.90, 0.87},
            {0.79, 0.84, 0.78}};
        FriedmanNemenyi f = FriedmanNemenyi.test(List.of("lr", "mlp", "svm"), s, Direction.HIGHER_IS_BETTER, 0.05);
        assertArrayEquals(new double[] {14 / 6.0, 7 / 6.0, 15 / 6.0}, f.averageRanks(), 1e-12);
        assertEquals(6.333333333333329, f.chiSquare(), 1e-12);
        assertEquals(0.04214384350927651, f.chiSquarePValue(), 1e-12);
        assertEquals(5.5882352941176645, f.fStatistic(), 1e-12);
        assertEquals(0.02348183883829512, f.pValue(), 1e-12);
        assertEquals(2.343 * Math.sqrt(12.0 / 36), f.criticalDifference(), 1e-12);
        assertEquals(1.3527316807112930, f.criticalDifference(), 1e-12);
        assertFalse(f.significant(0, 1)); // 1.167 apart
        assertFalse(f.significant(1, 2)); // 1.333 apart, just under CD
    }

    @Test
    void identicalRankingsGiveAnInfiniteF() {
        double[][] s = {{3, 2, 1}, {3, 2, 1}, {3, 2, 1}};
        FriedmanNemenyi f = FriedmanNemenyi.test(List.of("a", "b", "c"), s, Direction.HIGHER_IS_BETTER, 0.05);
        assertEquals(Double.POSITIVE_INFINITY, f.fStatistic());
        assertEquals(0, f.pValue());
        FriedmanNemenyi tied = FriedmanNemenyi.test(List.of("a", "b"), new double[][] {{1, 1}, {2, 2}}, Direction.HIGHER_IS_BETTER, 0.05);
        assertEquals(0, tied.chiSquare());
        assertEquals(1, tied.pValue());
        assertEquals("no significant difference among the 2 models at alpha = 0.05 (Iman-Davenport p = 1.0, Friedman test over 2 data sets)",
                tied.verdict());
    }

    @Test
    void rejectsWhatTheTableDoesNotCover() {
        double[][] s = {{1, 2}, {2, 1}};
        assertThrows(IllegalArgumentException.class, () -> FriedmanNemenyi.test(List.of("a", "b"), s, Direction.HIGHER_IS_BETTER, 0.01));
        assertThrows(IllegalArgumentException.class, () -> FriedmanNemenyi.test(List.of("a"), new double[][] {{1}, {2}}, Direction.HIGHER_IS_BETTER, 0.05));
        assertThrows(IllegalArgumentException.class, () -> FriedmanNemenyi.test(List.of("a", "b"), new double[][] {{1, 2}}, Direction.HIGHER_IS_BETTER, 0.05));
        assertThrows(IllegalArgumentException.class, () -> FriedmanNemenyi.test(List.of("a", "b"), new double[][] {{1, 2}, {1}}, Direction.HIGHER_IS_BETTER, 0.05));
        assertThrows(IllegalArgumentException.class, () -> FriedmanNemenyi.test(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                new double[2][11], Direction.HIGHER_IS_BETTER, 0.05));
    }
}
