package versus.data;

import java.util.List;

/**
 * Graded relevance of ranking data (LETOR, SVMlight {@code qid} files): the label of a row read
 * as a number. A class name that parses as a number is that number ("0", "1", "2", "-1"); when
 * any name does not, every class's relevance is its index {@code 0..K-1} instead, so a ranking
 * still follows the class order. Ranking objectives and ranking metrics both read it from here.
 */
public final class Relevance {
    private Relevance() {
    }

    /** Relevance of each class, by class index. */
    public static double[] ofClasses(List<String> classNames) {
        double[] r = new double[classNames.size()];
        for (int c = 0; c < r.length; c++) {
            try {
                r[c] = Double.parseDouble(classNames.get(c).trim());
            } catch (NumberFormatException e) {
                for (int j = 0; j < r.length; j++) {
                    r[j] = j;
                }
                return r;
            }
        }
        return r;
    }

    /** Relevance of each row of {@code data}. */
    public static double[] ofRows(Dataset data) {
        double[] byClass = ofClasses(data.classNames());
        int[] y = data.labels();
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = byClass[y[i]];
        }
        return r;
    }
}
