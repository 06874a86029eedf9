package versus.eval;

/**
 * Multi-label metrics over true label sets Y_i and predicted sets Z_i (n rows, L labels; Zhang
 * and Zhou 2014, "A review on multi-label learning algorithms", section 2.2). An empty
 * denominator (both sets empty, or a label nobody has nor predicts) counts as a perfect 1, as in
 * Mulan and scikit-learn with {@code zero_division=1}.
 */
public record MultiLabelMetric(Quantity quantity) implements Metric {
    public static final MultiLabelMetric HAMMING_LOSS = new MultiLabelMetric(Quantity.HAMMING_LOSS);
    public static final MultiLabelMetric SUBSET_ACCURACY = new MultiLabelMetric(Quantity.SUBSET_ACCURACY);
    public static final MultiLabelMetric EXAMPLE_F1 = new MultiLabelMetric(Quantity.EXAMPLE_F1);
    public static final MultiLabelMetric JACCARD = new MultiLabelMetric(Quantity.JACCARD);
    public static final MultiLabelMetric LABEL_F1_MICRO = new MultiLabelMetric(Quantity.LABEL_F1_MICRO);
    public static final MultiLabelMetric LABEL_F1_MACRO = new MultiLabelMetric(Quantity.LABEL_F1_MACRO);

    /** What is measured. */
    public enum Quantity {
        /** (1 / nL) sum_i |Y_i xor Z_i|: the fraction of wrong label decisions. */
        HAMMING_LOSS("hamming-loss", false),
        /** (1 / n) sum_i [Y_i = Z_i]: exact match of the whole set. */
        SUBSET_ACCURACY("subset-accuracy", true),
        /** (1 / n) sum_i 2 |Y_i and Z_i| / (|Y_i| + |Z_i|). */
        EXAMPLE_F1("example-f1", true),
        /** (1 / n) sum_i |Y_i and Z_i| / |Y_i or Z_i|. */
        JACCARD("jaccard", true),
        /** F1 of true/false positives pooled over all labels: 2 TP / (2 TP + FP + FN). */
        LABEL_F1_MICRO("label-f1-micro", true),
        /** Mean over labels of each label's F1. */
        LABEL_F1_MACRO("label-f1-macro", true);

        private final String token;
        private final boolean higherIsBetter;

        Quantity(String token, boolean higherIsBetter) {
            this.token = token;
            this.higherIsBetter = higherIsBetter;
        }
    }

    @Override public String name() { return quantity.token; }
    @Override public boolean higherIsBetter() { return quantity.higherIsBetter; }
    @Override public boolean needsLabelSets() { return true; }


    @Override
    public double compute(Predictions p) {
        Predictions.LabelSetPredictions s = p.labelSets();
        if (s == null) {
            throw new IllegalArgumentException(name() + " needs multi-label predictions");
        }
        int labels = s.labels();
        int n = p.size();
        byte[] t = s.truth();
        byte[] z = s.predicted();
        switch (quantity) {
            case LABEL_F1_MICRO, LABEL_F1_MACRO -> {
                long tpAll = 0;
                long wrongAll = 0;
                double macro = 0;
                for (int l = 0; l < labels; l++) {
                    long tp = 0;
                    long wrong = 0;
                    for (int i = 0; i < n; i++) {
                        int a = t[i * labels + l];
                        int b = z[i * labels + l];
                        tp += a & b;
                        wrong += a ^ b;
                    }
                    tpAll += tp;
                    wrongAll += wrong;
                    macro += f1(tp, wrong);
                }
                return quantity == Quantity.LABEL_F1_MICRO ? f1(tpAll, wrongAll) : macro / labels;
            }
            default -> {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    int both = 0;
                    int either = 0;
                    int wrong = 0;
                    for (int l = i * labels; l < (i + 1) * labels; l++) {
                        both += t[l] & z[l];
                        either += t[l] | z[l];
                        wrong += t[l] ^ z[l];
                    }
                    total += switch (quantity) {
                        case HAMMING_LOSS -> wrong;
                        case SUBSET_ACCURACY -> wrong == 0 ? 1 : 0;
                        case EXAMPLE_F1 -> f1(both, wrong);
                        default -> either == 0 ? 1 : (double) both / either;
                    };
                }
                return quantity == Quantity.HAMMING_LOSS ? total / ((double) n * labels) : total / n;
            }
        }
    }

    /** 2 TP / (2 TP + FP + FN), with FP + FN = {@code wrong}; 1 when there is nothing to find. */
    private static double f1(long tp, long wrong) {
        return tp == 0 && wrong == 0 ? 1 : 2.0 * tp / (2.0 * tp + wrong);
    }
}
