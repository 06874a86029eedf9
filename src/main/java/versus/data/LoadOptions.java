package versus.data;

import java.nio.file.Path;
import java.util.List;

/**
 * How to read one data file. Every component may be {@code null} for its default.
 *
 * @param format      the file format; {@code null} = from the file name ({@link DataFormat#fromPath})
 * @param label       CSV/ARFF label column: its name or 0-based index as text; {@code null} = ARFF: a
 *                    nominal attribute named class, label, target or y, else the last; CSV: a column
 *                    named label, class, target or y (any case), else the last
 * @param header      CSV: whether the first line names the columns; {@code null} = detect
 * @param missing     what to do with missing values; {@code null} = {@link MissingValues#MEAN}
 * @param labelsPath  IDX: the labels file; {@code null} = the images file name with
 *                    {@code images-idx3} replaced by {@code labels-idx1}
 * @param dropColumns CSV/ARFF columns to ignore, by name or 0-based index; {@code null} = none
 * @param labels      multi-label data: CSV/ARFF the label columns by name (0/1 values), LIBSVM the
 *                    label ids in the order wanted; {@code null} or empty = single-label (LIBSVM
 *                    files with label lists such as {@code 1,3} are detected)
 * @param columns     declared column types ({@code columns:}); {@code null} = none
 */
public record LoadOptions(DataFormat format, String label, Boolean header, MissingValues missing,
                          Path labelsPath, List<String> dropColumns, List<String> labels, ColumnTypes columns) {

    public LoadOptions {
        missing = missing == null ? MissingValues.MEAN : missing;
        columns = columns == null ? ColumnTypes.none() : columns;
        dropColumns = dropColumns == null ? List.of() : List.copyOf(dropColumns);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** Everything from the file itself: format from the extension, label last, header detected. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, null, null, null, null, null, null, null);
    }

    public LoadOptions withFormat(DataFormat f) {
        return new LoadOptions(f, label, header, missing, labelsPath, dropColumns, labels, columns);
    }

    public LoadOptions withLabel(String l) {
        return new LoadOptions(format, l, header, missing, labelsPath, dropColumns, labels, columns);
    }

    public LoadOptions withHeader(Boolean h) {
        return new LoadOptions(format, label, h, missing, labelsPath, dropColumns, labels, columns);
    }

    public LoadOptions withMissing(MissingValues m) {
        return new LoadOptions(format, label, header, m, labelsPath, dropColumns, labels, columns);
    }

    public LoadOptions withLabelsPath(Path p) {
        return new LoadOptions(format, label, header, missing, p, dropColumns, labels, columns);
    }

    public LoadOptions withLabels(List<String> l) {
        return new LoadOptions(format, label, header, missing, labelsPath, dropColumns, l, columns);
    }

    public LoadOptions withColumns(ColumnTypes c) {
        return new LoadOptions(format, label, header, missing, labelsPath, dropColumns, labels, c);
    }

    /** Whether column {@code name} (0-based {@code index}) is left out: {@code drop-columns}, {@code columns: drop} or {@code id}. */
    boolean dropped(String name, int index) {
        return ColumnTypes.lists(dropColumns, name, index) || ColumnTypes.lists(columns.drop(), name, index)
                || ColumnTypes.lists(columns.id(), name, index);
    }

    /** Every column name or index that leaves a column out. */
    List<String> allDropped() {
        List<String> all = new java.util.ArrayList<>(dropColumns);
        all.addAll(columns.drop());
        all.addAll(columns.id());
        return all;
    }

    /** Whether the file is declared multi-label. */
    public boolean multiLabel() { return !labels.isEmpty(); }

    public LoadOptions withDropColumns(List<String> d) {
        return new LoadOptions(format, label, header, missing, labelsPath, d, labels, columns);
    }
}
