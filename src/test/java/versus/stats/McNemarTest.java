package versus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values: the exact p by hand, 2 * (C(12,0) + C(12,1) + C(12,2)) / 2^12 = 2 * 79 / 4096,
 * equal to scipy's {@code stats.binomtest(2, 12, 0.5).pvalue = 0.03857421875}; the corrected chi^2
 * (|30 - 12| - 1)^2 / 42 = 289/42 with {@code stats.chi2.sf(289/42, 1) = 0.008711912962379598}.
 */
class McNemarTest {
    /** n rows: the first b right for A only, the next c right for B only, then both right. */
    private static boolean[][] rows(int b, int c, int n) {
        boolean[] a = new boolean[n];
        boolean[] bb = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < b || i >= b + c;
            bb[i] = i >= b;
        }
        return new boolean[][] {a, bb};
    }

    @Test
    void smallCountsUseTheExactBinomialTest() {
        boolean[][] r = rows(10, 2, 50);
        McNemar m = McNemar.test(r[0], r[1]);
        assertEquals(McNemar.Variant.EXACT_BINOMIAL, m.variant());
        assertEquals(10, m.b());
        assertEquals(2, m.c());
        assertEquals(2, m.statistic());
        assertEquals(158.0 / 4096, m.pValue(), 1e-15);
        assertEquals(8.0 / 50, m.effect(), 1e-15);
        assertEquals("A better than B (p = 0.039, exact McNemar test)", m.verdict(0.05));
    }

    @Test
    void largeCountsUseTheCorrectedChiSquared() {
        boolean[][] r = rows(12, 30, 200);
        McNemar m = McNemar.test(r[0], r[1]);
        assertEquals(McNemar.Variant.CORRECTED_CHI_SQUARED, m.variant());
        assertEquals(289.0 / 42, m.statistic(), 1e-12);
        assertEquals(0.008711912962379598, m.pValue(), 1e-12);
        assertEquals("B better than A (p = 0.0087, McNemar's test, continuity-corrected)", m.verdict(0.05));
    }

    @Test
    void variantCanBeChosen() {
        boolean[][] r = rows(10, 2, 50);
        McNemar chi = McNemar.test(r[0], r[1], McNemar.Variant.CORRECTED_CHI_SQUARED);
        assertEquals(49.0 / 12, chi.statistic(), 1e-12); // (8 - 1)^2 / 12
        assertEquals(McNemar.of(McNemar.Variant.CORRECTED_CHI_SQUARED, 10, 2, 50), chi);
    }

    @Test
    void equalOrNoDisagreementGivesPOne() {
        assertEquals(1, McNemar.of(McNemar.Variant.CORRECTED_CHI_SQUARED, 7, 7, 20).pValue());
        assertEquals(0, McNemar.of(McNemar.Variant.CORRECTED_CHI_SQUARED, 7, 7, 20).statistic());
        assertEquals(1, McNemar.of(McNemar.Variant.EXACT_BINOMIAL, 7, 7, 20).pValue());
        McNemar none = McNemar.of(McNemar.Variant.EXACT_BINOMIAL, 0, 0, 20);
        assertEquals(1, none.pValue());
        assertEquals("no significant difference at alpha = 0.05 (p = 1.0, exact McNemar test)", none.verdict(0.05));
    }

    @Test
    void rejectsMismatchedRows() {
        assertThrows(IllegalArgumentException.class, () -> McNemar.test(new boolean[3], new boolean[4]));
        assertThrows(IllegalArgumentException.class, () -> McNemar.test(new boolean[0], new boolean[0]));
        assertThrows(IllegalArgumentException.class, () -> McNemar.of(McNemar.Variant.EXACT_BINOMIAL, 5, 6, 10));
    }
}
