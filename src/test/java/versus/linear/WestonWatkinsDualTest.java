package versus.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * LIBLINEAR has no Weston-Watkins solver: the references come from an independent solve of the
 * same dual (box {@code 0 <= a_ik <= C}, bias penalised) by scipy's L-BFGS-B in
 * scripts/reference/liblinear_dual.py, on iris standardised on all rows. Its dual value is a
 * lower bound on the optimum accurate to about 1e-12 (its primal is 1e-7 high), so P is checked
 * against the dual value; plus the K = 2 identity with the binary hinge.
 */
class WestonWatkinsDualTest {
    private static final LinearProblem IRIS = Problems.iris();

    static LinearSolution solve(LinearProblem p, double c) {
        return WestonWatkinsDual.solve(p, Problems.lambda(p, c), BiasPenalty.PENALIZED,
                WestonWatkinsDual.DEFAULT_TOLERANCE, WestonWatkinsDual.DEFAULT_MAX_ITERATIONS, new SplittableRandom(5));
    }

    @Test
    void matchesAnIndependentDualSolveOnIris() {
        CrammerSingerDualTest.check(solve(IRIS, 1), IRIS, 1, 19.1468719309809, new double[] {-0.3699637347,
                0.4953524144, 0.4200631757, 0.003353204914, -0.1126085386, 1.422532192, -1.309923653});
        CrammerSingerDualTest.check(solve(IRIS, 0.01), IRIS, 0.01, 1.09039216150325, new double[] {-0.2295512027,
                0.19689728, -0.001714825567, -0.2849352539, -0.1835093227, 0.2052185342, -0.02170921145});
    }

    /** With K = 2 Weston-Watkins is Crammer-Singer, so {@code P_WW(C) = P_hinge(2C) / 2}. */
    @Test
    void twoClassesAreTheBinaryHingeAtTwiceC() {
        LinearProblem breast = Problems.breastCancer();
        LinearSolution s = solve(breast, 0.5);
        assertEquals(26.5263516088289 / 2, s.primal() / Problems.lambda(breast, 0.5), 1e-6 * 26.5263516088289 / 2);
        assertTrue(s.relativeGap() < 1e-6 && s.relativeGap() >= -1e-12);
    }

    @Test
    void onePassIsNotConvergedAndTheSeedFixesTheResult() {
        LinearSolution one = WestonWatkinsDual.solve(IRIS, Problems.lambda(IRIS, 1), BiasPenalty.PENALIZED,
                WestonWatkinsDual.DEFAULT_TOLERANCE, 1, new SplittableRandom(5));
        assertFalse(one.converged());
        assertTrue(one.primal() >= one.dual());
        LinearSolution a = solve(IRIS, 1);
        LinearSolution b = solve(IRIS, 1);
        assertArrayEquals(a.parameters(), b.parameters());
        assertEquals(a.iterations(), a.primalPasses()[a.primalPasses().length - 1]);
        assertEquals(a.primal(), a.primalTrace()[a.primalTrace().length - 1], 1e-15);
    }

    @Test
    void aFreeBiasIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WestonWatkinsDual.solve(IRIS,
                0.1, BiasPenalty.UNPENALIZED, 1e-6, 10, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("needs a penalized bias"), e.getMessage());
    }
}
