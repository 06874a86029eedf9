package versus.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.linear.DualCoordinateDescent.SvmLoss;
import versus.math.Vectors;
import versus.svm.Kernel;
import versus.svm.KernelModel;
import versus.svm.KernelSvm;
import versus.train.History;

/**
 * Reference optima from scripts/reference/liblinear_dual.py (recorded in
 * scripts/reference/liblinear_dual.md): P = J / lambda = 1/2 ||w||^2 + C sum loss with
 * C = 1/(lambda n); liblinear-train -s 3 / -s 1 / -s 2 -B 1 -e 1e-10 for the penalised bias (with
 * an L-BFGS-B solve of the -s 3 dual where LIBLINEAR stops at its 1000-pass limit), svm-train -t 0
 * -e 1e-12 for the hinge with a free bias, and L-BFGS-B on the primal for the squared hinge with a
 * free bias.
 */
class DualCoordinateDescentTest {
    private static final LinearProblem HEART = Problems.heart();
    private static final LinearProblem BREAST = Problems.breastCancer();

    /** A reference: P at the optimum, w_1..w_3 and b of class 1 as +1. */
    record Ref(LinearProblem p, double c, SvmLoss loss, BiasPenalty bias, double primal, double[] weights, double b) {
    }

    static LinearSolution solve(Ref r) {
        return DualCoordinateDescent.solve(r.p, 1, Problems.lambda(r.p, r.c), r.loss, r.bias,
                DualCoordinateDescent.DEFAULT_TOLERANCE, DualCoordinateDescent.DEFAULT_MAX_ITERATIONS,
                new SplittableRandom(7));
    }

    /** P within relative 1e-6, a non-negative duality gap below 1e-6, weights within 1e-4. */
    static void check(Ref r) {
        double lambda = Problems.lambda(r.p, r.c);
        LinearSolution s = solve(r);
        assertTrue(s.converged(), r + ": " + s.violation());
        double primal = s.primal() / lambda;
        assertEquals(r.primal, primal, 1e-6 * r.primal, r.toString());
        assertTrue(s.primal() - s.dual() >= -1e-12 * s.primal(), "gap " + (s.primal() - s.dual()));
        assertTrue(s.relativeGap() < 1e-6, "gap " + s.relativeGap());
        for (int j = 0; j < r.weights.length; j++) {
            assertEquals(r.weights[j], s.parameters()[j], 1e-4, "w" + (j + 1));
        }
        assertEquals(r.b, s.parameters()[r.p.cols()], 1e-4, "b");
        assertEquals(r.p.cols() + 1, s.parameters().length);
        assertEquals(s.iterations(), s.violationTrace().length);
        int[] passes = s.primalPasses();
        assertEquals(s.iterations(), passes[passes.length - 1], "the last pass has its primal");
        for (int j = 0; j < passes.length; j++) { // every pass up to 20, then growing by at most 5% (+1)
            assertTrue(j == 0 ? passes[0] == 1 : passes[j] > passes[j - 1] && (passes[j - 1] < 20 ? passes[j] == passes[j - 1] + 1
                    : passes[j] <= Math.ceil(passes[j - 1] * 1.05)), java.util.Arrays.toString(passes));
        }
        assertEquals(s.primal(), s.primalTrace()[passes.length - 1], 1e-15 * s.primal());
        assertEquals(s.violation(), s.violationTrace()[s.iterations() - 1]);
    }

    @Test
    void hingePenalizedBiasMatchesLiblinearS3() {
        // LIBLINEAR -s 3 stops at its 1000-pass limit at C = 1 (P = 92.9697247177198 on heart_scale,
        // 26.5263830699904 on breast_cancer): the references there are the L-BFGS-B dual optima.
        check(new Ref(HEART, 1, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 92.9577161882691,
                new double[] {-0.08933956456, 0.417010012, 0.7546277289}, 0.9691311358));
        check(new Ref(HEART, 0.01, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 1.45022368692541,
                new double[] {0.09075260487, 0.1518639221, 0.2794420551}, 0.05186392429));
        check(new Ref(BREAST, 1, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 26.5263516088289,
                new double[] {-0.3164669836, -0.0958441109, -0.2915911633}, 0.0406123339));
        check(new Ref(BREAST, 0.01, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 0.895710852047798,
                new double[] {-0.1568312653, -0.142356353, -0.1533447224}, 0.170160843));
    }

    @Test
    void betterThanLiblinearAtItsPassLimit() {
        LinearSolution s = solve(new Ref(HEART, 1, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 0, null, 0));
        assertTrue(s.primal() / Problems.lambda(HEART, 1) < 92.9697247177198 - 1e-3);
    }

    @Test
    void squaredHingePenalizedBiasMatchesLiblinearS1AndS2() {
        check(new Ref(HEART, 1, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.PENALIZED, 115.137422875233,
                new double[] {-0.124327004, 0.221324961, 0.3517877227}, 0.6550127972));
        check(new Ref(HEART, 0.01, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.PENALIZED, 1.4291756845786,
                new double[] {0.06719161193, 0.1481525831, 0.252181563}, 0.09058194433));
        // -s 1 stops at its pass limit here (31.171340713534); -s 2 (primal Newton) converges
        check(new Ref(BREAST, 1, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.PENALIZED, 31.0556380115621,
                new double[] {0.2612341479, 0.0140460357, 0.2341503223}, -0.2114620767));
        check(new Ref(BREAST, 0.01, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.PENALIZED, 0.752148433000079,
                new double[] {-0.1142249325, -0.1249860085, -0.1111078507}, 0.1087408253));
    }

    @Test
    void hingeFreeBiasMatchesLibsvmLinearKernel() {
        // svm-train keeps its kernel cache in single precision (Qfloat): its P is about 1e-7 high
        check(new Ref(HEART, 1, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED, 92.4733774637873,
                new double[] {-0.1306104775, 0.4328729843, 0.7118811917}, 1.04909768));
        check(new Ref(HEART, 0.01, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED, 1.44686772609465,
                new double[] {0.06968652492, 0.1480734018, 0.2638097085}, 0.1197789674));
        check(new Ref(BREAST, 1, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED, 26.5254613342383,
                new double[] {-0.321136716, -0.09707664789, -0.2960633836}, 0.04425319515));
        check(new Ref(BREAST, 0.01, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED, 0.86934598601808,
                new double[] {-0.1530887191, -0.1628361356, -0.1496366601}, 0.3351488055));
    }

    /**
     * Versus's own kernel SVM (versus.svm, SMO with LIBSVM's default gap 1e-3) with the linear
     * kernel solves the same problem: w = sum_s a_s y_s x_s and b agree with it as far as its
     * looser tolerance allows.
     */
    @Test
    void hingeFreeBiasMatchesVersusKernelSvm() {
        Dataset d = Problems.heartDataset();
        LinearProblem p = Problems.problem(d);
        KernelModel m = new KernelSvm(new Kernel.Linear(), 1.0).fit(d, new SplittableRandom(0), new History());
        double[] w = new double[p.cols() + 1];
        double[] sv = m.supportVectors();
        double[] coef = m.dualCoefficients();
        for (int s = 0; s < coef.length; s++) {
            Vectors.axpy(coef[s], sv, s * p.cols(), w, 0, p.cols());
        }
        w[p.cols()] = m.bias();
        double lambda = Problems.lambda(p, 1);
        LinearSolution s = solve(new Ref(p, 1, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED, 0, null, 0));
        double[] y = new double[p.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = p.labels()[i] == 1 ? 1 : -1;
        }
        double smo = Objectives.binary(p, y, w, lambda, Objectives.HINGE, false);
        assertEquals(smo, s.primal(), 1e-4 * smo);
        assertTrue(s.primal() <= smo);
        assertEquals(w[p.cols()], s.parameters()[p.cols()], 1e-2);
        assertArrayEquals(w, s.parameters(), 1e-2);
    }

    @Test
    void squaredHingeFreeBiasMatchesPrimalLbfgs() {
        check(new Ref(HEART, 1, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.UNPENALIZED, 114.914455016621,
                new double[] {-0.132568218, 0.2214731031, 0.3497675527}, 0.6808030925));
        check(new Ref(HEART, 0.01, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.UNPENALIZED, 1.42057142139066,
                new double[] {0.05059516003, 0.1385285148, 0.2327408011}, 0.1910105617));
        check(new Ref(BREAST, 1, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.UNPENALIZED, 31.0322691912948,
                new double[] {0.2706351037, 0.01487930176, 0.2440943588}, -0.2210213926));
        check(new Ref(BREAST, 0.01, SvmLoss.L2_SQUARED_HINGE, BiasPenalty.UNPENALIZED, 0.743606543523273,
                new double[] {-0.117734457, -0.1285872695, -0.1140176229}, 0.157356596));
    }

    /** Kernel rows computed into scratch buffers (no budget) give the same steps as kept rows. */
    @Test
    void theGramRowBudgetDoesNotChangeTheResult() {
        double[] y = new double[BREAST.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = BREAST.labels()[i] == 1 ? 1 : -1;
        }
        double lambda = Problems.lambda(BREAST, 1);
        double c = 1.0 / (lambda * y.length);
        for (SvmLoss loss : SvmLoss.values()) {
            LinearSolution kept = LinearSmo.solve(BREAST, y, lambda, c, loss, 1e-6, 100, GramRows.DEFAULT_BUDGET);
            LinearSolution none = LinearSmo.solve(BREAST, y, lambda, c, loss, 1e-6, 100, 0);
            LinearSolution some = LinearSmo.solve(BREAST, y, lambda, c, loss, 1e-6, 100, 50L * y.length);
            assertArrayEquals(kept.parameters(), none.parameters());
            assertArrayEquals(kept.parameters(), some.parameters());
            assertEquals(kept.iterations(), none.iterations());
        }
    }

    @Test
    void onePassIsNotConvergedOnAHardProblem() {
        double lambda = Problems.lambda(HEART, 1);
        for (BiasPenalty bias : BiasPenalty.values()) {
            LinearSolution s = DualCoordinateDescent.solve(HEART, 1, lambda, SvmLoss.L1_HINGE, bias,
                    DualCoordinateDescent.DEFAULT_TOLERANCE, 1, new SplittableRandom(1));
            assertFalse(s.converged(), bias.toString());
            assertEquals(1, s.iterations());
            assertTrue(s.violation() > s.tolerance());
            assertTrue(s.primal() >= s.dual());
        }
    }

    @Test
    void sameSeedSameResultAndThePrimalTraceDescends() {
        Ref r = new Ref(BREAST, 1, SvmLoss.L1_HINGE, BiasPenalty.PENALIZED, 0, null, 0);
        LinearSolution a = solve(r);
        LinearSolution b = solve(r);
        assertArrayEquals(a.parameters(), b.parameters());
        assertArrayEquals(a.primalTrace(), b.primalTrace());
        double[] t = a.primalTrace();
        assertTrue(t[t.length - 1] < t[0]);
    }

    @Test
    void oneClassAndZeroRowsAreHandled() {
        double[] x = {0, 0, 1, 2, 0, 0, -1, 0.5};
        LinearProblem p = new LinearProblem(x, 4, 2, new int[] {1, 1, 1, 1}, 2);
        for (SvmLoss loss : SvmLoss.values()) {
            LinearSolution free = DualCoordinateDescent.solve(p, 1, 0.1, loss, BiasPenalty.UNPENALIZED, 1e-6, 100,
                    new SplittableRandom(1));
            assertTrue(free.converged());
            assertArrayEquals(new double[] {0, 0, 1}, free.parameters()); // b = +1 makes every margin 1
            assertEquals(0, free.primal());
            LinearSolution neg = DualCoordinateDescent.solve(p, 0, 0.1, loss, BiasPenalty.UNPENALIZED, 1e-6, 100,
                    new SplittableRandom(1));
            assertArrayEquals(new double[] {0, 0, -1}, neg.parameters());
            LinearSolution pen = DualCoordinateDescent.solve(p, 1, 0.1, loss, BiasPenalty.PENALIZED, 1e-9, 100_000,
                    new SplittableRandom(1));
            assertTrue(pen.converged());
            assertTrue(pen.parameters()[2] > 0);
            assertTrue(pen.relativeGap() < 1e-8 && pen.relativeGap() > -1e-12, "gap " + pen.relativeGap());
        }
        // two classes with all-zero rows only: w = 0; the free bias is any b in [-1, 1]
        LinearProblem zeros = new LinearProblem(new double[4], 2, 2, new int[] {0, 1}, 2);
        LinearSolution z = DualCoordinateDescent.solve(zeros, 1, 0.5, SvmLoss.L1_HINGE, BiasPenalty.UNPENALIZED,
                1e-6, 100, new SplittableRandom(1));
        assertTrue(z.converged());
        assertEquals(0, z.parameters()[0]);
        assertEquals(1.0, z.primal(), 1e-12); // (max(0, 1 - b) + max(0, 1 + b)) / 2 = 1 on [-1, 1]
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DualCoordinateDescent.solve(HEART, 1, 0, SvmLoss.L1_HINGE,
                BiasPenalty.PENALIZED, 1e-6, 10, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> DualCoordinateDescent.solve(HEART, 1, 0.1, SvmLoss.L1_HINGE,
                BiasPenalty.PENALIZED, 0, 10, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> DualCoordinateDescent.solve(HEART, 2, 0.1, SvmLoss.L1_HINGE,
                BiasPenalty.PENALIZED, 1e-6, 10, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new LinearProblem(new double[3], 2, 2, new int[2], 2));
        assertThrows(IllegalArgumentException.class, () -> new LinearProblem(new double[4], 2, 2, new int[] {0, 2}, 2));
    }
}
