package versus.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the sparse text format of LIBSVM and SVMlight
 * (<a href="https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/">LIBSVM data sets</a>,
 * <a href="https://www.cs.cornell.edu/people/tj/svm_light/">SVMlight</a>): one row per line,
 * {@code label [qid:N] index:value ...} with 1-based, strictly increasing indices; {@code #}
 * starts a comment. Absent indices are 0; the number of feature columns is the largest index,
 * named {@code x1, x2, ...} like the file's indices. Labels may be {@code +1/-1}, integers or
 * reals (graded relevance); classes follow their numeric order.
 */
final class LibsvmLoader {
    private final Path path;
    private final byte[] data;
    private final Lines lines;

    // Row-compressed entries as read.
    private int rows;
    private int[] rowEnd = new int[64];
    private int[] index = new int[1024];
    private double[] value = new double[1024];
    private int entries;
    private int maxIndex;
    private double[] label = new double[64];
    private int[] labelStart = new int[64];
    private int[] labelEnd = new int[64];
    private int[] qid;

    private LibsvmLoader(Path path, byte[] data) {
        this.path = path;
        this.data = data;
        this.lines = Lines.of(data, 0, false);
    }

    static Dataset load(Path path, byte[] data, String name) {
        LibsvmLoader l = new LibsvmLoader(path, data);
        for (int li = 0; li < l.lines.count; li++) {
            l.parseLine(li);
        }
        return l.build(name);
    }

    private DataFormatException error(int li, int p, String problem) {
        return new DataFormatException(path, lines.number[li], p - lines.start[li] + 1, problem);
    }

    private void parseLine(int li) {
        int s = Numbers.trimStart(data, lines.start[li], lines.end[li]);
        int e = Numbers.trimEnd(data, s, commentStart(s, lines.end[li]));
        if (s == e) {
            return;   // blank or comment-only
        }
        grow();
        int p = token(s, e);
        label[rows] = parseLabel(li, s, p);
        labelStart[rows] = s;
        labelEnd[rows] = p;
        p = skipBlanks(p, e);
        boolean hasQid = e - p >= 4 && data[p] == 'q' && data[p + 1] == 'i' && data[p + 2] == 'd' && data[p + 3] == ':';
        checkQid(li, s, hasQid);
        if (hasQid) {
            int t = token(p, e);
            qid[rows] = parseInt(li, p + 4, t, "qid");
            p = skipBlanks(t, e);
        }
        int previous = 0;
        while (p < e) {
            int t = token(p, e);
            previous = parseEntry(li, p, t, previous);
            p = skipBlanks(t, e);
        }
        rowEnd[rows++] = entries;
    }

    private int commentStart(int s, int e) {
        for (int p = s; p < e; p++) {
            if (data[p] == '#') {
                return p;
            }
        }
        return e;
    }

    private int token(int p, int e) {
        while (p < e && data[p] != ' ' && data[p] != '\t') {
            p++;
        }
        return p;
    }

    private int skipBlanks(int p, int e) {
        while (p < e && (data[p] == ' ' || data[p] == '\t')) {
            p++;
        }
        return p;
    }

    private double parseLabel(int li, int s, int t) {
        try {
            double v = Numbers.parse(data, s, t);
            if (v == v) {
                return v;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw error(li, s, Numbers.quote(data, s, t) + " is not a label; a line starts with its label: "
                + "+1, -1, 0, an integer or a real number");
    }

    /** All lines have {@code qid:} or none do: a ranking needs every row's query. */
    private void checkQid(int li, int s, boolean hasQid) {
        if (rows == 0) {
            qid = hasQid ? new int[label.length] : null;
        } else if (hasQid != (qid != null)) {
            throw error(li, s, (hasQid ? "this line has a qid: but the first data line has none"
                    : "this line has no qid: but the first data line has one") + "; give every line a qid or none");
        }
    }

    /** Parses {@code index:value} at {@code [p, t)}; returns the index. */
    private int parseEntry(int li, int p, int t, int previous) {
        int colon = p;
        while (colon < t && data[colon] != ':') {
            colon++;
        }
        if (colon == t) {
            throw error(li, p, "expected index:value, found " + Numbers.quote(data, p, t));
        }
        int i = parseInt(li, p, colon, "feature index");
        if (i < 1) {
            throw error(li, p, "feature index 0: indices start at 1");
        }
        if (i <= previous) {
            throw error(li, p, "feature index " + i + " after " + previous + "; indices must increase along a line");
        }
        double v;
        try {
            v = Numbers.parse(data, colon + 1, t);
        } catch (NumberFormatException ex) {
            throw error(li, colon + 1, Numbers.quote(data, colon + 1, t) + " is not a number (value of feature " + i + ")");
        }
        if (entries == index.length) {
            index = Arrays.copyOf(index, entries * 2);
            value = Arrays.copyOf(value, entries * 2);
        }
        index[entries] = i;
        value[entries++] = v;
        maxIndex = Math.max(maxIndex, i);
        return i;
    }

    private int parseInt(int li, int p, int t, String what) {
        long v = 0;
        if (p == t) {
            throw error(li, p, "missing " + what + "; expected a non-negative integer");
        }
        for (int q = p; q < t; q++) {
            byte c = data[q];
            if (c < '0' || c > '9' || v > Integer.MAX_VALUE) {
                throw error(li, p, Numbers.quote(data, p, t) + " is not a valid " + what
                        + "; expected a non-negative integer below 2^31");
            }
            v = v * 10 + (c - '0');
        }
        if (v > Integer.MAX_VALUE) {
            throw error(li, p, what + " " + v + " is too large; expected an integer below 2^31");
        }
        return (int) v;
    }

    private void grow() {
        if (rows == label.length) {
            int cap = rows * 2;
            rowEnd = Arrays.copyOf(rowEnd, cap);
            label = Arrays.copyOf(label, cap);
            labelStart = Arrays.copyOf(labelStart, cap);
            labelEnd = Arrays.copyOf(labelEnd, cap);
            qid = qid == null ? null : Arrays.copyOf(qid, cap);
        }
    }

    private Dataset build(String name) {
        if (rows == 0) {
            throw new DataFormatException(path, "no data lines; expected lines like \"+1 1:0.5 3:2\"");
        }
        int cols = Math.max(1, maxIndex);
        Rows.checkDenseSize(path, rows, cols);
        double[] x = new double[rows * cols];
        int from = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = from; k < rowEnd[r]; k++) {
                x[r * cols + index[k] - 1] = value[k];
            }
            from = rowEnd[r];
        }
        List<String> names = new ArrayList<>(cols);
        for (int j = 1; j <= cols; j++) {
            names.add("x" + j);
        }
        ClassIndex.Encoded y = ClassIndex.numeric(Arrays.copyOf(label, rows),
                r -> Numbers.text(data, labelStart[r], labelEnd[r]));
        return new Dataset(name, x, y.y(), names, y.names(), qid == null ? null : Arrays.copyOf(qid, rows));
    }
}
