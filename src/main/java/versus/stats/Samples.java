package versus.stats;

import java.math.BigDecimal;
import java.util.Locale;

/** Input checks and moments shared by the tests. */
final class Samples {
    private Samples() {}

    /** Throws unless {@code values} has at least {@code min} entries, all finite. */
    static void requireFinite(String what, double[] values, int min) {
        if (values.length < min) {
            throw new IllegalArgumentException(what + " needs at least " + min + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + ": value " + i + " is " + values[i] + "; all must be finite");
            }
        }
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Unbiased sample variance (divisor n - 1), two-pass for accuracy. */
    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }

    static void requireAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    /** A p-value as a report shows it: "p = " and two significant digits, or "p &lt; 0.001". */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "p = NaN";
        }
        return p < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.ROOT, "%.2g", p);
    }

    /** A probability or other number in [0, 1] with three decimals. */
    static String fixed3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A user-given number (alpha, rope) without spurious digits: 0.05, not 0.050000. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
