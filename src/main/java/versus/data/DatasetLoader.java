package versus.data;

import java.nio.file.Path;

/**
 * The one entry point for data files: picks the reader for the {@link DataFormat} (given, or
 * from the file name) and returns a {@link Dataset}. Readers: {@link CsvLoader} (RFC 4180),
 * {@link ArffLoader} (Weka ARFF), {@link LibsvmLoader} (LIBSVM / SVMlight) and {@link IdxLoader}
 * (MNIST IDX); each also reads gzip-compressed files. Every problem with the input is a
 * {@link DataFormatException} saying {@code FILE:LINE:COL: what is wrong and what is allowed}.
 * Multi-label files ({@link LoadOptions#labels()}, or LIBSVM label lists) give data with
 * {@link LabelSets}.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /**
     * @param name    the data set's name; {@code null} = the file name without extensions
     * @param options how to read it; {@code null} = {@link LoadOptions#defaults()}
     */
    public static Dataset load(Path path, String name, LoadOptions options) {
        return load(path, name, options, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #load(Path, String, LoadOptions)} on {@code threads} threads (CSV parses in parallel). */
    static Dataset load(Path path, String name, LoadOptions options, int threads) {
        return load(path, name, options, threads, new DataNotes.Builder());
    }

    /** As {@link #load(Path, String, LoadOptions)}, writing what was read and done into {@code notes}. */
    public static Dataset load(Path path, String name, LoadOptions options, DataNotes.Builder notes) {
        return load(path, name, options, Runtime.getRuntime().availableProcessors(), notes);
    }

    static Dataset load(Path path, String name, LoadOptions options, int threads, DataNotes.Builder notes) {
        DataFiles.requireFile(path);
        LoadOptions o = options == null ? LoadOptions.defaults() : options;
        String n = name == null ? DataFiles.stem(path) : name;
        DataFormat format = o.format() != null ? o.format() : DataFormat.fromPath(path);
        if (format == DataFormat.IDX) {
            if (o.multiLabel()) {
                throw new DataFormatException(path, "IDX files hold one class per image; multi-label 'labels' need CSV, ARFF or LIBSVM");
            }
            Dataset images = IdxLoader.load(path, o.labelsPath(), n);
            notes.rows(images.rows());
            return images;
        }
        byte[] data = DataFiles.read(path);
        // multi-label CSV/ARFF: read with the first label as class column, then take the others out
        LoadOptions first = o.multiLabel() ? o.withLabel(o.labels().get(0)) : o;
        Dataset d;
        switch (format) {
            case CSV: d = CsvLoader.load(path, data, n, first, threads, notes); break;
            case ARFF: d = ArffLoader.load(path, data, n, first, notes); break;
            default:
                Dataset sparse = o.multiLabel() || LibsvmMultiLabel.detect(data) ? LibsvmMultiLabel.load(path, data, n, o.labels())
                        : LibsvmLoader.load(path, data, n);
                notes.rows(sparse.rows());
                return sparse;
        }
        return o.multiLabel() ? MultiLabelColumns.extract(d, o.labels()) : d;
    }
}
