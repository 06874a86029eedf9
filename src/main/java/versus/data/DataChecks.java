package versus.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks and changes made to a loaded table before any training, each written into the
 * {@link DataNotes}: a label that looks continuous is refused (or binned by {@code label-bins:}),
 * constant feature columns are dropped, and {@code positive-class:} picks the class binary metrics
 * count as positive.
 */
public final class DataChecks {
    /** Most distinct label values a classification label plausibly has before the share rule applies. */
    public static final int MAX_CLASSES = 20;
    /** Share of the rows above which a label's distinct values look continuous (with more than {@value #MAX_CLASSES}). */
    public static final double CONTINUOUS_SHARE = 0.05;

    private DataChecks() {
    }

    /** Whether every class name is a number (a numeric label column). */
    static boolean numericLabel(Dataset d) {
        for (String c : d.classNames()) {
            if (!isNumber(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses a label that is no class label: numeric with more than {@value #MAX_CLASSES} distinct
     * values and more than {@value #CONTINUOUS_SHARE} of the rows (continuous), or text with more
     * than {@value #MAX_CLASSES} values and at least one per two rows (an identifier).
     */
    public static void checkLabel(Dataset d, Path file, String label) {
        int k = d.numClasses();
        int n = d.rows();
        if (d.isMultiLabel() || k <= MAX_CLASSES) {
            return;
        }
        String column = label == null ? "the label" : "label column \"" + label + "\"";
        if (numericLabel(d) && k > CONTINUOUS_SHARE * n) {
            throw new DataFormatException(file, column + " has " + k + " distinct numeric values in " + n
                    + " rows, so it looks continuous, not a class: bin it (label-bins: 5 makes 5 classes of equal size), "
                    + "choose another column (label: NAME), or declare it categorical (columns: {categorical: [" + name(label)
                    + "]}) if these really are classes");
        }
        if (!numericLabel(d) && 2L * k >= n) {
            throw new DataFormatException(file, column + " has " + k + " distinct values in " + n
                    + " rows, so most classes have one row: it looks like an identifier; choose the class column with label: NAME"
                    + ", or declare it categorical (columns: {categorical: [" + name(label) + "]}) if these really are classes");
        }
    }

    private static boolean isNumber(String s) {
        byte[] b = s.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return b.length > 0 && Numbers.isNumber(b, 0, b.length);
    }

    private static double parse(String s) {
        byte[] b = s.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Numbers.parse(b, 0, b.length);
    }

    private static String name(String label) {
        return label == null ? "LABEL" : label;
    }

    /**
     * The label cut into {@code bins} classes at the quantiles of its values over all rows
     * (which defines the task, so it is not a leak): edges at the {@code i/bins} empirical quantiles
     * (value at position {@code floor(i n / bins)} of the sorted values), a row in class {@code c}
     * when {@code edge[c] <= v < edge[c+1]}; equal edges merge, so there may be fewer classes.
     */
    public static Dataset binLabel(Dataset d, int bins, Path file, String label, DataNotes.Builder notes) {
        if (!numericLabel(d)) {
            throw new DataFormatException(file, "label-bins needs a numeric label; label column \"" + name(label)
                    + "\" holds text such as \"" + d.classNames().get(0) + "\"");
        }
        int n = d.rows();
        double[] classValue = new double[d.numClasses()];
        for (int c = 0; c < classValue.length; c++) {
            classValue[c] = parse(d.classNames().get(c));
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = classValue[d.label(i)];
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] edges = new double[bins - 1];
        int m = 0;
        for (int i = 1; i < bins; i++) {
            double e = sorted[(int) ((long) i * n / bins)];
            if (e > sorted[0] && (m == 0 || e > edges[m - 1])) {
                edges[m++] = e;
            }
        }
        edges = Arrays.copyOf(edges, m);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = 0;
            while (c < m && v[i] >= edges[c]) {
                c++;
            }
            y[i] = c;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= m; c++) {
            String lo = c == 0 ? "" : fmt(edges[c - 1]) + "<=";
            String hi = c == m ? "" : "<" + fmt(edges[c]);
            names.add(c == 0 && m == 0 ? "all" : lo + name(label) + hi);
        }
        notes.labelBins((m + 1) + " classes at quantile edges " + (m == 0 ? "(none)" : Arrays.toString(edges)));
        return new Dataset(d.name(), d.features(), y, d.featureNames(), names, d.qids());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }

    /**
     * {@code d} without its constant feature columns (one value, missing cells aside, in every
     * row): they carry no information, and after standardising they are all zeros. Each is listed.
     * A file that names no columns (a headerless CSV matrix, such as digits' 8x8 pixels, where a
     * column's position matters to image figures) keeps them, listed as kept.
     */
    public static Dataset dropConstant(Dataset d, DataNotes.Builder notes) {
        int cols = d.cols();
        int n = d.rows();
        double[] x = d.features();
        boolean[] keep = new boolean[cols];
        int kept = 0;
        for (int j = 0; j < cols; j++) {
            double first = Double.NaN;
            for (int i = 0; i < n && !keep[j]; i++) {
                double v = x[i * cols + j];
                if (v == v) {
                    if (first != first) {
                        first = v;
                    } else if (v != first) {
                        keep[j] = true;
                    }
                }
            }
            kept += keep[j] ? 1 : 0;
        }
        if (kept == cols || kept == 0) {
            return d;   // nothing constant, or nothing left: the models' own checks say so
        }
        if (!notes.namedColumns()) {
            for (int j = 0; j < cols; j++) {
                if (!keep[j]) {
                    notes.constantKept(d.featureNames().get(j));
                }
            }
            return d;
        }
        List<String> names = new ArrayList<>();
        int[] from = new int[kept];
        for (int j = 0, k = 0; j < cols; j++) {
            if (keep[j]) {
                from[k++] = j;
                names.add(d.featureNames().get(j));
            } else {
                notes.drop(d.featureNames().get(j), DataNotes.DropReason.CONSTANT);
            }
        }
        double[] nx = new double[n * kept];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kept; k++) {
                nx[i * kept + k] = x[i * cols + from[k]];
            }
        }
        return d.withFeatures(nx, names);
    }

    /**
     * Two-class data with {@code positive} as class 1, the class binary metrics count as positive
     * (the other becomes class 0).
     */
    public static Dataset positiveClass(Dataset d, String positive, Path file, DataNotes.Builder notes) {
        int p = d.classNames().indexOf(positive);
        if (p < 0 || d.numClasses() != 2 || d.isMultiLabel()) {
            throw new DataFormatException(file, "positive-class \"" + positive + "\" "
                    + (d.numClasses() != 2 || d.isMultiLabel() ? "needs two-class data; this file has " + d.numClasses() + " classes"
                    : "is not a class of the label; the classes are " + String.join(", ", d.classNames())));
        }
        notes.positiveClass(positive, true);
        if (p == 1) {
            return d;
        }
        int[] y = new int[d.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1 - d.label(i);
        }
        return new Dataset(d.name(), d.features(), y, d.featureNames(), List.of(d.classNames().get(1), positive), d.qids());
    }
}
