package versus.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
        Builder lines = new Builder(Math.min(b.length / 64, 1 << 16) + 16);
        long quoteBits = 0;
        int lineNo = 1;
        int s = from;
        int p = from;
        // Eight bytes at a time: this scan touches every byte of the file, so it must be cheap.
        for (int limit = b.length - 7; p < limit; p += 8) {
            long word = (long) LONGS.get(b, p);
            quoteBits |= zeroBytes(word ^ QUOTES);
            for (long nl = zeroBytes(word ^ NEWLINES); nl != 0; nl &= nl - 1) {
                int q = p + (Long.numberOfTrailingZeros(nl) >>> 3);
                lines.add(b, s, q, lineNo++);
                s = q + 1;
            }
        }
        boolean sawQuote = quoteBits != 0;
        for (; p < b.length; p++) {
            if (b[p] == '\n') {
                lines.add(b, s, p, lineNo++);
                s = p + 1;
            } else if (b[p] == '"') {
                sawQuote = true;
            }
        }
        if (s < b.length) {
            lines.add(b, s, b.length, lineNo);
        }
        // Rare case: rescan only when a quote may hide a line break.
        return quotes && sawQuote ? quoteAware(b, from) : lines.build();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** The first {@code c} in {@code b[from..to)}, or {@code to}; eight bytes at a time. */
    static int indexOf(byte[] b, int from, int to, byte c) {
        long pattern = (c & 0xffL) * 0x0101010101010101L;
        int p = from;
        for (; p + 8 <= to; p += 8) {
            long hits = zeroBytes((long) LONGS.get(b, p) ^ pattern);
            if (hits != 0) {
                return p + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        while (p < to && b[p] != c) {
            p++;
        }
        return p;
    }

    /** The high bit of each zero byte of {@code v}, exactly (no borrow between bytes). */
    private static long zeroBytes(long v) {
        long t = (v & LOW7) + LOW7;
        return ~(t | v | LOW7);
    }

    private static Lines quoteAware(byte[] b, int from) {
        Builder lines = new Builder(Math.min(b.length / 64, 1 << 16) + 16);
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
