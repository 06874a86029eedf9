package versus.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns label values into class indices {@code 0..K-1}: numeric labels in increasing numeric
 * order (so -1 becomes class 0 and +1 class 1), text labels in lexicographic or declared order.
 */
final class ClassIndex {
    private ClassIndex() {
    }

    /** Class labels and the name of each class. */
    record Encoded(int[] y, List<String> names) {
    }

    /**
     * Numeric labels: distinct values sorted numerically; a class is named by the label's text
     * where it first occurs ({@code "+1"} stays {@code "+1"}).
     *
     * @param text the label text of row {@code i}
     */
    static Encoded numeric(double[] values, IntFunction<String> text) {
        double[] distinct = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            distinct[i] = values[i] + 0.0;   // -0.0 and 0.0 are one class
        }
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[k - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        int[] y = new int[values.length];
        String[] names = new String[k];
        for (int i = 0; i < values.length; i++) {
            int c = Arrays.binarySearch(distinct, 0, k, values[i] + 0.0);
            y[i] = c;
            if (names[c] == null) {
                names[c] = text.apply(i);
            }
        }
        return new Encoded(y, List.of(names));
    }

    /**
     * Text labels coded by {@code cats} in order of appearance (-1 never occurs here). With
     * {@code sorted}, the classes are the values that occur, in lexicographic order; without, all
     * declared values in declaration order (an ARFF file's class list stands even if a class is absent).
     */
    static Encoded categorical(int[] codes, Categories cats, boolean sorted) {
        if (!sorted) {
            return new Encoded(codes, cats.names());
        }
        int[] rank = cats.sortedCodes();
        boolean[] used = new boolean[cats.size()];
        for (int c : codes) {
            used[rank[c]] = true;
        }
        List<String> all = cats.sortedNames();
        int[] compact = new int[used.length];
        List<String> names = new ArrayList<>();
        for (int r = 0; r < used.length; r++) {
            compact[r] = names.size();
            if (used[r]) {
                names.add(all.get(r));
            }
        }
        int[] y = new int[codes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = compact[rank[codes[i]]];
        }
        return new Encoded(y, List.copyOf(names));
    }
}
