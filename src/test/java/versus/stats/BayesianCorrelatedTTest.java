package versus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17, for the differences of {@link PairedTTestsTest} (10-fold CV,
 * n_train 90, n_test 10, so rho = 0.1) and rope 0.01:
 * <pre>
 * rho = 10 / 100; scale = np.sqrt((1/10 + rho/(1 - rho)) * d.var(ddof=1))
 * T = stats.t(9, loc=d.mean(), scale=scale); 1 - T.cdf(.01), T.cdf(.01) - T.cdf(-.01), T.cdf(-.01)
 * # 0.7571945692756021 0.24189763459622238 0.0009077961281755142
 * </pre>
 */
class BayesianCorrelatedTTest {
    @Test
    void posteriorMatchesScipy() {
        BayesianCorrelatedT b = BayesianCorrelatedT.test(PairedTTestsTest.D, 90, 10, 0.01);
        assertEquals(0.014, b.mean(), 1e-15);
        assertEquals(PairedTTestsTest.SE, b.scale(), 1e-15); // the same scale as the corrected t-test
        assertEquals(9, b.df());
        assertEquals(0.7571945692756021, b.pABetter(), 1e-12);
        assertEquals(0.24189763459622238, b.pRope(), 1e-12);
        assertEquals(0.0009077961281755142, b.pBBetter(), 1e-12);
        assertEquals(1, b.pABetter() + b.pRope() + b.pBBetter(), 1e-15);
        assertEquals("no decision at P >= 0.95: P(A better) = 0.757, P(rope) = 0.242, P(B better) = 0.001 "
                + "(Bayesian correlated t-test, rope 0.01)", b.verdict(0.05));
        assertEquals("mlp better than lr (P = 0.757, Bayesian correlated t-test, rope 0.01)", b.verdict(0.25, "mlp", "lr"));
    }

    @Test
    void withoutRopeTheProbabilityOfABetterIsOneMinusHalfTheTTestP() {
        // with rope 0 the posterior tail P(mu < 0) is the one-sided p of the corrected t-test
        BayesianCorrelatedT b = BayesianCorrelatedT.test(PairedTTestsTest.D, 90, 10, 0);
        assertEquals(0, b.pRope());
        assertEquals(PairedTTestsTest.P / 2, b.pBBetter(), 1e-12);
    }

    @Test
    void wideRopeDeclaresEquivalence() {
        BayesianCorrelatedT b = BayesianCorrelatedT.test(PairedTTestsTest.D, 90, 10, 0.05);
        assertEquals("A and B practically equivalent (P(rope) = 1.000, Bayesian correlated t-test, rope 0.05)", b.verdict(0.05));
    }

    @Test
    void zeroVarianceIsAPointMass() {
        BayesianCorrelatedT b = BayesianCorrelatedT.test(new double[] {-0.02, -0.02, -0.02}, 90, 10, 0.01);
        assertEquals(1, b.pBBetter());
        assertEquals(0, b.pRope());
        assertEquals("B better than A (P = 1.000, Bayesian correlated t-test, rope 0.01)", b.verdict(0.05));
        assertEquals(1, BayesianCorrelatedT.test(new double[] {0.01, 0.01}, 90, 10, 0.01).pRope());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> BayesianCorrelatedT.test(new double[] {1}, 90, 10, 0.01));
        assertThrows(IllegalArgumentException.class, () -> BayesianCorrelatedT.test(PairedTTestsTest.D, 90, 10, -0.01));
    }
}
