package versus.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of (true class, predicted class) pairs: {@code count(t, p)}, row = true class, column =
 * predicted class (the layout of the course notes: rows actual, columns predicted). Immutable;
 * {@link #add} returns the sum, for pooling the folds of a cross-validation.
 */
public final class ConfusionMatrix {
    private final long[][] counts;
    // margins, computed once: the one-vs-rest counts are asked for per class
    private final long[] rowSums;
    private final long[] columnSums;
    private final long total;

    /** @param counts K x K counts, row = true class; copied */
    public ConfusionMatrix(long[][] counts) {
        int k = counts.length;
        this.counts = new long[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException("counts must be K x K, row " + t + " has " + counts[t].length + " columns for K = " + k);
            }
            for (int p = 0; p < k; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("counts[" + t + "][" + p + "] must be >= 0, got " + counts[t][p]);
                }
            }
            this.counts[t] = counts[t].clone();
        }
        this.rowSums = new long[k];
        this.columnSums = new long[k];
        long sum = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                rowSums[t] += counts[t][p];
                columnSums[p] += counts[t][p];
            }
            sum += rowSums[t];
        }
        this.total = sum;
    }

    /** The matrix of one set of predictions. */
    public static ConfusionMatrix of(Predictions p) {
        int k = p.numClasses();
        long[][] c = new long[k][k];
        int[] truth = p.truth();
        int[] predicted = p.predicted();
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i];
            int q = predicted[i];
            if (t < 0 || t >= k || q < 0 || q >= k) {
                throw new IllegalArgumentException("row " + i + ": labels must be in 0.." + (k - 1) + ", got truth " + t + ", predicted " + q);
            }
            c[t][q]++;
        }
        return new ConfusionMatrix(c);
    }

    public int numClasses() { return counts.length; }

    /** Rows of true class {@code truth} predicted as {@code predicted}. */
    public long count(int truth, int predicted) { return counts[truth][predicted]; }

    /** A copy of the counts, row = true class. */
    public long[][] counts() {
        long[][] c = new long[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            c[t] = counts[t].clone();
        }
        return c;
    }

    public long total() { return total; }

    /** Rows whose true class is {@code k} (row sum). */
    public long support(int k) { return rowSums[k]; }

    /** Rows predicted as {@code k} (column sum). */
    public long predictedCount(int k) { return columnSums[k]; }

    /** One-vs-rest counts for class {@code k}: TP = C[k][k]. */
    public long truePositives(int k) { return counts[k][k]; }

    /** FP = column k sum - C[k][k]. */
    public long falsePositives(int k) { return columnSums[k] - counts[k][k]; }

    /** FN = row k sum - C[k][k]. */
    public long falseNegatives(int k) { return rowSums[k] - counts[k][k]; }

    /** TN = total - TP - FP - FN. */
    public long trueNegatives(int k) { return total - columnSums[k] - rowSums[k] + counts[k][k]; }

    /** Accuracy = trace / total (NaN when empty). */
    public double accuracy() {
        long diag = 0;
        for (int k = 0; k < counts.length; k++) {
            diag += counts[k][k];
        }
        return (double) diag / total;
    }

    /**
     * Balanced accuracy = mean recall over the classes that occur in the truth (scikit-learn's
     * {@code balanced_accuracy_score}; classes with no true rows are left out of the mean).
     */
    public double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < counts.length; k++) {
            long s = rowSums[k];
            if (s > 0) {
                sum += (double) counts[k][k] / s;
                present++;
            }
        }
        return sum / present;
    }

    /** The element-wise sum; both must have the same K. */
    public ConfusionMatrix add(ConfusionMatrix other) {
        int k = counts.length;
        if (other.counts.length != k) {
            throw new IllegalArgumentException("cannot add a " + other.counts.length + "-class confusion matrix to a " + k + "-class one");
        }
        long[][] c = new long[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                c[t][p] = counts[t][p] + other.counts[t][p];
            }
        }
        return new ConfusionMatrix(c);
    }

    /**
     * A Markdown table: one row per true class, one column per predicted class, e.g.
     * <pre>
     * | true \ predicted | 0 | 1 |
     * |---|---:|---:|
     * | 0 | 5 | 1 |
     * | 1 | 2 | 7 |
     * </pre>
     */
    public String toMarkdown(List<String> classNames) {
        int k = counts.length;
        if (classNames.size() != k) {
            throw new IllegalArgumentException("expected " + k + " class names, got " + classNames.size());
        }
        StringBuilder s = new StringBuilder("| true \\ predicted |");
        for (String name : classNames) {
            s.append(' ').append(escape(name)).append(" |");
        }
        s.append("\n|---|");
        for (int p = 0; p < k; p++) {
            s.append("---:|");
        }
        s.append('\n');
        for (int t = 0; t < k; t++) {
            s.append("| ").append(escape(classNames.get(t))).append(" |");
            for (int p = 0; p < k; p++) {
                s.append(' ').append(counts[t][p]).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() { return Arrays.deepHashCode(counts); }

    @Override
    public String toString() { return "ConfusionMatrix" + Arrays.deepToString(counts); }
}
