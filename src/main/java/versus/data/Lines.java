package versus.data;

import java.util.Arrays;

/**
 * The non-blank lines of a text held in a byte array: start, end (exclusive, without the CR/LF)
 * and 1-based line number of each. CSV asks for quote-aware splitting, where a line break inside
 * a double-quoted field does not end the record (RFC 4180, section 2.6).
 */
final class Lines {
    final int[] start;
    final int[] end;
    final int[] number;
    final int count;

    private Lines(int[] start, int[] end, int[] number, int count) {
        this.start = start;
        this.end = end;
        this.number = number;
        this.count = count;
    }

    /** Splits {@code b[from..]} at line breaks; with {@code quotes}, breaks inside "..." do not count. */
    static Lines of(byte[] b, int from, boolean quotes) {
        Builder lines = new Builder(b.length / 32 + 16);
        boolean sawQuote = false;
        int lineNo = 1;
        int s = from;
        for (int p = from; p < b.length; p++) {
            byte c = b[p];
            if (c == '\n') {
                lines.add(b, s, p, lineNo++);
                s = p + 1;
            } else if (c == '"') {
                sawQuote = true;
            }
        }
        if (s < b.length) {
            lines.add(b, s, b.length, lineNo);
        }
        // Rare case: rescan only when a quote may hide a line break.
        return quotes && sawQuote ? quoteAware(b, from) : lines.build();
    }

    private static Lines quoteAware(byte[] b, int from) {
        Builder lines = new Builder(b.length / 32 + 16);
        boolean inQuotes = false;
        int lineNo = 1;
        int recordLine = 1;
        int s = from;
        for (int p = from; p < b.length; p++) {
            byte c = b[p];
            if (c == '"') {
                inQuotes = !inQuotes;   // "" inside a field toggles twice
            } else if (c == '\n') {
                if (!inQuotes) {
                    lines.add(b, s, p, recordLine);
                    s = p + 1;
                    recordLine = lineNo + 1;
                }
                lineNo++;
            }
        }
        if (s < b.length) {
            lines.add(b, s, b.length, recordLine);
        }
        return lines.build();
    }

    private static final class Builder {
        int[] start;
        int[] end;
        int[] number;
        int n;

        Builder(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            number = new int[capacity];
        }

        void add(byte[] b, int s, int e, int lineNo) {
            if (e > s && b[e - 1] == '\r') {
                e--;
            }
            if (isBlank(b, s, e)) {
                return;
            }
            if (n == start.length) {
                int cap = n * 2;
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                number = Arrays.copyOf(number, cap);
            }
            start[n] = s;
            end[n] = e;
            number[n] = lineNo;
            n++;
        }

        Lines build() {
            return new Lines(start, end, number, n);
        }
    }

    static boolean isBlank(byte[] b, int s, int e) {
        for (int p = s; p < e; p++) {
            if (b[p] != ' ' && b[p] != '\t' && b[p] != '\r') {
                return false;
            }
        }
        return true;
    }
}
