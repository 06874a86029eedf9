package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TeachingSetsGeneratorTest {
    private static Dataset gen(String kind, int n, double noise, long seed) {
        return TeachingSets.generate(kind, n, noise, new SplittableRandom(seed));
    }

    @Test
    void everyKindHasTheContractShapeAndIsDeterministic() {
        assertEquals(List.of("xor", "circle", "gauss", "spiral", "moons", "linear"), TeachingSets.kinds());
        for (String kind : TeachingSets.kinds()) {
            for (double noise : new double[] {0, 0.2}) {
                Dataset d = gen(kind, 201, noise, 5);
                assertEquals(201, d.rows(), kind);
                assertEquals(List.of("x1", "x2"), d.featureNames(), kind);
                assertEquals(List.of("0", "1"), d.classNames(), kind);
                assertEquals(kind, d.name());
                int[] counts = d.classCounts();
                assertTrue(counts[0] > 60 && counts[1] > 60, kind + " noise " + noise + ": " + Arrays.toString(counts));
                Dataset again = gen(kind, 201, noise, 5);
                assertArrayEquals(d.features(), again.features(), kind);
                assertArrayEquals(d.labels(), again.labels(), kind);
                assertFalse(Arrays.equals(d.features(), gen(kind, 201, noise, 6).features()), kind);
            }
        }
    }

    @Test
    void noiselessSetsAreExactlyBalancedWhereTheyAreDrawnByClass() {
        for (String kind : List.of("circle", "gauss", "spiral", "moons", "linear")) {
            assertArrayEquals(new int[] {100, 101}, gen(kind, 201, 0, 1).classCounts(), kind);
        }
    }

    @Test
    void rowsAreShuffled() {
        int[] y = gen("gauss", 100, 0, 2).labels();
        int firstHalfPositives = 0;
        for (int i = 0; i < 50; i++) {
            firstHalfPositives += y[i];
        }
        assertTrue(firstHalfPositives > 10 && firstHalfPositives < 40, "first half has " + firstHalfPositives + " of class 1");
    }

    @Test
    void xorLabelsByQuadrantAwayFromTheAxes() {
        Dataset d = gen("xor", 500, 0, 3);
        for (int i = 0; i < d.rows(); i++) {
            double x = d.get(i, 0);
            double y = d.get(i, 1);
            assertTrue(Math.abs(x) >= 0.3 && Math.abs(y) >= 0.3 && Math.abs(x) <= 5.3 && Math.abs(y) <= 5.3);
            assertEquals(x * y >= 0 ? 1 : 0, d.label(i));
        }
    }

    @Test
    void circleHasAnInnerDiscAndAnOuterRing() {
        Dataset d = gen("circle", 500, 0, 4);
        for (int i = 0; i < d.rows(); i++) {
            double r = Math.hypot(d.get(i, 0), d.get(i, 1));
            if (d.label(i) == 1) {
                assertTrue(r <= 2.5, "inner radius " + r);
            } else {
                assertTrue(r >= 3.5 && r <= 5, "outer radius " + r);
            }
        }
    }

    @Test
    void gaussCentresAtPlusMinusTwo() {
        Dataset d = gen("gauss", 4000, 0, 5);
        double[] sum = new double[2];
        for (int i = 0; i < d.rows(); i++) {
            sum[d.label(i)] += d.get(i, 0) + d.get(i, 1);
        }
        assertEquals(4.0, sum[1] / 2000, 0.1);   // mean of x1 + x2 for class 1: 2 + 2
        assertEquals(-4.0, sum[0] / 2000, 0.1);
    }

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        Dataset d = gen("moons", 101, 0, 6);
        for (int i = 0; i < d.rows(); i++) {
            double x = d.get(i, 0);
            double y = d.get(i, 1);
            if (d.label(i) == 0) {
                assertEquals(1.0, x * x + y * y, 1e-12);
                assertTrue(y >= -1e-12);
            } else {
                assertEquals(1.0, (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), 1e-12);
                assertTrue(y <= 0.5 + 1e-12);
            }
        }
    }

    @Test
    void spiralStaysWithinRadiusFive() {
        Dataset d = gen("spiral", 300, 0, 7);
        for (int i = 0; i < d.rows(); i++) {
            assertTrue(Math.hypot(d.get(i, 0), d.get(i, 1)) < 5);
        }
    }

    @Test
    void linearClassesAreSeparatedByTheMargin() {
        Dataset d = gen("linear", 400, 0, 8);
        // both classes lie beyond a strip of half-width 0.5, so any two points of different classes
        // are at least 1.0 apart
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0; j < d.rows(); j++) {
                if (d.label(i) == 1 && d.label(j) == 0) {
                    min = Math.min(min, Math.hypot(d.get(i, 0) - d.get(j, 0), d.get(i, 1) - d.get(j, 1)));
                }
            }
        }
        assertTrue(min >= 2 * TeachingSets.LINEAR_MARGIN, "closest pair " + min);
        assertTrue(min < 2 * TeachingSets.LINEAR_MARGIN + 0.5, "the strip is not much wider than promised: " + min);
    }

    @Test
    void badArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gen("swirl", 10, 0, 0));
        assertEquals("unknown generator swirl; allowed: xor, circle, gauss, spiral, moons, linear", e.getMessage());
        assertEquals("noise must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> gen("xor", 10, 1.5, 0)).getMessage());
        assertEquals("n must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> gen("xor", 1, 0, 0)).getMessage());
    }
}
