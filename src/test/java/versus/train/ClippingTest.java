package versus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClippingTest {
    @Test
    void byNormRescalesLongGradientsAndKeepsTheirDirection() {
        Clipping c = new Clipping.ByNorm(1);
        double[] g = {3, -4};
        assertTrue(c.clip(g));
        assertArrayEquals(new double[] {0.6, -0.8}, g, 1e-15);
        double[] small = {0.3, 0.4};
        assertFalse(c.clip(small));
        assertArrayEquals(new double[] {0.3, 0.4}, small, 0);
        double[] exact = {0.6, 0.8}; // norm 1 is not above the cap
        assertFalse(c.clip(exact));
    }

    /** The squares of 1e200 overflow; the norm is computed rescaled instead of becoming infinite. */
    @Test
    void byNormSurvivesOverflowingSquares() {
        double[] g = {1e200, -1e200};
        assertTrue(new Clipping.ByNorm(2).clip(g));
        assertArrayEquals(new double[] {Math.sqrt(2), -Math.sqrt(2)}, g, 1e-12);
    }

    @Test
    void byValueClampsEachComponent() {
        Clipping c = new Clipping.ByValue(0.5);
        double[] g = {0.2, -3, 0.5, 7, -0.5};
        assertTrue(c.clip(g));
        assertArrayEquals(new double[] {0.2, -0.5, 0.5, 0.5, -0.5}, g, 0);
        assertFalse(c.clip(g));
    }

    @Test
    void limitsAreValidated() {
        assertEquals("clip norm must be a finite number > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Clipping.ByNorm(0)).getMessage());
        assertEquals("clip value must be a finite number > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Clipping.ByValue(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Clipping.ByNorm(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Clipping.ByValue(Double.POSITIVE_INFINITY));
    }
}
