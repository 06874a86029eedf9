package versus.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The data file formats Versus reads: {@link #CSV} (RFC 4180), {@link #ARFF} (Weka),
 * {@link #LIBSVM} (LIBSVM / SVMlight sparse text, with optional {@code qid}) and {@link #IDX}
 * (the MNIST binary format). Any of them may be gzip-compressed.
 */
public enum DataFormat {
    CSV, ARFF, LIBSVM, IDX;

    private static final String ALLOWED_NAMES = "csv, arff, libsvm, svmlight, idx";
    private static final String ALLOWED_FILES =
            "*.csv or *.tsv, *.arff, *.libsvm, *.svm or *.svmlight, *-ubyte or *.idx (each optionally + .gz)";

    /** The format called {@code name} in a dataset entry ({@code svmlight} is LIBSVM). */
    public static DataFormat fromName(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "csv": return CSV;
            case "arff": return ARFF;
            case "libsvm":
            case "svmlight": return LIBSVM;
            case "idx": return IDX;
            default:
                throw new IllegalArgumentException("unknown data format \"" + name + "\"; allowed: " + ALLOWED_NAMES);
        }
    }

    /** The format a file's name implies, ignoring a trailing {@code .gz}. */
    public static DataFormat fromPath(Path path) {
        Path fileName = path.getFileName();
        String n = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return CSV;
        }
        if (n.endsWith(".arff")) {
            return ARFF;
        }
        if (n.endsWith(".libsvm") || n.endsWith(".svm") || n.endsWith(".svmlight")) {
            return LIBSVM;
        }
        if (n.endsWith("-ubyte") || n.endsWith(".idx")) {
            return IDX;
        }
        throw new DataFormatException(path, "cannot tell the data format from the file name; name it "
                + ALLOWED_FILES + ", or set format: to one of " + ALLOWED_NAMES);
    }
}
