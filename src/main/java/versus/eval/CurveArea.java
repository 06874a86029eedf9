package versus.eval;

import java.util.Arrays;

/**
 * An area under a curve traced by thresholding a class's probability: ROC AUC or average
 * precision. For K = 2 the score is P(class 1) and the positive class is 1; for K &gt; 2 it is
 * the unweighted (macro) mean of the one-vs-rest areas of every class k (score P(class k)),
 * leaving out classes whose area is undefined in these predictions (AUC: no positive or no
 * negative rows; average precision: no positive rows). NaN when no class has a defined area or
 * some probability is NaN.
 *
 * @param name canonical name
 * @param area the binary area from the sorted scores of the positive and the negative rows
 */
public record CurveArea(String name, BinaryArea area) implements Metric {
    /** A binary area from the scores of positives and negatives, each sorted ascending. */
    @FunctionalInterface
    public interface BinaryArea {
        double of(double[] positives, double[] negatives);
    }

    /** ROC AUC; see {@link #rocAuc}. */
    public static final CurveArea AUC = new CurveArea("auc", CurveArea::rocAuc);
    /** Average precision; see {@link #averagePrecision}. */
    public static final CurveArea PR_AUC = new CurveArea("pr-auc", CurveArea::averagePrecision);

    @Override
    public boolean higherIsBetter() { return true; }

    @Override
    public boolean needsProbabilities() { return true; }

    @Override
    public double compute(Predictions p) {
        requireProbabilities(name, p);
        int k = p.numClasses();
        if (k == 2) {
            return oneVsRest(p, 1);
        }
        double sum = 0;
        int defined = 0;
        for (int c = 0; c < k; c++) {
            double a = oneVsRest(p, c);
            if (!Double.isNaN(a)) {
                sum += a;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    private double oneVsRest(Predictions p, int positive) {
        int[] truth = p.truth();
        int n = truth.length;
        int np = 0;
        for (int y : truth) {
            if (y == positive) {
                np++;
            }
        }
        double[] pos = new double[np];
        double[] neg = new double[n - np];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            double s = p.probability(i, positive);
            if (Double.isNaN(s)) {
                return Double.NaN; // a diverged model: report, do not rank
            }
            s += 0.0; // -0.0 -> 0.0, so that it ties with 0.0
            if (truth[i] == positive) {
                pos[a++] = s;
            } else {
                neg[b++] = s;
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return area.of(pos, neg);
    }

    /**
     * ROC AUC as the Mann-Whitney rank statistic (Hanley and McNeil 1982):
     * AUC = (1 / (P N)) sum over positive-negative pairs of [s+ &gt; s-] + 1/2 [s+ = s-],
     * i.e. the chance that a random positive scores above a random negative, ties counted 1/2;
     * equal to the trapezoidal area under the ROC curve. NaN when P = 0 or N = 0.
     */
    public static double rocAuc(double[] positives, double[] negatives) {
        int np = positives.length;
        int nn = negatives.length;
        if (np == 0 || nn == 0) {
            return Double.NaN;
        }
        double pairs = 0;
        Walk w = new Walk(positives, negatives);
        while (w.next()) {
            // each positive at this threshold beats the negatives strictly below it and ties those at it
            pairs += w.dp * ((double) (nn - w.fp) + 0.5 * w.dn);
        }
        return pairs / ((double) np * nn);
    }

    /**
     * Average precision (scikit-learn's {@code average_precision_score}):
     * AP = sum_n (R_n - R_{n-1}) P_n over the distinct thresholds from the highest down, P_n and R_n
     * the precision and recall when predicting positive every score &gt;= the n-th threshold (tied
     * scores enter together; no interpolation). NaN when P = 0.
     */
    public static double averagePrecision(double[] positives, double[] negatives) {
        int np = positives.length;
        if (np == 0) {
            return Double.NaN;
        }
        double ap = 0;
        Walk w = new Walk(positives, negatives);
        while (w.next()) {
            if (w.dp > 0) {
                ap += ((double) w.dp / np) * ((double) w.tp / (w.tp + w.fp));
            }
        }
        return ap;
    }

    /**
     * The distinct thresholds from the highest score down: after {@link #next()}, {@code dp} and
     * {@code dn} positives and negatives score exactly the threshold, and {@code tp}, {@code fp}
     * count those scoring at or above it.
     */
    private static final class Walk {
        private final double[] pos;
        private final double[] neg;
        private int i;
        private int j;
        int dp;
        int dn;
        int tp;
        int fp;

        Walk(double[] pos, double[] neg) {
            this.pos = pos;
            this.neg = neg;
            this.i = pos.length - 1;
            this.j = neg.length - 1;
        }

        boolean next() {
            if (i < 0 && j < 0) {
                return false;
            }
            double t = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
            dp = 0;
            dn = 0;
            while (i >= 0 && pos[i] == t) {
                i--;
                dp++;
            }
            while (j >= 0 && neg[j] == t) {
                j--;
                dn++;
            }
            tp += dp;
            fp += dn;
            return true;
        }
    }

    /** Throws when a metric that needs probabilities gets labels only. */
    static void requireProbabilities(String metric, Predictions p) {
        if (!p.hasProbabilities()) {
            throw new IllegalArgumentException(metric + " needs class probabilities, but these predictions have labels only");
        }
    }
}
