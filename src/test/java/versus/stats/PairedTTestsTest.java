package versus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Corrected resampled t and 5x2cv t. Reference values from scipy 1.17:
 * <pre>
 * import numpy as np; from scipy import stats
 * d = np.array([0.02, 0.01, 0.03, -0.01, 0.02, 0.015, 0.025, 0.0, 0.01, 0.02]); J = len(d)
 * se = np.sqrt((1/J + 10/90) * d.var(ddof=1)); t = d.mean() / se; p = 2 * stats.t.sf(abs(t), J - 1)
 * P = np.array([[.03, .01], [.02, .04], [-.01, .02], [.03, .00], [.02, .01]])
 * t5 = P[0, 0] / np.sqrt(((P - P.mean(1, keepdims=True))**2).sum() / 5); p5 = 2 * stats.t.sf(abs(t5), 5)
 * </pre>
 */
class PairedTTestsTest {
    static final double[] D = {0.02, 0.01, 0.03, -0.01, 0.02, 0.015, 0.025, 0.0, 0.01, 0.02};
    static final double T = 2.545065064227347;
    static final double P = 0.031448345688046275;
    static final double SE = 0.005500841686438472;

    @Test
    void correctedResampledTMatchesScipy() {
        // 10-fold CV on 100 rows: n_train = 90, n_test = 10
        CorrectedResampledT r = CorrectedResampledT.test(D, 90, 10);
        assertEquals(T, r.statistic(), 1e-12);
        assertEquals(P, r.pValue(), 1e-12);
        assertEquals(SE, r.standardError(), 1e-15);
        assertEquals(9, r.df());
        assertEquals(0.014, r.meanDifference(), 1e-15);
        assertEquals(10, r.n());
        assertEquals("A better than B (p = 0.031, corrected resampled t-test)", r.verdict(0.05));
        assertEquals("no significant difference at alpha = 0.01 (p = 0.031, corrected resampled t-test)", r.verdict(0.01));
        assertEquals("mlp better than svm (p = 0.031, corrected resampled t-test)", r.verdict(0.05, "mlp", "svm"));
    }

    @Test
    void correctionIsWhatSeparatesItFromThePlainPairedT() {
        // scipy.stats.ttest_1samp(d, 0): t = 3.6978938065676195; the correction can only shrink t
        double plainT = 3.6978938065676195;
        double ratio = Math.sqrt((1.0 / 10) / (1.0 / 10 + 10.0 / 90));
        assertEquals(plainT * ratio, CorrectedResampledT.test(D, 90, 10).statistic(), 1e-12);
    }

    @Test
    void negatedDifferencesFavourB() {
        double[] neg = new double[D.length];
        for (int i = 0; i < D.length; i++) {
            neg[i] = -D[i];
        }
        CorrectedResampledT r = CorrectedResampledT.test(neg, 90, 10);
        assertEquals(-T, r.statistic(), 1e-12);
        assertEquals(P, r.pValue(), 1e-12);
        assertEquals("B better than A (p = 0.031, corrected resampled t-test)", r.verdict(0.05));
    }

    @Test
    void zeroVarianceTakesTheLimits() {
        CorrectedResampledT same = CorrectedResampledT.test(new double[] {0, 0, 0}, 90, 10);
        assertEquals(0, same.statistic());
        assertEquals(1, same.pValue());
        CorrectedResampledT constant = CorrectedResampledT.test(new double[] {0.01, 0.01, 0.01}, 90, 10);
        assertEquals(Double.POSITIVE_INFINITY, constant.statistic());
        assertEquals(0, constant.pValue());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CorrectedResampledT.test(new double[] {0.1}, 90, 10));
        assertThrows(IllegalArgumentException.class, () -> CorrectedResampledT.test(new double[] {0.1, Double.NaN}, 90, 10));
        assertThrows(IllegalArgumentException.class, () -> CorrectedResampledT.test(D, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CorrectedResampledT.test(D, 90, -1));
        assertThrows(IllegalArgumentException.class, () -> CorrectedResampledT.test(D, 90, 10).verdict(1.5));
    }

    @Test
    void fiveByTwoMatchesScipy() {
        double[][] p = {{0.03, 0.01}, {0.02, 0.04}, {-0.01, 0.02}, {0.03, 0.00}, {0.02, 0.01}};
        // by hand: s_i^2 = (a - b)^2 / 2 = 2e-4, 2e-4, 4.5e-4, 4.5e-4, 0.5e-4; sum / 5 = 2.7e-4; t = 0.03 / sqrt(2.7e-4)
        FiveByTwoCvT r = FiveByTwoCvT.test(p);
        assertEquals(0.03 / Math.sqrt(2.7e-4), r.statistic(), 1e-12);
        assertEquals(1.825741858350554, r.statistic(), 1e-12);
        assertEquals(0.1274640081581162, r.pValue(), 1e-12);
        assertEquals(5, r.df());
        assertEquals(0.017, r.meanDifference(), 1e-15);
        assertEquals("no significant difference at alpha = 0.05 (p = 0.13, 5x2cv paired t-test)", r.verdict(0.05));
    }

    @Test
    void fiveByTwoDirectionFollowsTheFirstDifference() {
        // p_1^(1) < 0 but the mean is positive: the test speaks about the side of t
        double[][] p = {{-0.05, -0.0501}, {0.2, 0.2001}, {0.2, 0.2}, {0.2, 0.2}, {0.2, 0.2}};
        FiveByTwoCvT r = FiveByTwoCvT.test(p);
        assertEquals(-1, r.direction());
        assertEquals("B better than A (p < 0.001, 5x2cv paired t-test)", r.verdict(0.05));
    }

    @Test
    void fiveByTwoNeedsFiveByTwo() {
        assertThrows(IllegalArgumentException.class, () -> FiveByTwoCvT.test(new double[4][2]));
        assertThrows(IllegalArgumentException.class, () -> FiveByTwoCvT.test(new double[5][3]));
    }

    @Test
    void directionBuildsTheAdvantage() {
        assertEquals(0.25, Direction.HIGHER_IS_BETTER.advantage(new double[] {0.75}, new double[] {0.5})[0]);
        assertEquals(-0.25, Direction.LOWER_IS_BETTER.advantage(new double[] {0.75}, new double[] {0.5})[0]);
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(false));
        assertThrows(IllegalArgumentException.class, () -> Direction.HIGHER_IS_BETTER.advantage(new double[1], new double[2]));
    }
}
