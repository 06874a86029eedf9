package versus.data;

import java.nio.file.Path;
import java.util.List;

/**
 * How to read one data file. Every component may be {@code null} for its default.
 *
 * @param format      the file format; {@code null} = from the file name ({@link DataFormat#fromPath})
 * @param label       CSV/ARFF label column: its name or 0-based index as text; {@code null} = last column
 * @param header      CSV: whether the first line names the columns; {@code null} = detect
 * @param missing     what to do with missing values; {@code null} = {@link MissingValues#ERROR}
 * @param labelsPath  IDX: the labels file; {@code null} = the images file name with
 *                    {@code images-idx3} replaced by {@code labels-idx1}
 * @param dropColumns CSV/ARFF columns to ignore, by name or 0-based index; {@code null} = none
 */
public record LoadOptions(DataFormat format, String label, Boolean header, MissingValues missing,
                          Path labelsPath, List<String> dropColumns) {

    public LoadOptions {
        missing = missing == null ? MissingValues.ERROR : missing;
        dropColumns = dropColumns == null ? List.of() : List.copyOf(dropColumns);
    }

    /** Everything from the file itself: format from the extension, label last, header detected. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, null, null, null, null, null);
    }

    public LoadOptions withFormat(DataFormat f) {
        return new LoadOptions(f, label, header, missing, labelsPath, dropColumns);
    }

    public LoadOptions withLabel(String l) {
        return new LoadOptions(format, l, header, missing, labelsPath, dropColumns);
    }

    public LoadOptions withHeader(Boolean h) {
        return new LoadOptions(format, label, h, missing, labelsPath, dropColumns);
    }

    public LoadOptions withMissing(MissingValues m) {
        return new LoadOptions(format, label, header, m, labelsPath, dropColumns);
    }

    public LoadOptions withLabelsPath(Path p) {
        return new LoadOptions(format, label, header, missing, p, dropColumns);
    }

    public LoadOptions withDropColumns(List<String> d) {
        return new LoadOptions(format, label, header, missing, labelsPath, d);
    }
}
