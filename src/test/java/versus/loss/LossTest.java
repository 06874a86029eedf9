package versus.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values by hand, kinks (which the finite-difference contract test avoids), and stability. */
class LossTest {
    @Test
    void hingeKinkUsesTheLeftSubgradientOnlyBelowTheThreshold() {
        Hinge h = Hinge.svm();
        assertEquals(0, h.value(1), 0);
        assertEquals(-1, h.derivative(1), 0);     // at the kink: -1 is in the subdifferential [-1, 0]
        assertEquals(0, h.derivative(1.001), 0);
        assertEquals(-1, h.derivative(0.999), 0);
        assertEquals(2, h.value(-1), 0);
        Hinge p = Hinge.perceptron();
        assertEquals(0, p.value(0), 0);
        assertEquals(-1, p.derivative(0), 0);     // a point on the boundary counts as a mistake
        assertEquals(0, p.derivative(1e-9), 0);
        assertEquals(-1, p.derivative(-1e-9), 0);
        assertEquals("perceptron", p.name());
    }

    @Test
    void squaredHingeIsSmoothAtOne() {
        SquaredHinge s = new SquaredHinge();
        assertEquals(0, s.value(1), 0);
        assertEquals(0, s.derivative(1), 0);
        assertEquals(4, s.value(-1), 0);
        assertEquals(-4, s.derivative(-1), 0);
    }

    @Test
    void logisticIsStableForHugeMargins() {
        Logistic l = new Logistic();
        assertEquals(Math.log(2), l.value(0), 1e-15);
        assertEquals(-0.5, l.derivative(0), 1e-15);
        assertEquals(1000, l.value(-1000), 1e-9);   // naive log(1 + e^1000) overflows
        assertEquals(0, l.value(1000), 1e-300);
        assertEquals(-1, l.derivative(-1000), 0);
        assertTrue(Double.isFinite(l.value(-1e308)));
    }

    @Test
    void softmaxCrossEntropyByHandAndStable() {
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        double[] g = new double[3];
        double v = ce.valueAndGradient(new double[] {0, 0, 0}, 1, g);
        assertEquals(Math.log(3), v, 1e-15);
        assertEquals(1.0 / 3, g[0], 1e-15);
        assertEquals(1.0 / 3 - 1, g[1], 1e-15);
        double big = ce.valueAndGradient(new double[] {1000, 0, -1000}, 2, g);
        assertEquals(2000, big, 1e-9);
        assertEquals(1, g[0], 1e-12);
        assertEquals(-1, g[2], 1e-12);
    }

    @Test
    void binaryMarginCodesClassOneAsPlus() {
        BinaryMargin b = new BinaryMargin(new Logistic());
        double[] g = new double[1];
        assertEquals(Math.log1p(Math.exp(-2)), b.valueAndGradient(new double[] {2}, 1, g), 1e-15);
        assertEquals(Math.log1p(Math.exp(2)), b.valueAndGradient(new double[] {2}, 0, g), 1e-15);
        assertEquals(1, b.decide(new double[] {0}, 2));
        assertEquals(0, b.decide(new double[] {-1e-9}, 2));
        double[] p = new double[2];
        b.probabilities(new double[] {0}, 2, p);
        assertEquals(0.5, p[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> b.checkClasses(3));
    }

    @Test
    void catalogGivesOneVsRestForManyClassesAndRejectsUnknownNames() {
        assertTrue(LossCatalog.coding("hinge", 3) instanceof OneVsRest);
        assertTrue(LossCatalog.coding("hinge", 2) instanceof BinaryMargin);
        assertTrue(LossCatalog.coding("softmax", 2) instanceof SoftmaxCrossEntropy);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LossCatalog.coding("logistik", 2));
        assertTrue(e.getMessage().contains("logistic"), e.getMessage());
    }
}
