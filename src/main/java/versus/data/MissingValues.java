package versus.data;

import java.util.Locale;

/**
 * What is done with a missing feature value ({@code NA}, {@code ?}, {@code NaN}, {@code nan} or an
 * empty CSV field; {@code ?} in ARFF): the {@code impute:} key of a dataset entry. A missing
 * numeric value under {@link #MEAN}, {@link #MEDIAN} or {@link #MOST_FREQUENT} is kept as
 * {@code NaN} by the loader and filled by an {@link Imputer} fitted on each training split alone,
 * so no test row informs it. A missing categorical value is never {@code NaN} inside the one-hot
 * columns: in a CSV file it becomes its own level {@code (missing)}, in an ARFF file (whose
 * nominal values are declared) the column's most frequent value. A missing label is never kept:
 * only {@link #DROP_ROWS} accepts it.
 */
public enum MissingValues {
    /** Stop with {@code FILE:LINE:COL: missing value ...}. */
    ERROR("error"),
    /** Leave out every row with a missing value. */
    DROP_ROWS("drop-rows"),
    /** The training split's mean of the column (scikit-learn's {@code SimpleImputer} default); the default. */
    MEAN("mean"),
    /** The training split's median of the column. */
    MEDIAN("median"),
    /** The training split's most frequent value of the column (the smallest among ties). */
    MOST_FREQUENT("most-frequent");

    private static final String ALLOWED = "mean, median, most-frequent, drop-rows, error";

    private final String token;

    MissingValues(String token) {
        this.token = token;
    }

    /** The YAML spelling. */
    public String token() {
        return token;
    }

    /** Whether the loader keeps a missing numeric value as {@code NaN} for an {@link Imputer}. */
    public boolean imputes() {
        return this == MEAN || this == MEDIAN || this == MOST_FREQUENT;
    }

    /** The policy of a dataset entry's {@code impute:} key (or its older spelling {@code missing:}). */
    public static MissingValues fromName(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "error": return ERROR;
            case "drop-rows": return DROP_ROWS;
            case "mean":
            case "keep-nan": return MEAN;
            case "median": return MEDIAN;
            case "most-frequent": return MOST_FREQUENT;
            default:
                throw new IllegalArgumentException("unknown imputation \"" + name + "\"; allowed: " + ALLOWED);
        }
    }

    /** The problem text of a missing value met under {@link #ERROR}. */
    static String errorMessage(String where) {
        return "missing value in " + where
                + "; set impute: mean (or median, most-frequent, drop-rows) in the dataset entry";
    }

    /** The problem text of a missing label met under any policy but {@link #DROP_ROWS}. */
    static String missingLabelMessage(String where) {
        return "missing label in " + where
                + "; a row without a label cannot be kept: set impute: drop-rows in the dataset entry";
    }
}
