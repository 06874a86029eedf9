package versus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Truth tables of boolean functions as data sets: the classic perceptron / MLP teaching sets
 * (AND and OR are linearly separable, XOR is not).
 *
 * <p>Rows are the {@code 2^n} input combinations in binary counting order with {@code x1} the most
 * significant bit, as truth tables are usually printed: row {@code r} has
 * {@code x_j = bit (n - j) of r}. Features are named {@code x1..xn}. Class 1 is "true" and class 0
 * "false"; class names are {@code "0","1"} for {@link Encoding#ZERO_ONE} and {@code "-1","+1"} for
 * {@link Encoding#PLUS_MINUS_ONE}.
 */
public final class TruthTable {
    /** Largest number of inputs: 2^20 rows is already far beyond a teaching example. */
    public static final int MAX_INPUTS = 20;

    /** How false/true are written in the features. */
    public enum Encoding {
        /** false = 0, true = 1. */
        ZERO_ONE("01", 0.0, 1.0, "0", "1"),
        /** false = -1, true = +1 (the encoding of the notes' threshold units, sgn activations). */
        PLUS_MINUS_ONE("pm1", -1.0, 1.0, "-1", "+1");

        private final String token;
        private final double falseValue;
        private final double trueValue;
        private final List<String> classNames;

        Encoding(String token, double falseValue, double trueValue, String falseName, String trueName) {
            this.token = token;
            this.falseValue = falseValue;
            this.trueValue = trueValue;
            this.classNames = List.of(falseName, trueName);
        }

        /** The YAML spelling: {@code 01} or {@code pm1}. */
        public String token() { return token; }

        public double value(boolean b) { return b ? trueValue : falseValue; }

        /** Class names, index 0 = false, 1 = true. */
        public List<String> classNames() { return classNames; }

        /** Parses the YAML spelling ({@code 01}, {@code pm1}). */
        public static Encoding byToken(String token) {
            for (Encoding e : values()) {
                if (e.token.equals(token)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("encoding must be 01 or pm1, got " + token);
        }
    }

    private TruthTable() {}

    /** The named functions accepted by {@link #of}, besides expressions. */
    public static List<String> functions() {
        List<String> names = new ArrayList<>();
        for (BooleanExpression.Op op : BooleanExpression.Op.values()) {
            names.add(op.token());
        }
        return names;
    }

    /**
     * The truth table of {@code function} over {@code inputs} variables.
     *
     * @param function a named n-ary function over all inputs ({@code and, or, xor} (parity),
     *                 {@code nand, nor, xnor, majority} (true when more than half are true)), or an
     *                 expression over {@code x1..xn} such as {@code x2 and (x1 or not x3)} or
     *                 {@code xor(and(x1, x2), x3)}; see {@link BooleanExpression} for the grammar
     * @param inputs   n, 1..{@value #MAX_INPUTS}
     * @throws IllegalArgumentException for a bad expression (with the position and what is allowed)
     *                                  or a bad number of inputs
     */
    public static Dataset of(String function, int inputs, Encoding encoding) {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must be in 1.." + MAX_INPUTS + ", got " + inputs);
        }
        String trimmed = function.trim();
        BooleanExpression.Op named = BooleanExpression.Op.byToken(trimmed.toLowerCase(Locale.ROOT));
        BooleanExpression f = named != null ? BooleanExpression.of(named, inputs) : BooleanExpression.parse(trimmed, inputs);

        int rows = 1 << inputs;
        double[] x = new double[rows * inputs];
        int[] y = new int[rows];
        boolean[] bits = new boolean[inputs];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < inputs; j++) {
                bits[j] = ((r >>> (inputs - 1 - j)) & 1) == 1; // x1 is the most significant bit
                x[r * inputs + j] = encoding.value(bits[j]);
            }
            y[r] = f.evaluate(bits) ? 1 : 0;
        }
        List<String> features = new ArrayList<>(inputs);
        for (int j = 1; j <= inputs; j++) {
            features.add("x" + j);
        }
        return new Dataset(trimmed, x, y, features, encoding.classNames(), null);
    }
}
