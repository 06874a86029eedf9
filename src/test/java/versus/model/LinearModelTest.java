package versus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    @Test
    void layoutIsRowsOfWeightsThenBias() {
        LinearModel m = new LinearModel(2, 3);
        assertEquals(9, m.numParameters());
        double[] w = m.parameters();
        for (int i = 0; i < w.length; i++) {
            w[i] = i + 1; // row k: (w_k1, w_k2, b_k)
        }
        double[] s = new double[3];
        m.scores(new double[] {9, 10, 20}, 1, s); // row at offset 1: x = (10, 20)
        assertArrayEquals(new double[] {1 * 10 + 2 * 20 + 3, 4 * 10 + 5 * 20 + 6, 7 * 10 + 8 * 20 + 9}, s, 0);
        assertEquals(3, m.bias(0), 0);
        assertEquals(8, m.weight(2, 1), 0);
        assertTrue(m.penalized(0));
        assertFalse(m.penalized(2));
        assertFalse(m.penalized(8));
    }

    @Test
    void parametersRoundTripThroughTheLiveArray() {
        LinearModel m = new LinearModel(4, 2);
        m.initialize(new Initializer.Normal(1), new SplittableRandom(1));
        double[] saved = m.parameters().clone();
        LinearModel copy = new LinearModel(4, 2);
        System.arraycopy(saved, 0, copy.parameters(), 0, saved.length);
        double[] x = {0.3, -1, 2, 0.5};
        double[] a = new double[2];
        double[] b = new double[2];
        m.scores(x, 0, a);
        copy.scores(x, 0, b);
        assertArrayEquals(a, b, 0);
        assertEquals(0, m.bias(0), 0); // initializers never touch biases
    }

    @Test
    void initializersAreSeededAndScaled() {
        double[] a = new double[10000];
        new Initializer.Xavier().fill(a, 0, a.length, 100, 50, new SplittableRandom(5));
        double bound = Math.sqrt(6.0 / 150);
        double sq = 0;
        for (double v : a) {
            assertTrue(Math.abs(v) <= bound);
            sq += v * v;
        }
        assertEquals(bound * bound / 3, sq / a.length, 0.05 * bound * bound / 3); // variance of U(-a, a)
        double[] b = new double[10000];
        new Initializer.Xavier().fill(b, 0, b.length, 100, 50, new SplittableRandom(5));
        assertArrayEquals(a, b, 0);
        double[] k = new double[20000];
        new Initializer.Kaiming().fill(k, 0, k.length, 50, 10, new SplittableRandom(2));
        double kv = 0;
        for (double v : k) {
            kv += v * v;
        }
        assertEquals(2.0 / 50, kv / k.length, 0.05 * 2.0 / 50);
    }
}
