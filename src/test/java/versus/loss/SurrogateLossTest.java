package versus.loss;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binary surrogate losses by hand: values and derivatives at and around their kinks (which
 * the finite-difference contract test avoids), the seeds' variants (GOLDEN C01, C02, D04, D05),
 * stability for |m| = 1000, the surrogate bound l(m) >= 1{m <= 0}, and zero-one kept out of training.
 */
class SurrogateLossTest {
    private static final double EPS = 1e-9;

    private static MarginLoss loss(String name) {
        return LossCatalog.marginLosses().get(name).factory().get();
    }

    @Test
    void catalogHoldsEveryCanonicalNameInDesignOrderAndNamesMatch() {
        List<String> expected = List.of("zero-one", "perceptron", "hinge", "squared-hinge", "logistic", "logistic2",
                "modified-huber", "modified-huber-notes", "exponential", "sigmoid", "sigmoid-logistic", "squared",
                "softmax", "cross-entropy", "mse", "crammer-singer", "weston-watkins", "sparsemax");
        assertEquals(expected, LossCatalog.names());
        LossCatalog.marginLosses().forEach((name, e) -> {
            assertEquals(name, e.factory().get().name(), "catalog key and loss name");
            assertFalse(e.description().isBlank(), name);
        });
        LossCatalog.multiclassLosses().forEach((name, e) -> assertEquals(name, e.factory().get().name()));
    }

    @Test
    void zeroOneCountsMistakesIncludingTheBoundary() {
        MarginLoss z = loss("zero-one");
        assertEquals(1, z.value(-1000), 0);
        assertEquals(1, z.value(-1e-300), 0);
        assertEquals(1, z.value(0), 0);
        assertEquals(1, z.value(-0.0), 0);
        assertEquals(0, z.value(Double.MIN_VALUE), 0);
        assertEquals(0, z.value(1000), 0);
        for (double m : new double[] {-5, -1e-9, 0, 1e-9, 5}) {
            assertEquals(0, z.derivative(m), 0);
        }
        assertFalse(z.trainable());
        assertTrue(LossCatalog.marginLosses().get("zero-one").description().contains("EVALUATION ONLY"));
    }

    @Test
    void zeroOneIsRefusedForTrainingAndEveryOtherLossIsAccepted() {
        for (int k : new int[] {2, 3}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LossCatalog.coding("zero-one", k));
            assertTrue(e.getMessage().startsWith("zero-one has zero gradient almost everywhere; it is for evaluation only; "
                    + "train with hinge, logistic, "), e.getMessage());
            assertFalse(e.getMessage().substring(e.getMessage().indexOf("train with")).contains("zero-one"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> LossCatalog.requireTrainable("zero-one"));
        assertFalse(LossCatalog.trainable("zero-one"));
        assertTrue(LossCatalog.known("zero-one"), "listed, so `versus list losses` shows it");
        assertFalse(LossCatalog.trainable("no-such-loss"));
        for (String name : LossCatalog.names()) {
            if (!name.equals("zero-one")) {
                assertTrue(LossCatalog.trainable(name), name);
                assertDoesNotThrow(() -> LossCatalog.requireTrainable(name));
                assertDoesNotThrow(() -> LossCatalog.coding(name, 2));
                assertDoesNotThrow(() -> LossCatalog.coding(name, 3));
            }
        }
        assertFalse(new Scaled("twice-zero-one", 2, new ZeroOne()).trainable(), "scaling keeps it untrainable");
    }

    @Test
    void modifiedHuberZhangByHandAroundItsSwitchPoints() {
        MarginLoss h = loss("modified-huber");
        double[] m = {-2, -1, -0.5, 0, 0.5, 1, 2};
        double[] v = {8, 4, 2.25, 1, 0.25, 0, 0};          // GOLDEN D05, scikit-learn / Zhang (2004)
        double[] d = {-4, -4, -3, -2, -1, 0, 0};
        for (int i = 0; i < m.length; i++) {
            assertEquals(v[i], h.value(m[i]), 1e-15, "value at " + m[i]);
            assertEquals(d[i], h.derivative(m[i]), 1e-15, "derivative at " + m[i]);
        }
        // C1 at both switch points: the derivative is continuous, so no subgradient choice is needed
        assertEquals(-4, h.derivative(-1 - EPS), 1e-8);
        assertEquals(-4, h.derivative(-1 + EPS), 1e-8);
        assertEquals(h.value(-1 - EPS), h.value(-1 + EPS), 1e-8);
        assertEquals(0, h.derivative(1 - EPS), 1e-8);
        assertEquals(0, h.derivative(1 + EPS), 0);
        assertEquals(-4 * -10, h.value(-10), 0);
        assertEquals(4000, h.value(-1000), 0);
        assertEquals(-4, h.derivative(-1000), 0);
        assertEquals(0, h.value(1000), 0);
    }

    @Test
    void modifiedHuberNotesVariantMatchesTheSeedAsPrinted() {
        MarginLoss h = loss("modified-huber-notes");
        double[] m = {-2, -1, -0.5, 0, 0.5, 1, 2};
        double[] v = {5, 3, 2, 1, 0.25, 0, 0};             // GOLDEN D05 "as printed" (seed 004, C01)
        double[] d = {-2, -2, -2, -2, -1, 0, 0};
        for (int i = 0; i < m.length; i++) {
            assertEquals(v[i], h.value(m[i]), 1e-15, "value at " + m[i]);
            assertEquals(-2 * m[i] + 1 > 0 && m[i] <= 0 ? -2 * m[i] + 1 : v[i], h.value(m[i]), 1e-15);
            assertEquals(d[i], h.derivative(m[i]), 1e-15, "derivative at " + m[i]);
        }
        assertEquals(-2, h.derivative(-EPS), 1e-8);          // "derivative -2 on both sides of m = 0"
        assertEquals(-2, h.derivative(EPS), 1e-8);
        assertEquals(0, h.derivative(1 - EPS), 1e-8);
        // twice the smooth hinge of Rennie and Srebro (2005): 1/2 - m, (1 - m)^2 / 2, 0
        assertEquals(2 * (0.5 - -3), h.value(-3), 1e-15);
        assertEquals(2001, h.value(-1000), 0);
        // the two forms agree for m >= 0 and differ below
        MarginLoss z = loss("modified-huber");
        for (double x = 0; x <= 3; x += 0.125) {
            assertEquals(z.value(x), h.value(x), 1e-15);
        }
        assertTrue(z.value(-0.5) > h.value(-0.5));
        assertThrows(IllegalArgumentException.class, () -> new ModifiedHuber(1));
        assertThrows(IllegalArgumentException.class, () -> new ModifiedHuber(Double.NEGATIVE_INFINITY));
        assertEquals("modified-huber(switch -0.5)", new ModifiedHuber(-0.5).name());
    }

    @Test
    void exponentialByHandAndItsDocumentedOverflow() {
        MarginLoss e = loss("exponential");
        assertEquals(1, e.value(0), 0);
        assertEquals(-1, e.derivative(0), 0);
        assertEquals(Math.exp(-2), e.value(2), 1e-17);
        assertEquals(-Math.exp(3), e.derivative(-3), 1e-12);
        assertEquals(0, e.value(1000), 0);                 // underflows to 0, never NaN
        assertEquals(0, e.derivative(1000), 0);
        assertTrue(Double.isFinite(e.value(-709)));
        // e^1000 is not a double: we return +Infinity (no silent cap); the trainer reports divergence
        assertEquals(Double.POSITIVE_INFINITY, e.value(-1000));
        assertEquals(Double.NEGATIVE_INFINITY, e.derivative(-1000));
        assertFalse(e.hasProbabilities());
    }

    @Test
    void sigmoidIsOneMinusTanhEvaluatedWithoutCancellation() {
        MarginLoss s = loss("sigmoid");
        assertEquals(1, s.value(0), 0);
        assertEquals(-1, s.derivative(0), 0);
        for (double m = -4; m <= 4; m += 0.25) {
            assertEquals(1 - Math.tanh(m), s.value(m), 1e-15, "value at " + m);
            double sech = 1 / Math.cosh(m);
            assertEquals(-sech * sech, s.derivative(m), 1e-15, "derivative at " + m);
        }
        // 1 - tanh(20) cancels to 0 in doubles; 2 / (1 + e^40) does not
        assertEquals(0, 1 - Math.tanh(20), 0);
        assertEquals(2 * Math.exp(-40), s.value(20), 1e-12 * 2 * Math.exp(-40));
        assertEquals(0, s.value(1000), 0);
        assertEquals(2, s.value(-1000), 0);
        assertEquals(0, s.derivative(1000), 0);
        assertEquals(0, s.derivative(-1000), 0);
        assertEquals(2, s.value(-1e308), 0);
    }

    @Test
    void sigmoidLogisticIsOneOverOnePlusExp() {
        MarginLoss s = loss("sigmoid-logistic");
        assertEquals(0.5, s.value(0), 0);
        assertEquals(-0.25, s.derivative(0), 0);
        for (double m = -4; m <= 4; m += 0.25) {
            assertEquals(1 / (1 + Math.exp(m)), s.value(m), 1e-15, "value at " + m);
            assertEquals((1 - Math.tanh(m / 2)) / 2, s.value(m), 1e-15);
            double e = Math.exp(m);
            assertEquals(-e / ((1 + e) * (1 + e)), s.derivative(m), 1e-15, "derivative at " + m);
        }
        assertEquals(1, s.value(-1000), 0);
        assertEquals(0, s.value(1000), 0);
        assertEquals(0, s.derivative(-1000), 0);
        assertThrows(IllegalArgumentException.class, () -> new Sigmoid(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Sigmoid(1, Double.NaN));
    }

    @Test
    void logisticBaseTwoIsTheNotesFormWithSigmoidProbabilities() {
        MarginLoss l2 = loss("logistic2");
        assertEquals(1, l2.value(0), 1e-15);              // GOLDEN D04: equals the hinge at m = 0
        assertEquals(-0.5 / Math.log(2), l2.derivative(0), 1e-15);
        for (double m = -5; m <= 5; m += 0.5) {
            assertEquals(Math.log(1 + Math.exp(-m)) / Math.log(2), l2.value(m), 1e-14, "value at " + m);
            assertEquals(loss("logistic").value(m) / Math.log(2), l2.value(m), 1e-15);
        }
        assertEquals(1000 / Math.log(2), l2.value(-1000), 1e-9);
        assertEquals(0, l2.value(1000), 1e-300);
        assertEquals(-1 / Math.log(2), l2.derivative(-1000), 1e-15);
        assertTrue(l2.hasProbabilities());
        assertEquals(0.5, l2.probability(0), 0);
        assertEquals(1 / (1 + Math.exp(-2)), l2.probability(2), 1e-15);
        double[] p = new double[2];
        ((BinaryMargin) LossCatalog.coding("logistic2", 2)).probabilities(new double[] {2}, 2, p);
        assertEquals(1 / (1 + Math.exp(-2)), p[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new Scaled("x", 0, new Logistic()));
    }

    @Test
    void everyTrainableMarginLossIsFiniteAtPlusMinusAThousand() {
        for (var e : LossCatalog.marginLosses().values()) {
            MarginLoss l = e.factory().get();
            for (double m : new double[] {-1000, 1000}) {
                double v = l.value(m);
                double d = l.derivative(m);
                assertFalse(Double.isNaN(v) || Double.isNaN(d), e.name() + " at " + m);
                boolean documentedOverflow = e.name().equals("exponential") && m < 0;
                assertEquals(!documentedOverflow, Double.isFinite(v) && Double.isFinite(d), e.name() + " at " + m);
            }
        }
    }

    @Test
    void convexSurrogatesBoundTheZeroOneLossFromAbove() {
        // scaled so that l(0) >= 1: hinge, squared hinge, log2 (not ln), exponential, both modified Hubers, squared,
        // and the non-convex 1 - tanh(m)
        List<String> bounding = List.of("hinge", "squared-hinge", "logistic2", "exponential", "modified-huber",
                "modified-huber-notes", "squared", "sigmoid");
        MarginLoss zeroOne = loss("zero-one");
        for (String name : bounding) {
            MarginLoss l = loss(name);
            for (int i = -600; i <= 600; i++) {
                double m = i / 100.0;
                assertTrue(l.value(m) >= zeroOne.value(m), name + " at m=" + m);
            }
            assertTrue(l.value(0) >= 1, name);
            assertTrue(l.value(-0.0) >= 1, name);
        }
        // without the scaling the bound fails at the boundary
        assertEquals(Math.log(2), loss("logistic").value(0), 1e-15);
        assertEquals(0, loss("perceptron").value(0), 0);
        assertEquals(0.5, loss("sigmoid-logistic").value(0), 0);
    }

    @Test
    void convexityAsClaimed() {
        List<String> convex = List.of("perceptron", "hinge", "squared-hinge", "logistic", "logistic2", "exponential",
                "modified-huber", "modified-huber-notes", "squared");
        for (String name : convex) {
            MarginLoss l = loss(name);
            for (int i = -400; i <= 400; i++) {
                double a = i / 100.0;
                double b = a + 0.37;
                // midpoint convexity and the subgradient inequality l(b) >= l(a) + l'(a)(b - a), both directions
                assertTrue(l.value((a + b) / 2) <= (l.value(a) + l.value(b)) / 2 + 1e-12, name + " midpoint at " + a);
                assertTrue(l.value(b) >= l.value(a) + l.derivative(a) * (b - a) - 1e-12, name + " subgradient at " + a);
                assertTrue(l.value(a) >= l.value(b) + l.derivative(b) * (a - b) - 1e-12, name + " subgradient at " + b);
            }
        }
        for (String name : List.of("sigmoid", "sigmoid-logistic")) {
            MarginLoss l = loss(name);
            assertTrue(l.value(-1) > (l.value(-3) + l.value(1)) / 2, name + " is not convex");
        }
    }

    @Test
    void allMarginLossesAreNonIncreasingInTheMargin() {
        for (var e : LossCatalog.marginLosses().values()) {
            MarginLoss l = e.factory().get();
            if (e.name().equals("squared")) {
                continue; // (1 - m)^2 rises again for m > 1: it penalises confident correct scores
            }
            for (int i = -500; i < 500; i++) {
                double m = i / 100.0;
                assertTrue(l.value(m + 0.01) <= l.value(m), e.name() + " at " + m);
                assertTrue(l.derivative(m) <= 0, e.name() + " derivative at " + m);
            }
        }
    }
}
