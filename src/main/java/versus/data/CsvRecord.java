package versus.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The field boundaries of one CSV record, found in place (RFC 4180 quoting: a field that starts
 * with {@code "} ends at the next lone {@code "}, and {@code ""} inside it stands for one quote).
 * One instance per thread, reused for every record.
 */
final class CsvRecord {
    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    /** Field {@code j} was quoted and holds {@code ""} escapes, so its bytes need unescaping. */
    boolean[] escaped = new boolean[16];
    /** 1-based field whose quoting is broken, or 0. */
    int badField;
    String problem;
    private byte[] scratch = new byte[64];

    /** Splits {@code b[from..to)} at {@code sep}; on broken quoting sets {@link #badField}. */
    void split(byte[] b, int from, int to, byte sep) {
        count = 0;
        badField = 0;
        int p = from;
        while (true) {
            ensure(count + 1);
            int q = skipSpaces(b, p, to);
            if (q < to && b[q] == '"') {
                p = quoted(b, q, to, sep);
                if (badField != 0) {
                    return;
                }
            } else {
                int s = p;
                p = Lines.indexOf(b, p, to, sep);
                start[count] = s;
                end[count] = p;
                escaped[count] = false;
                count++;
            }
            if (p >= to) {
                return;
            }
            p++;   // past the separator; at the end of the line this yields one more, empty field
        }
    }

    /** Spaces only: a tab may be the separator. */
    private static int skipSpaces(byte[] b, int p, int to) {
        while (p < to && b[p] == ' ') {
            p++;
        }
        return p;
    }

    /** Scans a quoted field opening at {@code q}; returns the position after it (at sep or end). */
    private int quoted(byte[] b, int q, int to, byte sep) {
        boolean esc = false;
        int p = q + 1;
        while (true) {
            while (p < to && b[p] != '"') {
                p++;
            }
            if (p >= to) {
                fail("field " + (count + 1) + " opens a quote (\") that is never closed; "
                        + "a quoted field must end with \" and write a quote inside it as \"\"");
                return to;
            }
            if (p + 1 < to && b[p + 1] == '"') {
                esc = true;
                p += 2;
            } else {
                break;
            }
        }
        start[count] = q + 1;
        end[count] = p;
        escaped[count] = esc;
        count++;
        int after = skipSpaces(b, p + 1, to);
        if (after < to && b[after] != sep) {
            count--;
            fail("text after the closing quote of field " + (count + 1)
                    + "; a quoted field must be followed by the separator or the end of the line");
        }
        return after;
    }

    private void fail(String why) {
        badField = count + 1;
        problem = why;
    }

    private void ensure(int n) {
        if (n > start.length) {
            int cap = Math.max(n, start.length * 2);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            escaped = Arrays.copyOf(escaped, cap);
        }
    }

    boolean isMissing(byte[] b, int j) {
        return Numbers.isMissing(b, start[j], end[j]);
    }

    /** Field {@code j} as text: unescaped if quoted, blank-trimmed if not. */
    String text(byte[] b, int j) {
        if (!escaped[j]) {
            return Numbers.text(b, start[j], end[j]);
        }
        int n = unescape(b, j);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** The code of field {@code j} in {@code cats}, adding it if new. */
    int code(byte[] b, int j, Categories cats) {
        if (!escaped[j]) {
            int s = Numbers.trimStart(b, start[j], end[j]);
            return cats.add(b, s, Numbers.trimEnd(b, s, end[j]));
        }
        return cats.add(scratch, 0, unescape(b, j));
    }

    private int unescape(byte[] b, int j) {
        if (scratch.length < end[j] - start[j]) {
            scratch = new byte[end[j] - start[j]];
        }
        int n = 0;
        for (int p = start[j]; p < end[j]; p++) {
            scratch[n++] = b[p];
            if (b[p] == '"') {
                p++;   // skip the second quote of ""
            }
        }
        return n;
    }
}
