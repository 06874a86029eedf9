package versus.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The values of one ARFF line, found in place: dense rows ({@code v1, v2, ...}), sparse rows
 * ({@code {index value, ...}}) and the names and nominal lists of {@code @attribute} lines.
 * Values may be quoted with {@code '} or {@code "}, with backslash escapes inside; an unquoted
 * {@code ?} is a missing value. One instance per line being read, reused.
 */
final class ArffFields {
    private static final int DENSE = 0;
    private static final int SPARSE = 1;
    private static final int NAME = 2;

    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    /** Sparse rows: the 0-based attribute index of each value. */
    int[] index = new int[16];
    boolean[] quoted = new boolean[16];
    boolean[] escaped = new boolean[16];
    /** Byte offset of the first problem, or -1; {@link #problem} says what it is. */
    int badAt;
    String problem;
    private byte[] scratch = new byte[64];

    /** Comma-separated values of {@code b[from..to)}. */
    void splitDense(byte[] b, int from, int to) {
        reset();
        int p = from;
        while (true) {
            p = skipBlanks(b, value(b, skipBlanks(b, p, to), to, DENSE), to);
            if (badAt >= 0 || p >= to) {
                return;
            }
            if (b[p] != ',') {
                fail(p, "expected a comma after value " + count + ", found '" + (char) b[p] + "'");
                return;
            }
            p++;
        }
    }

    /** {@code {index value, ...}} starting with the brace at {@code b[from]}. */
    void splitSparse(byte[] b, int from, int to) {
        reset();
        int p = skipBlanks(b, from + 1, to);
        if (p < to && b[p] == '}') {
            return;
        }
        while (badAt < 0) {
            int i = p;
            long idx = 0;
            while (p < to && b[p] >= '0' && b[p] <= '9' && idx <= Integer.MAX_VALUE) {
                idx = idx * 10 + b[p++] - '0';
            }
            if (p == i || idx > Integer.MAX_VALUE || p >= to || (b[p] != ' ' && b[p] != '\t')) {
                fail(i, "a sparse row holds {index value, ...} with 0-based attribute indices");
                return;
            }
            ensure(count + 1);
            index[count] = (int) idx;
            p = skipBlanks(b, value(b, skipBlanks(b, p, to), to, SPARSE), to);
            if (badAt >= 0) {
                return;
            }
            if (p < to && b[p] == '}') {
                return;
            }
            if (p >= to || b[p] != ',') {
                fail(p, "expected , or } after a sparse value");
                return;
            }
            p = skipBlanks(b, p + 1, to);
        }
    }

    /** One name (quoted, or up to a blank or {@code {}) at {@code b[from..]}; returns where it ends. */
    int readName(byte[] b, int from, int to) {
        reset();
        return value(b, skipBlanks(b, from, to), to, NAME);
    }

    private void reset() {
        count = 0;
        badAt = -1;
        problem = null;
    }

    /** Reads one value at {@code p} as field {@code count}; returns the position after it. */
    private int value(byte[] b, int p, int to, int mode) {
        ensure(count + 1);
        if (p < to && (b[p] == '\'' || b[p] == '"')) {
            byte q = b[p];
            boolean esc = false;
            int c = p + 1;
            while (c < to && b[c] != q) {
                if (b[c] == '\\') {
                    esc = true;
                    c++;
                }
                c++;
            }
            if (c >= to) {
                fail(p, "value " + (count + 1) + " opens a quote (" + (char) q + ") that is never closed on this line");
                return to;
            }
            set(p + 1, c, true, esc);
            return c + 1;
        }
        int s = p;
        while (p < to && !stops(b[p], mode)) {
            p++;
        }
        set(s, Numbers.trimEnd(b, s, p), false, false);
        return p;
    }

    private static boolean stops(byte c, int mode) {
        if (mode == NAME) {
            return c == ' ' || c == '\t' || c == '{';
        }
        return c == ',' || mode == SPARSE && c == '}';
    }

    private void set(int s, int e, boolean q, boolean esc) {
        start[count] = s;
        end[count] = e;
        quoted[count] = q;
        escaped[count] = esc;
        count++;
    }

    private void fail(int at, String why) {
        badAt = at;
        problem = why;
    }

    private static int skipBlanks(byte[] b, int p, int to) {
        while (p < to && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    private void ensure(int n) {
        if (n > start.length) {
            int cap = Math.max(n, start.length * 2);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            index = Arrays.copyOf(index, cap);
            quoted = Arrays.copyOf(quoted, cap);
            escaped = Arrays.copyOf(escaped, cap);
        }
    }

    boolean isMissing(byte[] b, int j) {
        return !quoted[j] && end[j] - start[j] == 1 && b[start[j]] == '?';
    }

    String text(byte[] b, int j) {
        if (!escaped[j]) {
            return new String(b, start[j], end[j] - start[j], StandardCharsets.UTF_8);
        }
        return new String(scratch, 0, unescape(b, j), StandardCharsets.UTF_8);
    }

    /** The code of value {@code j} among the declared {@code values}, or -1. */
    int find(byte[] b, int j, Categories values) {
        return escaped[j] ? values.find(scratch, 0, unescape(b, j)) : values.find(b, start[j], end[j]);
    }

    private int unescape(byte[] b, int j) {
        if (scratch.length < end[j] - start[j]) {
            scratch = new byte[end[j] - start[j]];
        }
        int n = 0;
        for (int p = start[j]; p < end[j]; p++) {
            byte c = b[p];
            if (c == '\\' && p + 1 < end[j]) {
                c = b[++p];
                c = c == 'n' ? (byte) '\n' : c == 't' ? (byte) '\t' : c == 'r' ? (byte) '\r' : c;
            }
            scratch[n++] = c;
        }
        return n;
    }
}
