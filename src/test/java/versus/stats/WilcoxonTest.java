package versus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17 (zsplit = zero ranks split evenly, Demsar's rule for an even
 * number of zeros):
 * <pre>
 * import numpy as np; from scipy import stats
 * c45  = np.array([.763,.599,.954,.628,.882,.936,.661,.583,.775,1.0,.940,.619,.972,.957])
 * c45m = np.array([.768,.591,.971,.661,.888,.931,.668,.583,.838,1.0,.962,.666,.981,.978])
 * stats.wilcoxon(c45m - c45, zero_method='zsplit', method='approx', correction=False)
 *   # statistic 12.0, pvalue 0.01096849656422473, zstatistic -2.543700886736377
 * stats.wilcoxon([0.5, -1.25, 2.0, 3.5, -0.75, 4.0, 5.5, 6.25, 1.75, 7.0], method='exact')   # 5.0, 0.01953125
 * stats.wilcoxon([0, 0, 1, 2, -3, 4, 5, 6, 7.5], zero_method='zsplit', method='approx', correction=False)
 *   # 6.5, 0.05780400959318357 (the data below with one of its three zeros dropped)
 * </pre>
 */
class WilcoxonTest {
    @Test
    void demsarsExample() {
        // Demsar 2006, Table 2: AUC of C4.5 and C4.5+m on 14 data sets; he reports R+ = 93, R- = 12
        double[] c45 = {.763, .599, .954, .628, .882, .936, .661, .583, .775, 1.0, .940, .619, .972, .957};
        double[] c45m = {.768, .591, .971, .661, .888, .931, .668, .583, .838, 1.0, .962, .666, .981, .978};
        Wilcoxon w = Wilcoxon.test(Direction.HIGHER_IS_BETTER.advantage(c45m, c45));
        assertEquals(93, w.rankSumA(), 1e-12);
        assertEquals(12, w.rankSumB(), 1e-12);
        assertEquals(12, w.statistic(), 1e-12);
        assertEquals(14, w.n());
        assertEquals(Wilcoxon.Method.NORMAL, w.method());
        assertEquals(2.543700886736377, w.z(), 1e-12);
        assertEquals(0.01096849656422473, w.pValue(), 1e-12);
        assertEquals(81.0 / 105, w.effect(), 1e-12);
        assertEquals("C4.5+m better than C4.5 (p = 0.011, Wilcoxon signed-rank test, normal approximation)",
                w.verdict(0.05, "C4.5+m", "C4.5"));
    }

    @Test
    void exactWithoutTiesOrZeros() {
        // by hand: |d| ranks 1..10, the negatives -0.75 and -1.25 have ranks 2 and 3, so T = R- = 5;
        // subsets of 1..10 with sum <= 5: {}, 1, 2, 3, 12, 4, 13, 5, 14, 23 = 10, p = 2 * 10 / 2^10
        Wilcoxon w = Wilcoxon.test(new double[] {0.5, -1.25, 2.0, 3.5, -0.75, 4.0, 5.5, 6.25, 1.75, 7.0});
        assertEquals(Wilcoxon.Method.EXACT, w.method());
        assertEquals(5, w.statistic());
        assertEquals(50, w.rankSumA());
        assertEquals(20.0 / 1024, w.pValue(), 1e-15);
        assertEquals(0.01953125, w.pValue(), 1e-15);
    }

    @Test
    void oddNumberOfZerosDropsOne() {
        Wilcoxon w = Wilcoxon.test(new double[] {0, 0, 0, 1, 2, -3, 4, 5, 6, 7.5});
        assertEquals(9, w.n());
        assertEquals(38.5, w.rankSumA(), 1e-12); // zeros share rank 1.5, each side gets 1.5
        assertEquals(6.5, w.rankSumB(), 1e-12);
        assertEquals(0.05780400959318357, w.pValue(), 1e-12);
    }

    @Test
    void exactDistributionIsAProbabilityDistribution() {
        assertEquals(1, Wilcoxon.exactCdf(12, 78), 1e-15);
        assertEquals(1.0 / 4096, Wilcoxon.exactCdf(12, 0), 1e-18);
        // symmetric about n(n+1)/4 = 39: P(W <= 38) = P(W >= 40) = (1 - P(W = 39)) / 2
        double p39 = Wilcoxon.exactCdf(12, 39) - Wilcoxon.exactCdf(12, 38);
        assertEquals((1 - p39) / 2, Wilcoxon.exactCdf(12, 38), 1e-15);
    }

    @Test
    void noEvidenceGivesPOne() {
        assertEquals(1, Wilcoxon.test(new double[] {0, 0}).pValue());
        assertEquals(0, Wilcoxon.test(new double[] {0}).n());
        assertEquals(1, Wilcoxon.test(new double[] {1, -1}).pValue());
        assertThrows(IllegalArgumentException.class, () -> Wilcoxon.test(new double[0]));
    }
}
