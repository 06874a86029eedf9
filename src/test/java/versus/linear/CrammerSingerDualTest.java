package versus.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reference optima from scripts/reference/liblinear_dual.py (liblinear-train -s 4 -B 1 -e 1e-10 on
 * iris standardised on all rows; recorded in scripts/reference/liblinear_dual.md):
 * P = J / lambda = 1/2 ||W||^2 + C sum_i max(0, 1 + max_{k != y} s_k - s_y), C = 1/(lambda n).
 */
class CrammerSingerDualTest {
    private static final LinearProblem IRIS = Problems.iris();

    static LinearSolution solve(LinearProblem p, double c) {
        return CrammerSingerDual.solve(p, Problems.lambda(p, c), BiasPenalty.PENALIZED,
                CrammerSingerDual.DEFAULT_TOLERANCE, CrammerSingerDual.DEFAULT_MAX_ITERATIONS, new SplittableRandom(3));
    }

    /**
     * P within relative 1e-6, gap in [0, 1e-6), W[0][0..1], W[1][0..1] and the three biases within
     * 1e-4 ({@code expected} = those 7 numbers).
     */
    static void check(LinearSolution s, LinearProblem p, double c, double primal, double[] expected) {
        int stride = p.cols() + 1;
        assertTrue(s.converged(), "violation " + s.violation());
        assertEquals(primal, s.primal() / Problems.lambda(p, c), 1e-6 * primal);
        assertTrue(s.primal() - s.dual() >= -1e-12 * s.primal(), "gap " + (s.primal() - s.dual()));
        assertTrue(s.relativeGap() < 1e-6, "gap " + s.relativeGap());
        double[] w = s.parameters();
        assertEquals(3 * stride, w.length);
        double[] got = {w[0], w[1], w[stride], w[stride + 1], w[stride - 1], w[2 * stride - 1], w[3 * stride - 1]};
        assertArrayEquals(expected, got, 1e-4);
    }

    @Test
    void matchesLiblinearS4OnIris() {
        check(solve(IRIS, 1), IRIS, 1, 19.1468719310703, new double[] {-0.3699630408, 0.4953519885, 0.4200630064,
                0.003353603084, -0.1126086155, 1.422532262, -1.309923646});
        check(solve(IRIS, 0.01), IRIS, 0.01, 0.898731625892532, new double[] {-0.1581111903, 0.1491537105,
                0.004623320648, -0.1813438512, 0.06864959542, -0.06826874709, -0.000380848328});
    }

    /**
     * With K = 2, Crammer-Singer is the binary hinge on {@code u = w_1 - w_0} with
     * {@code w_0 = -w_1} at the optimum: {@code P_CS(C) = P_hinge(2C) / 2}; the hinge optimum at
     * C = 1 on heart_scale is the reference of DualCoordinateDescentTest.
     */
    @Test
    void twoClassesAreTheBinaryHingeAtTwiceC() {
        LinearProblem heart = Problems.heart();
        LinearSolution s = solve(heart, 0.5);
        assertEquals(92.9577161882691 / 2, s.primal() / Problems.lambda(heart, 0.5), 1e-6 * 92.9577161882691 / 2);
        double[] w = s.parameters();
        int stride = heart.cols() + 1;
        assertEquals(-0.08933956456, w[stride] - w[0], 1e-4);
        assertEquals(0.9691311358, w[2 * stride - 1] - w[stride - 1], 1e-4);
    }

    @Test
    void onePassIsNotConvergedAndTheSeedFixesTheResult() {
        LinearSolution one = CrammerSingerDual.solve(IRIS, Problems.lambda(IRIS, 1), BiasPenalty.PENALIZED,
                CrammerSingerDual.DEFAULT_TOLERANCE, 1, new SplittableRandom(3));
        assertFalse(one.converged());
        assertEquals(1, one.iterations());
        assertTrue(one.primal() >= one.dual());
        LinearSolution a = solve(IRIS, 1);
        LinearSolution b = solve(IRIS, 1);
        assertArrayEquals(a.parameters(), b.parameters());
        assertEquals(a.iterations(), a.primalPasses()[a.primalPasses().length - 1]);
        assertEquals(a.primal(), a.primalTrace()[a.primalTrace().length - 1], 1e-15);
    }

    @Test
    void aFreeBiasAndOneClassAreRejectedAndAnEmptyClassIsSolved() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrammerSingerDual.solve(IRIS,
                0.1, BiasPenalty.UNPENALIZED, 1e-6, 10, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("needs a penalized bias"), e.getMessage());
        LinearProblem one = new LinearProblem(new double[] {1, 2}, 2, 1, new int[] {0, 0}, 1);
        assertThrows(IllegalArgumentException.class, () -> CrammerSingerDual.solve(one, 0.1, BiasPenalty.PENALIZED,
                1e-6, 10, new SplittableRandom(1)));
        LinearProblem empty = new LinearProblem(new double[] {1, 0, -1, 0, 0, 0}, 3, 2, new int[] {0, 1, 1}, 3);
        LinearSolution s = CrammerSingerDual.solve(empty, 0.1, BiasPenalty.PENALIZED, 1e-9, 100_000,
                new SplittableRandom(1));
        assertTrue(s.converged());
        assertTrue(s.relativeGap() < 1e-8 && s.relativeGap() > -1e-12, "gap " + s.relativeGap());
    }
}
