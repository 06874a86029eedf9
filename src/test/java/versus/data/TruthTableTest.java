package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.data.TruthTable.Encoding;

class TruthTableTest {
    private static int[] labels(String f, int inputs) {
        return TruthTable.of(f, inputs, Encoding.ZERO_ONE).labels();
    }

    @Test
    void twoInputTablesInCountingOrder() {
        Dataset and = TruthTable.of("and", 2, Encoding.ZERO_ONE);
        assertEquals(4, and.rows());
        assertEquals(List.of("x1", "x2"), and.featureNames());
        assertEquals(List.of("0", "1"), and.classNames());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, and.features());
        assertArrayEquals(new int[] {0, 0, 0, 1}, and.labels());
        assertArrayEquals(new int[] {0, 1, 1, 1}, labels("or", 2));
        assertArrayEquals(new int[] {0, 1, 1, 0}, labels("xor", 2));
        assertArrayEquals(new int[] {1, 1, 1, 0}, labels("nand", 2));
        assertArrayEquals(new int[] {1, 0, 0, 0}, labels("nor", 2));
        assertArrayEquals(new int[] {1, 0, 0, 1}, labels("xnor", 2));
        assertArrayEquals(new int[] {0, 0, 0, 1}, labels("AND", 2));
    }

    @Test
    void namedFunctionsOverThreeInputs() {
        assertArrayEquals(new int[] {0, 1, 1, 0, 1, 0, 0, 1}, labels("xor", 3));      // parity
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 1, 1, 1}, labels("majority", 3));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 1}, labels("and", 3));
        // majority of an even count: ties are false
        assertArrayEquals(new int[] {0, 0, 0, 1}, labels("majority", 2));
    }

    @Test
    void mcCullochPittsUnitOfTheNotesWithPlusMinusOne() {
        // Table 3.6 (seed 002, G09): y = x2 (x1 + not x3), inputs in {-1, +1}
        Dataset d = TruthTable.of("x2 and (x1 or not x3)", 3, Encoding.PLUS_MINUS_ONE);
        assertEquals(List.of("-1", "+1"), d.classNames());
        assertArrayEquals(new double[] {
            -1, -1, -1, -1, -1, 1, -1, 1, -1, -1, 1, 1,
            1, -1, -1, 1, -1, 1, 1, 1, -1, 1, 1, 1}, d.features());
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 1, 1}, d.labels());
    }

    @Test
    void infixAndCallFormsAgree() {
        // G11: XOR(AND(x1, x2), x3)
        int[] expected = {0, 1, 0, 1, 0, 1, 1, 0};
        assertArrayEquals(expected, labels("(x1 and x2) xor x3", 3));
        assertArrayEquals(expected, labels("xor(and(x1, x2), x3)", 3));
        assertArrayEquals(expected, labels("x1 and x2 xor x3", 3));   // and binds tighter than xor
        assertArrayEquals(labels("x2 and (x1 or not x3)", 3), labels("and(x2, or(x1, not(x3)))", 3));
    }

    @Test
    void precedenceNotAndXorOr() {
        assertArrayEquals(labels("x1 or (x2 and x3)", 3), labels("x1 or x2 and x3", 3));
        assertArrayEquals(labels("(not x1) and x2", 2), labels("not x1 and x2", 2));
        assertArrayEquals(labels("x1 or (x2 xor x3)", 3), labels("x1 or x2 xor x3", 3));
        assertArrayEquals(new int[] {1, 1}, labels("x1 or 1", 1));
        assertArrayEquals(new int[] {0, 0}, labels("x1 and false", 1));
        assertArrayEquals(new int[] {1, 0}, labels("not not not x1", 1));
    }

    @Test
    void badExpressionsSayWhereAndWhatIsAllowed() {
        assertError("x1 and", 3, "position 7", "got the end");
        assertError("x1 + x2", 3, "position 4", "got '+'");
        assertError("x1 and x4", 3, "position 8", "variables x1..x3");
        assertError("x1 and (x2 or x3", 3, "position 17", "')'");
        assertError("foo(x1)", 3, "position 1", "functions");
        assertError("not(x1, x2)", 3, "position 1", "exactly one argument");
        assertError("x1 x2", 3, "position 4", "'and', 'or', 'xor', ')' or the end");
        assertError("and x1", 3, "position 1", "and(...)");
        assertError("", 3, "position 1", "got the end");
    }

    private static void assertError(String expr, int inputs, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TruthTable.of(expr, inputs, Encoding.ZERO_ONE), expr);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "\"" + expr + "\": " + e.getMessage());
        }
    }

    @Test
    void inputsAndEncodingAreValidated() {
        assertEquals("inputs must be in 1..20, got 0",
                assertThrows(IllegalArgumentException.class, () -> TruthTable.of("and", 0, Encoding.ZERO_ONE)).getMessage());
        assertEquals(Encoding.PLUS_MINUS_ONE, Encoding.byToken("pm1"));
        assertEquals(Encoding.ZERO_ONE, Encoding.byToken("01"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.byToken("bool"));
        assertEquals(List.of("and", "or", "xor", "nand", "nor", "xnor", "majority"), TruthTable.functions());
    }
}
