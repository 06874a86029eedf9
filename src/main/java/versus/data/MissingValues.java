package versus.data;

import java.util.Locale;

/**
 * What a loader does with a missing feature value ({@code NA}, {@code ?}, {@code NaN}, {@code nan}
 * or an empty CSV field; {@code ?} in ARFF). A missing label is never kept: only {@link #DROP_ROWS} accepts it.
 */
public enum MissingValues {
    /** Stop with {@code FILE:LINE:COL: missing value ...}. */
    ERROR,
    /** Leave out every row with a missing value. */
    DROP_ROWS,
    /** Keep the row with {@code NaN} for the value; {@link Standardizer} imputes the training mean. */
    KEEP_NAN;

    private static final String ALLOWED = "error, drop-rows, mean (or keep-nan)";

    /** The policy of a dataset entry's {@code missing:} key. */
    public static MissingValues fromName(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "error": return ERROR;
            case "drop-rows": return DROP_ROWS;
            case "mean":
            case "keep-nan": return KEEP_NAN;
            default:
                throw new IllegalArgumentException("unknown missing-value policy \"" + name + "\"; allowed: " + ALLOWED);
        }
    }

    /** The problem text of a missing value met under {@link #ERROR}. */
    static String errorMessage(String where) {
        return "missing value in " + where
                + "; set missing: drop-rows or missing: mean in the dataset entry";
    }

    /** The problem text of a missing label met under any policy but {@link #DROP_ROWS}. */
    static String missingLabelMessage(String where) {
        return "missing label in " + where
                + "; a row without a label cannot be kept: set missing: drop-rows in the dataset entry";
    }
}
