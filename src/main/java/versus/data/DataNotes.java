package versus.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What was done to one data set between its file and the models, for the run's first output line,
 * the report's Data section and {@code run.json}: rows and columns read, the label column and how
 * it was chosen, columns dropped and why, one-hot expansions, missing cells and their imputation,
 * label binning and the positive class of the binary metrics.
 *
 * @param rowsRead      data rows in the file(s), before rows with missing values were dropped
 * @param columnsRead   columns (attributes) in the file, the label included; 0 = not column-based (LIBSVM, IDX)
 * @param label         the label column's name ({@code null} for LIBSVM/IDX, whose label is a field of its own)
 * @param labelChoice   how the label column was chosen
 * @param dropped       columns left out, with the reason
 * @param constantKept  constant columns kept because the file names no columns (a headerless
 *                      matrix such as an image's pixels, whose positions matter)
 * @param oneHot        categorical columns one-hot encoded, with their number of levels
 * @param missing       missing feature cells per column (columns without any are not listed)
 * @param rowsDropped   rows left out for a missing value ({@code impute: drop-rows})
 * @param imputation    what fills the missing cells
 * @param labelBins     the bins' edges text of {@code label-bins:}, or {@code null}
 * @param positiveClass the class binary metrics count as positive (two-class data), or {@code null}
 * @param positiveChosen whether {@code positive-class:} chose it (else: the second class in order)
 */
public record DataNotes(int rowsRead, int columnsRead, String label, LabelChoice labelChoice, List<Dropped> dropped,
                        List<String> constantKept,
                        List<Expansion> oneHot, List<Missing> missing, int rowsDropped, MissingValues imputation,
                        String labelBins, String positiveClass, boolean positiveChosen) {

    public DataNotes {
        dropped = List.copyOf(dropped);
        constantKept = List.copyOf(constantKept);
        oneHot = List.copyOf(oneHot);
        missing = List.copyOf(missing);
    }

    /** How the label column was found. */
    public enum LabelChoice {
        GIVEN("given by label:"),
        NAMED("the column named label, class, target or y (no label: given)"),
        ARFF_CLASS("the nominal attribute named class, label, target or y (no label: given)"),
        LAST("the last column: no label: given and no column is named label, class, target or y; give label: NAME to choose another"),
        FILE("the label field of each line (LIBSVM/IDX)"),
        GENERATED("generated with the data");

        private final String text;

        LabelChoice(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    /** Why a column was left out. */
    public enum DropReason {
        DECLARED("columns: drop / drop-columns"),
        ID("identifier (columns: id)"),
        CONSTANT("constant: one value in every row");

        private final String text;

        DropReason(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    public record Dropped(String column, DropReason reason) {
    }

    public record Expansion(String column, int levels) {
    }

    /** {@code cells} missing values in {@code column}, filled as {@code how}. */
    public record Missing(String column, int cells, String how) {
    }

    /** Notes for data that were generated, not read. */
    public static DataNotes generated(Dataset d) {
        return new Builder().rows(d.rows()).label(null, LabelChoice.GENERATED).build(d);
    }

    /** One line for the console: the label and how it was chosen, and the columns dropped. */
    public String headline(String dataset) {
        StringBuilder s = new StringBuilder("dataset '").append(dataset).append("': ");
        if (label != null) {
            s.append("label \"").append(label).append("\" (").append(labelChoice.text()).append(")");
        } else {
            s.append("label: ").append(labelChoice.text());
        }
        if (labelBins != null) {
            s.append(", binned into ").append(labelBins);
        }
        List<String> constant = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Dropped d : dropped) {
            (d.reason() == DropReason.CONSTANT ? constant : other).add(d.column());
        }
        if (!constant.isEmpty()) {
            s.append("; constant columns dropped: ").append(shortList(constant));
        }
        if (!constantKept.isEmpty()) {
            s.append("; constant columns kept (headerless file): ").append(shortList(constantKept));
        }
        if (!other.isEmpty()) {
            s.append("; columns dropped as declared: ").append(shortList(other));
        }
        return s.toString();
    }

    static String shortList(List<String> names) {
        if (names.size() <= 8) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 8)) + ", ... (" + names.size() + " in all)";
    }

    /** Collects the notes while a file is read and checked. */
    public static final class Builder {
        private int rows;
        private int columns;
        private String label;
        private LabelChoice labelChoice = LabelChoice.FILE;
        private final List<Dropped> dropped = new ArrayList<>();
        private final List<String> constantKept = new ArrayList<>();
        private boolean namedColumns;
        private final List<Expansion> oneHot = new ArrayList<>();
        private final List<Missing> missing = new ArrayList<>();
        private int rowsDropped;
        private MissingValues imputation = MissingValues.MEAN;
        private String labelBins;
        private String positiveClass;
        private boolean positiveChosen;

        public Builder rows(int n) { rows = n; return this; }
        /** Rows read so far. */
        public int rows() { return rows; }
        /** The label column's name, or {@code null}. */
        public String label() { return label; }
        public Builder columns(int n) { columns = n; return this; }
        public Builder label(String name, LabelChoice how) { label = name; labelChoice = how; return this; }
        public Builder drop(String column, DropReason why) { dropped.add(new Dropped(column, why)); return this; }
        public Builder oneHot(String column, int levels) { oneHot.add(new Expansion(column, levels)); return this; }
        public Builder missing(String column, int cells, String how) { missing.add(new Missing(column, cells, how)); return this; }
        public Builder rowsDropped(int n) { rowsDropped = n; return this; }
        /** The file names its columns (a CSV header line, ARFF attributes). */
        public Builder namedColumns(boolean b) { namedColumns = b; return this; }
        public boolean namedColumns() { return namedColumns; }
        public Builder constantKept(String column) { constantKept.add(column); return this; }
        public Builder imputation(MissingValues m) { imputation = m; return this; }
        public Builder labelBins(String text) { labelBins = text; return this; }
        public Builder positiveClass(String name, boolean chosen) { positiveClass = name; positiveChosen = chosen; return this; }

        /** The notes for the final data {@code d} (its classes give the default positive class). */
        public DataNotes build(Dataset d) {
            String positive = positiveClass;
            if (positive == null && d.numClasses() == 2 && !d.isMultiLabel()) {
                positive = d.classNames().get(1);
            }
            return new DataNotes(rows, columns, label, labelChoice, dropped, constantKept, oneHot, missing, rowsDropped, imputation,
                    labelBins, positive, positiveChosen);
        }
    }
}
