package versus.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A labelled data set held in primitive arrays: features in one contiguous row-major
 * {@code double[]} (row {@code i} occupies {@code x[i*cols .. i*cols+cols-1]}), class labels
 * {@code 0..K-1} with their names, and optional query ids for ranking data.
 *
 * <p>Instances are immutable by contract: the arrays returned by {@link #features()},
 * {@link #labels()} and {@link #qids()} are live views for speed and must not be modified.
 * Missing feature values, where a loader was told to keep them, are {@code NaN}.
 *
 * <p>Multi-label data also carry {@link LabelSets} (an n x L 0/1 matrix with label names); their
 * single-label view is the label powerset: each distinct label set is one class (named
 * {@code a+b}, {@code (none)}), so protocols and reports that count classes keep working.
 */
public final class Dataset {
    private final String name;
    private final int rows;
    private final int cols;
    private final double[] x;
    private final int[] y;
    private final List<String> classNames;
    private final List<String> featureNames;
    private final int[] qid;
    private final LabelSets labelSets;

    /**
     * @param x            row-major features, length {@code rows * featureNames.size()}
     * @param y            labels in {@code 0..classNames.size()-1}, length {@code rows}
     * @param qid          query id per row, or {@code null} when the data have no groups
     */
    public Dataset(String name, double[] x, int[] y, List<String> featureNames, List<String> classNames, int[] qid) {
        this(name, x, y, featureNames, classNames, qid, null);
    }

    private Dataset(String name, double[] x, int[] y, List<String> featureNames, List<String> classNames, int[] qid,
                    LabelSets labelSets) {
        this.name = Objects.requireNonNull(name, "name");
        this.cols = featureNames.size();
        this.rows = y.length;
        if ((long) rows * cols != x.length) {
            throw new IllegalArgumentException("features length " + x.length + " is not rows " + rows + " x cols " + cols);
        }
        if (qid != null && qid.length != rows) {
            throw new IllegalArgumentException("qid length " + qid.length + " is not rows " + rows);
        }
        int k = classNames.size();
        for (int i = 0; i < rows; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException("label " + y[i] + " of row " + i + " is outside 0.." + (k - 1));
            }
        }
        this.x = x;
        this.y = y;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
        this.qid = qid;
        if (labelSets != null && labelSets.rows() != rows) {
            throw new IllegalArgumentException("label sets have " + labelSets.rows() + " rows, not " + rows);
        }
        this.labelSets = labelSets;
    }

    /** Multi-label data: features and label sets; the class labels are the label powerset. */
    public static Dataset multiLabel(String name, double[] x, List<String> featureNames, LabelSets labelSets) {
        LabelSets.PowersetClasses p = labelSets.powerset();
        return new Dataset(name, x, p.labels(), featureNames, p.classNames(), null, labelSets);
    }

    /** Convenience constructor with generated feature names {@code x0, x1, ...} and no groups. */
    public static Dataset of(String name, int cols, double[] x, int[] y, List<String> classNames) {
        String[] f = new String[cols];
        for (int j = 0; j < cols; j++) {
            f[j] = "x" + j;
        }
        return new Dataset(name, x, y, Arrays.asList(f), classNames, null);
    }

    public String name() { return name; }
    public int rows() { return rows; }
    public int cols() { return cols; }
    public int numClasses() { return classNames.size(); }
    /** Live row-major feature array; do not modify. */
    public double[] features() { return x; }
    /** Live label array; do not modify. */
    public int[] labels() { return y; }
    /** Live query-id array, or {@code null} when the data have no groups. */
    public int[] qids() { return qid; }
    public boolean hasQids() { return qid != null; }
    /** The label sets of multi-label data, or {@code null} for single-label data. */
    public LabelSets labelSets() { return labelSets; }
    public boolean isMultiLabel() { return labelSets != null; }
    public List<String> classNames() { return classNames; }
    public List<String> featureNames() { return featureNames; }
    public int label(int row) { return y[row]; }
    public double get(int row, int col) { return x[row * cols + col]; }
    /** Offset of {@code row} in {@link #features()}. */
    public int offset(int row) { return row * cols; }

    /** Number of rows per class. */
    public int[] classCounts() {
        int[] c = new int[numClasses()];
        for (int v : y) {
            c[v]++;
        }
        return c;
    }

    /** A new data set holding copies of the given rows, in the given order (repeats allowed). */
    public Dataset subset(int[] rowIndices) {
        double[] nx = new double[rowIndices.length * cols];
        int[] ny = new int[rowIndices.length];
        int[] nq = qid == null ? null : new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            System.arraycopy(x, r * cols, nx, i * cols, cols);
            ny[i] = y[r];
            if (nq != null) {
                nq[i] = qid[r];
            }
        }
        return new Dataset(name, nx, ny, featureNames, classNames, nq, labelSets == null ? null : labelSets.subset(rowIndices));
    }

    /** The same rows and labels with other features (same number of columns unless names change). */
    public Dataset withFeatures(double[] newX, List<String> newFeatureNames) {
        return new Dataset(name, newX, y, newFeatureNames, classNames, qid, labelSets);
    }

    public Dataset withName(String newName) {
        return new Dataset(newName, x, y, featureNames, classNames, qid, labelSets);
    }

    /**
     * This data set followed by the rows of {@code other} (a separate test file). The other's
     * labels are mapped to this set's classes by name, unseen class names are appended. When one
     * file has fewer columns and its feature names are a prefix of the other's (sparse LIBSVM
     * files whose largest index differs), the missing columns are zeros. When the two files
     * one-hot a categorical column over different category sets, the test columns are placed by
     * name into this set's columns (a category the test file lacks is a zero column); a category
     * the training file never saw is an error, as scikit-learn's OneHotEncoder has it by default.
     * Otherwise the columns must match.
     */
    public Dataset append(Dataset other) {
        List<String> wide = cols >= other.cols ? featureNames : other.featureNames;
        List<String> narrow = cols >= other.cols ? other.featureNames : featureNames;
        if (!wide.subList(0, narrow.size()).equals(narrow) || (cols != other.cols && !sparseNames(narrow, wide))) {
            return append(other.alignedTo(featureNames, preview(featureNames)));
        }
        if ((labelSets == null) != (other.labelSets == null)) {
            throw new IllegalArgumentException("one file has label sets (multi-label) and the other has not");
        }
        int c = wide.size();
        int n = rows + other.rows;
        double[] nx = new double[n * c];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(x, i * cols, nx, i * c, cols);
        }
        for (int i = 0; i < other.rows; i++) {
            System.arraycopy(other.x, i * other.cols, nx, (rows + i) * c, other.cols);
        }
        java.util.List<String> classes = new java.util.ArrayList<>(classNames);
        int[] ny = java.util.Arrays.copyOf(y, n);
        for (int i = 0; i < other.rows; i++) {
            String cls = other.classNames.get(other.y[i]);
            int idx = classes.indexOf(cls);
            if (idx < 0) {
                classes.add(cls);
                idx = classes.size() - 1;
            }
            ny[rows + i] = idx;
        }
        int[] nq = null;
        if (qid != null || other.qid != null) {
            if (qid == null || other.qid == null) {
                throw new IllegalArgumentException("one file has qid groups and the other has not");
            }
            nq = java.util.Arrays.copyOf(qid, n);
            System.arraycopy(other.qid, 0, nq, rows, other.rows);
        }
        if (labelSets != null) {
            return multiLabel(name, nx, wide, labelSets.append(other.labelSets));
        }
        return new Dataset(name, nx, ny, wide, classes, nq);
    }

    /**
     * This (test) data set with its columns moved by name onto {@code names}, the training
     * file's; only one-hot columns ({@code column=value}) may differ between the two.
     */
    private Dataset alignedTo(List<String> names, String trainingPreview) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            index.put(names.get(j), j);
        }
        int[] place = new int[cols];
        for (int j = 0; j < cols; j++) {
            Integer at = index.get(featureNames.get(j));
            if (at == null) {
                String f = featureNames.get(j);
                int eq = f.indexOf('=');
                String column = eq > 0 ? f.substring(0, eq + 1) : null;
                if (column != null && names.stream().anyMatch(n -> n.startsWith(column))) {
                    throw new IllegalArgumentException("category '" + f.substring(eq + 1) + "' of column '" + f.substring(0, eq)
                            + "' occurs in the test file but not in the training file, so it has no one-hot column; "
                            + "drop the column (drop-columns) or give the training file an example of it");
                }
                throw new IllegalArgumentException("the test file has " + cols + " features " + preview(featureNames)
                        + " but the training file has " + names.size() + " " + trainingPreview + "; they must match");
            }
            place[j] = at;
        }
        boolean[] covered = new boolean[names.size()];
        for (int p : place) {
            covered[p] = true;
        }
        for (int j = 0; j < names.size(); j++) {
            String f = names.get(j);
            int eq = f.indexOf('=');
            String column = eq > 0 ? f.substring(0, eq + 1) : null;
            if (!covered[j] && (column == null || featureNames.stream().noneMatch(n -> n.startsWith(column)))) {
                // only a category the test file happens to lack may be missing; any other column must be there
                throw new IllegalArgumentException("the test file has " + cols + " features " + preview(featureNames)
                        + " but the training file has " + names.size() + " " + trainingPreview + "; they must match (the test file lacks '"
                        + f + "')");
            }
        }
        double[] nx = new double[rows * names.size()];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                nx[i * names.size() + place[j]] = x[i * cols + j];
            }
        }
        return new Dataset(name, nx, y, names, classNames, qid, labelSets);
    }

    /** Whether the extra columns of {@code wide} look like generated sparse-index names. */
    private static boolean sparseNames(List<String> narrow, List<String> wide) {
        for (String f : wide.subList(narrow.size(), wide.size())) {
            if (!f.matches("[A-Za-z]*[0-9]+")) {
                return false;
            }
        }
        return true;
    }

    private static String preview(List<String> names) {
        return names.size() <= 4 ? names.toString() : "[" + String.join(", ", names.subList(0, 3)) + ", ...]";
    }

    @Override
    public String toString() {
        return name + " (" + rows + " x " + cols + ", " + numClasses() + " classes" + (qid != null ? ", qid" : "")
                + (labelSets != null ? ", " + labelSets.numLabels() + " labels" : "") + ")";
    }
}
