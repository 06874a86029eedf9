package versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The per-activation derivative contract: f' against central differences away from the kinks
 * (0 and +-1), the cached form f'(z, f(z)) equal to f'(z), and the documented one-sided values
 * at the kinks themselves.
 */
class ActivationTest {
    private static final double H = 1e-6;
    private static final double[] POINTS = {-30, -6.5, -2.3, -1.2, -0.7, -0.35, -0.04, 0.03, 0.4, 0.8, 1.3, 2.9, 7.1, 30};

    static List<Activation> scalars() {
        return ActivationCatalog.names().stream().flatMap(n -> ActivationCatalog.byName(n).stream()).toList();
    }

    @TestFactory
    Stream<DynamicTest> derivativesMatchCentralDifferences() {
        return Stream.concat(scalars().stream(), Stream.of(new Activation.LeakyRelu(0.3), new Activation.Elu(0.5)))
                .map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
                    for (double z : POINTS) {
                        double numeric = (f.value(z + H) - f.value(z - H)) / (2 * H);
                        double analytic = f.derivative(z);
                        double err = Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));
                        assertTrue(err < 1e-7, f + " at " + z + ": " + analytic + " vs " + numeric);
                        assertEquals(analytic, f.derivative(z, f.value(z)), 1e-15, f + " cached form at " + z);
                    }
                }));
    }

    @Test
    void catalogListsTheDesignNamesInOrderWithDescriptions() {
        assertEquals(List.of("identity", "step", "sign", "sigmoid", "tanh", "hard-tanh", "relu", "leaky-relu", "prelu",
                "elu", "softplus", "arctan", "softsign", "maxout"), ActivationCatalog.names());
        for (String n : ActivationCatalog.names()) {
            assertFalse(ActivationCatalog.describe(n).isBlank());
            assertEquals(n, ActivationCatalog.units(n).orElseThrow().name());
            ActivationCatalog.byName(n).ifPresent(f -> assertEquals(n, f.name()));
        }
        assertTrue(ActivationCatalog.byName("prelu").isEmpty());
        assertTrue(ActivationCatalog.byName("maxout").isEmpty());
        assertTrue(ActivationCatalog.byName("swish").isEmpty());
        var e = assertThrows(IllegalArgumentException.class, () -> ActivationCatalog.describe("swish"));
        assertTrue(e.getMessage().contains("known: identity, step"), e.getMessage());
    }

    /** Seed G04: tanh(0) = 0 and it saturates to +-1 in double (the seed's "-1 when s -> infinity" means -infinity). */
    @Test
    void g04TanhValues() {
        Activation tanh = new Activation.Tanh();
        assertEquals(0.0, tanh.value(0), 0);
        assertEquals(1.0, tanh.value(20), 0);
        assertEquals(-1.0, tanh.value(-20), 0);
        assertEquals(1.0, tanh.derivative(0), 0);
    }

    @Test
    void tanhIsWithinThreeUlpOfTheJdk() {
        Activation tanh = new Activation.Tanh();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
        for (int i = 0; i < 200_000; i++) {
            double z = i % 2 == 0 ? rng.nextDouble(-25, 25) : rng.nextDouble(-1, 1) * Math.pow(10, -rng.nextInt(12));
            double expected = Math.tanh(z);
            assertEquals(expected, tanh.value(z), 3 * Math.ulp(expected), "tanh(" + z + ")");
        }
        assertEquals(1.0, tanh.value(Double.MAX_VALUE), 0);
        assertTrue(Double.isNaN(tanh.value(Double.NaN)));
    }

    @Test
    void kinksTakeTheDocumentedOneSidedValues() {
        assertEquals(0, new Activation.Relu().derivative(0), 0);
        assertEquals(0.01, new Activation.LeakyRelu().derivative(0), 0);
        assertEquals(0, new Activation.HardTanh().derivative(1), 0);
        assertEquals(0, new Activation.HardTanh().derivative(-1), 0);
        assertEquals(1, new Activation.HardTanh().derivative(0.999), 0);
        assertEquals(0.5, new Activation.Elu(0.5).derivative(0), 0);
        assertEquals(1, new Activation.Softsign().derivative(0), 0);
    }

    @Test
    void thresholdUnitsFireAtZeroAndCannotBeTrained() {
        Activation step = new Activation.Step();
        Activation sign = new Activation.Sign();
        assertEquals(1, step.value(0), 0);
        assertEquals(0, step.value(-1e-300), 0);
        assertEquals(1, sign.value(0), 0);
        assertEquals(-1, sign.value(-2), 0);
        assertFalse(step.trainable());
        assertFalse(sign.trainable());
        assertEquals(0, step.derivative(0.5), 0);
        assertTrue(new Activation.Relu().trainable());
    }

    /** ELU is z for z > 0 and alpha(e^z - 1) below: not the seeds' max(alpha(e^z - 1), z) (errata E10). */
    @Test
    void eluIsLinearAbovezeroUnlikeTheSeedsMaxForm() {
        Activation elu = new Activation.Elu(0.5);
        assertEquals(3, elu.value(3), 0); // the max form gives 0.5 (e^3 - 1) = 9.54
        assertEquals(0.5 * Math.expm1(-2), elu.value(-2), 1e-16);
        assertEquals(-0.5, elu.value(-800), 0);
        assertEquals(1e-20, new Activation.Elu().value(1e-20), 0);
        assertEquals(-1e-20, new Activation.Elu().value(-1e-20), 1e-35);
    }

    @Test
    void saturatingFunctionsAreStableAtTheExtremes() {
        assertEquals(0, new Activation.Sigmoid().value(-800), 0);
        assertEquals(1, new Activation.Sigmoid().value(800), 0);
        assertEquals(800, new Activation.Softplus().value(800), 0);
        assertEquals(0, new Activation.Softplus().value(-800), 0);
        assertEquals(Math.log(2), new Activation.Softplus().value(0), 1e-16);
        assertEquals(Math.PI / 2, new Activation.Arctan().value(1e300), 1e-15);
        assertEquals(-1, new Activation.Softsign().value(-1e300), 1e-15);
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Activation.LeakyRelu(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new Activation.LeakyRelu(1));
        assertThrows(IllegalArgumentException.class, () -> new Activation.Elu(0));
        assertThrows(IllegalArgumentException.class, () -> new Activation.Elu(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new HiddenUnits.Maxout(1));
        assertThrows(IllegalArgumentException.class, () -> new HiddenUnits.PRelu(Double.POSITIVE_INFINITY));
    }

    /** PReLU and maxout on one row by hand: values, the routed gradient and the slope gradient. */
    @Test
    void layerUnitsForwardAndBackwardByHand() {
        HiddenUnits prelu = new HiddenUnits.PRelu();
        double[] w = {0.25, 0.5};
        double[] z = {2, -4};
        double[] a = new double[2];
        prelu.forward(z, a, 1, 2, w, 0);
        assertEquals(2, a[0], 0);
        assertEquals(-2, a[1], 0);
        double[] dZ = new double[2];
        double[] grad = new double[2];
        prelu.backward(z, a, new double[] {3, 5}, dZ, 1, 2, w, 0, grad);
        assertEquals(3, dZ[0], 0);
        assertEquals(2.5, dZ[1], 0);
        assertEquals(0, grad[0], 0);
        assertEquals(-20, grad[1], 0);

        HiddenUnits maxout = new HiddenUnits.Maxout(3);
        double[] pieces = {1, 7, 7, -2, -1, -3};
        double[] out = new double[2];
        maxout.forward(pieces, out, 1, 2, null, 0);
        assertEquals(7, out[0], 0);
        assertEquals(-1, out[1], 0);
        double[] dPieces = new double[6];
        maxout.backward(pieces, out, new double[] {4, 6}, dPieces, 1, 2, null, 0, null);
        assertEquals(List.of(0.0, 4.0, 0.0, 0.0, 6.0, 0.0), java.util.Arrays.stream(dPieces).boxed().toList());
    }
}
