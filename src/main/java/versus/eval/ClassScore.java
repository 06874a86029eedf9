package versus.eval;

import java.util.Locale;

/**
 * Precision, recall, specificity or F1, computed per class one-vs-rest from the confusion matrix
 * and averaged (scikit-learn's {@code precision_recall_fscore_support}). A quantity whose
 * denominator is 0 (for example precision of a class never predicted) counts as 0, as
 * scikit-learn's {@code zero_division=0}.
 *
 * <p>Canonical names: {@code precision}, {@code recall}, {@code specificity}, {@code f1} use
 * {@link Averaging#BINARY_OR_MACRO} (positive class 1 when K = 2, macro mean when K &gt; 2);
 * {@code f1-micro}, {@code f1-weighted} and in general {@code <quantity>-<averaging>} name the
 * averaging explicitly.
 *
 * @param quantity  which per-class score
 * @param averaging how per-class scores are combined
 */
public record ClassScore(Quantity quantity, Averaging averaging) implements Metric {
    /** The per-class scores, from the one-vs-rest counts of a class. */
    public enum Quantity {
        /** TP / (TP + FP). */
        PRECISION,
        /** TP / (TP + FN), also sensitivity. */
        RECALL,
        /** TN / (TN + FP), the recall of the negatives. */
        SPECIFICITY,
        /** 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall. */
        F1;

        public String token() { return name().toLowerCase(Locale.ROOT); }

        double of(long tp, long fp, long fn, long tn) {
            switch (this) {
                case PRECISION: return ratio(tp, tp + fp);
                case RECALL: return ratio(tp, tp + fn);
                case SPECIFICITY: return ratio(tn, tn + fp);
                case F1: return ratio(2 * tp, 2 * tp + fp + fn);
                default: throw new AssertionError(this);
            }
        }

        /** zero_division = 0. */
        private static double ratio(long num, long den) {
            return den == 0 ? 0.0 : (double) num / den;
        }
    }

    public ClassScore {
        if (quantity == null || averaging == null) {
            throw new IllegalArgumentException("quantity and averaging must be given, got " + quantity + ", " + averaging);
        }
    }

    @Override
    public String name() {
        return averaging == Averaging.BINARY_OR_MACRO ? quantity.token() : quantity.token() + "-" + averaging.token();
    }

    @Override
    public boolean higherIsBetter() { return true; }

    @Override
    public double compute(Predictions p) {
        return of(ConfusionMatrix.of(p));
    }

    /** The score of a confusion matrix (also for matrices pooled over folds). */
    public double of(ConfusionMatrix c) {
        int k = c.numClasses();
        switch (averaging.resolve(k)) {
            case BINARY:
                return perClass(c, 1);
            case MICRO: {
                long tp = 0;
                long fp = 0;
                long fn = 0;
                long tn = 0;
                for (int j = 0; j < k; j++) {
                    tp += c.truePositives(j);
                    fp += c.falsePositives(j);
                    fn += c.falseNegatives(j);
                    tn += c.trueNegatives(j);
                }
                return quantity.of(tp, fp, fn, tn);
            }
            case MACRO: {
                double sum = 0;
                int present = 0;
                for (int j = 0; j < k; j++) {
                    if (c.support(j) > 0 || c.predictedCount(j) > 0) {
                        sum += perClass(c, j);
                        present++;
                    }
                }
                return sum / present;
            }
            case WEIGHTED: {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += c.support(j) * perClass(c, j);
                }
                return sum / c.total();
            }
            default:
                throw new AssertionError(averaging);
        }
    }

    private double perClass(ConfusionMatrix c, int j) {
        return quantity.of(c.truePositives(j), c.falsePositives(j), c.falseNegatives(j), c.trueNegatives(j));
    }
}
