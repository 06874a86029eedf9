package versus.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each source column of a CSV or ARFF file lands in a row of the feature matrix: a numeric
 * column takes one slot, a categorical column one slot per category (one-hot, named
 * {@code column=value}), and the label or a dropped column none.
 */
final class FeatureLayout {
    private final int[] offset;   // -1: not a feature
    private final int[] width;
    private final List<String> names;

    private FeatureLayout(int[] offset, int[] width, List<String> names) {
        this.offset = offset;
        this.width = width;
        this.names = List.copyOf(names);
    }

    int cols() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /** The slot of numeric source column {@code j}, or of the first category of a categorical one. */
    int offset(int j) {
        return offset[j];
    }

    /**
     * Writes category {@code code} of source column {@code j} as a one-hot block into the row
     * starting at {@code rowBase}; code -1 (a missing value that is kept) fills the block with NaN.
     */
    void setCategory(double[] x, int rowBase, int j, int code) {
        int at = rowBase + offset[j];
        Arrays.fill(x, at, at + width[j], code < 0 ? Double.NaN : 0.0);
        if (code >= 0) {
            x[at + code] = 1.0;
        }
    }

    /** Writes the source columns in order. */
    static final class Builder {
        private final int[] offset;
        private final int[] width;
        private final List<String> names = new ArrayList<>();

        Builder(int sourceColumns) {
            offset = new int[sourceColumns];
            width = new int[sourceColumns];
            Arrays.fill(offset, -1);
        }

        Builder numeric(int j, String name) {
            offset[j] = names.size();
            width[j] = 1;
            names.add(name);
            return this;
        }

        Builder categorical(int j, String name, List<String> values) {
            offset[j] = names.size();
            width[j] = values.size();
            for (String v : values) {
                names.add(name + "=" + v);
            }
            return this;
        }

        FeatureLayout build() {
            return new FeatureLayout(offset, width, names);
        }
    }
}
