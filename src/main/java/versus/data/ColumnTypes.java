package versus.data;

import java.util.List;

/**
 * The {@code columns:} key of a dataset entry: column types declared by name (or 0-based index)
 * instead of inferred. {@code categorical} columns are one-hot encoded whatever their values and
 * however many levels they have (a declared-categorical label is taken as classes even when it
 * looks continuous); {@code numeric} columns must hold numbers; {@code id} columns are identifiers
 * and {@code drop} columns anything else to ignore: both are left out (the report says which
 * reason). {@code drop-columns: [...]} is the older spelling of {@code columns: {drop: [...]}}.
 */
public record ColumnTypes(List<String> categorical, List<String> numeric, List<String> id, List<String> drop) {

    public ColumnTypes {
        categorical = categorical == null ? List.of() : List.copyOf(categorical);
        numeric = numeric == null ? List.of() : List.copyOf(numeric);
        id = id == null ? List.of() : List.copyOf(id);
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /** Nothing declared. */
    public static ColumnTypes none() {
        return new ColumnTypes(null, null, null, null);
    }

    /** Whether column {@code name} is in {@code list}. */
    public static boolean lists(List<String> list, String name) {
        return lists(list, name, -1);
    }

    /** Whether column {@code name} (at 0-based {@code index}) is in {@code list}. */
    static boolean lists(List<String> list, String name, int index) {
        for (String s : list) {
            String t = s.trim();
            if (t.equals(name) || t.equals(Integer.toString(index))) {
                return true;
            }
        }
        return false;
    }
}
