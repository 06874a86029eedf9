package versus.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers shared by the text loaders: number parsing straight from the file's bytes
 * (FastDoubleParser, no String per field), the missing-value tokens and trimmed text.
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * The decimal number in {@code b[from..to)} (surrounding blanks allowed), in Java's
     * floating-point syntax without its {@code d}/{@code f} type suffixes.
     *
     * @throws NumberFormatException if the bytes are not a number
     */
    static double parse(byte[] b, int from, int to) {
        if (to > from && (b[to - 1] > '9' || b[to - 1] <= ' ')) {   // rare: ends in a letter or a blank
            int e = trimEnd(b, from, to);
            byte last = e > from ? b[e - 1] : 0;
            if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
                throw new NumberFormatException("type suffix");
            }
        }
        return JavaDoubleParser.parseDouble(b, from, to - from);
    }

    static boolean isNumber(byte[] b, int from, int to) {
        try {
            parse(b, from, to);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * True for the missing-value tokens: an empty or blank field, {@code NA}, {@code ?}, or the
     * {@code NaN}/{@code nan} that Java and numpy write for a missing number.
     */
    static boolean isMissing(byte[] b, int from, int to) {
        if (to > from && b[from] >= '-' && b[from] <= '9') {
            return false;   // the common case: a number starts with a digit, '-' or '.'
        }
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        int n = e - s;
        return n == 0
                || n == 1 && b[s] == '?'
                || n == 2 && b[s] == 'N' && b[s + 1] == 'A'
                || n == 3 && (b[s] == 'N' || b[s] == 'n') && b[s + 1] == 'a' && (b[s + 2] == 'N' || b[s + 2] == 'n');
    }

    static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        return from;
    }

    static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t' || b[to - 1] == '\r')) {
            to--;
        }
        return to;
    }

    /** {@code b[from..to)} as UTF-8 text, blanks trimmed. */
    static String text(byte[] b, int from, int to) {
        int s = trimStart(b, from, to);
        return new String(b, s, trimEnd(b, s, to) - s, StandardCharsets.UTF_8);
    }

    /** A field's text for an error message, shortened so one bad field cannot flood the terminal. */
    static String quote(byte[] b, int from, int to) {
        return quote(text(b, from, to));
    }

    static String quote(String t) {
        return "\"" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "\"";
    }

    /** The non-negative decimal integer {@code text}, or -1 when it is not one. */
    static int index(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
