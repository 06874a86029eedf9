package versus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import versus.model.Activation;
import versus.model.Mlp;

/** The course notes' backpropagation examples (seed 004), computed by the library's code. */
class BackpropSeedsTest {
    /**
     * Seed G15: f(x, y, z) = (x + y) z at (-2, 5, -4): q = 3, f = -12, df/dq = -4, df/dx = df/dy = -4,
     * df/dz = 3. Routed through {@link Mlp}'s backward pass by letting parameters play the
     * variables: a 2-[1]-1 network with identity units, input (1, 1), W_1 = (x, y), W_2 = (z) and
     * zero biases computes q = x*1 + y*1 and f = z q. Its parameter gradient at dScores = df/df = 1
     * is then (df/dx, df/dy, df/db_1, df/dz, df/db_2) with df/db_1 = df/dq, the delta of the
     * hidden unit. Both the per-row and the batched backward passes are checked.
     */
    @Test
    void g15SumAndProductNodes() {
        Mlp net = new Mlp(2, new int[] {1}, new Activation.Identity(), 1);
        double[] w = net.parameters(); // layout: W_1 (1x2), b_1, W_2 (1x1), b_2
        w[0] = -2; // x
        w[1] = 5; // y
        w[3] = -4; // z
        double[] ones = {1, 1};
        double[] f = new double[1];
        net.scores(ones, 0, f);
        assertEquals(-12, f[0], 0);
        double[] expected = {-4, -4, -4, 3, 1}; // df/dx, df/dy, df/dq, df/dz, df/db_2
        double[] grad = new double[5];
        net.addGradient(ones, 0, new double[] {1}, grad);
        assertArrayEquals(expected, grad, 0);
        double[] batchGrad = new double[5];
        int[] order = {0};
        net.scoresBatch(ones, 2, order, 0, 1, f);
        net.addGradientBatch(ones, 2, order, 0, 1, new double[] {1}, batchGrad);
        assertArrayEquals(expected, batchGrad, 0);
    }

    /**
     * Seed G16: f(x, y) = (x + sigmoid(y)) / (sigmoid(x) + (x + y)^2) at (3, -4), staged exactly
     * as the notes' forward steps (1)-(8) and backward steps (8)-(1), with the library's sigmoid
     * for the value and for the local derivative from the cached forward value (steps (3), (1)).
     */
    @Test
    void g16StagedForwardAndBackwardThroughSigmoid() {
        Activation sigmoid = new Activation.Sigmoid();
        double x = 3;
        double y = -4;
        double sigy = sigmoid.value(y); // (1)
        double num = x + sigy; // (2)
        double sigx = sigmoid.value(x); // (3)
        double xpy = x + y; // (4)
        double xpysqr = xpy * xpy; // (5)
        double den = sigx + xpysqr; // (6)
        double invden = 1.0 / den; // (7)
        double f = num * invden; // (8)

        double dnum = invden; // (8)
        double dinvden = num; // (8)
        double dden = (-1.0 / (den * den)) * dinvden; // (7)
        double dsigx = dden; // (6)
        double dxpysqr = dden; // (6)
        double dxpy = 2 * xpy * dxpysqr; // (5)
        double dx = dxpy; // (4)
        double dy = dxpy; // (4)
        dx += sigmoid.derivative(x, sigx) * dsigx; // (3): (1 - sigx) sigx, the gradients add up
        dx += dnum; // (2)
        double dsigy = dnum; // (2)
        dy += sigmoid.derivative(y, sigy) * dsigy; // (1)

        double tol = 1e-9;
        assertEquals(0.0179862100, sigy, tol);
        assertEquals(3.0179862100, num, tol);
        assertEquals(0.9525741268, sigx, tol);
        assertEquals(-1, xpy, 0);
        assertEquals(1, xpysqr, 0);
        assertEquals(1.9525741268, den, tol);
        assertEquals(0.5121444488, invden, tol);
        assertEquals(1.5456448841, f, tol);
        assertEquals(0.5121444488, dnum, tol);
        assertEquals(-0.7915934473, dden, tol);
        assertEquals(1.5831868945, dxpy, tol);
        assertEquals(2.0595697956, dx, tol);
        assertEquals(1.5922327515, dy, tol);
        // the uncached derivative agrees, and central differences confirm the chain rule
        assertEquals(sigmoid.derivative(x, sigx), sigmoid.derivative(x), 1e-16);
        double h = 1e-6;
        assertEquals(dx, (g16(x + h, y, sigmoid) - g16(x - h, y, sigmoid)) / (2 * h), 1e-8);
        assertEquals(dy, (g16(x, y + h, sigmoid) - g16(x, y - h, sigmoid)) / (2 * h), 1e-8);
    }

    private static double g16(double x, double y, Activation sigmoid) {
        return (x + sigmoid.value(y)) / (sigmoid.value(x) + (x + y) * (x + y));
    }
}
