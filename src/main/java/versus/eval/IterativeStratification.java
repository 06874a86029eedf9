package versus.eval;

import java.util.random.RandomGenerator;
import versus.data.LabelSets;

/**
 * Iterative stratification of multi-label data (Sechidis, Tsoumakas and Vlahavas 2011, "On the
 * stratification of multi-label data", ECML PKDD, Algorithm 1): folds with desired proportions
 * r_j get c_j = r_j n rows and c_j^l = r_j |D^l| rows of each label l. Repeatedly the label with
 * the fewest remaining rows is taken (rare labels first, so they are spread before common ones
 * fill the folds), and each of its remaining rows goes to the fold that most wants that label,
 * ties broken by the fold that most wants rows, then at random; the row's labels and the fold's
 * size are then counted off. Rows without labels go to the folds that most want rows.
 */
final class IterativeStratification {
    private IterativeStratification() {
    }

    /** Equal folds: fold index per row in 0..k-1. */
    static int[] folds(LabelSets sets, int k, RandomGenerator rng) {
        double[] r = new double[k];
        java.util.Arrays.fill(r, 1.0 / k);
        return folds(sets, r, rng);
    }

    /** @param proportions desired fraction of rows per fold, summing to 1 */
    static int[] folds(LabelSets sets, double[] proportions, RandomGenerator rng) {
        int n = sets.rows();
        int labels = sets.numLabels();
        int k = proportions.length;
        byte[] y = sets.matrix();
        double[] wantRows = new double[k];
        double[][] wantLabel = new double[labels][k];
        int[] remaining = sets.labelCounts();
        for (int j = 0; j < k; j++) {
            wantRows[j] = proportions[j] * n;
            for (int l = 0; l < labels; l++) {
                wantLabel[l][j] = proportions[j] * remaining[l];
            }
        }
        int[] fold = new int[n];
        java.util.Arrays.fill(fold, -1);
        int[] order = Resampling.permutation(n, rng);   // random order of the rows within a label
        int[] ties = new int[k];
        int left = n;
        while (left > 0) {
            int label = rarestLabel(remaining, rng);
            for (int row : order) {
                if (fold[row] >= 0 || (label >= 0 && y[row * labels + label] == 0)) {
                    continue;
                }
                int f = label >= 0 ? chooseFold(wantLabel[label], wantRows, ties, rng) : chooseFold(wantRows, wantRows, ties, rng);
                fold[row] = f;
                left--;
                wantRows[f]--;
                for (int l = 0; l < labels; l++) {
                    if (y[row * labels + l] == 1) {
                        wantLabel[l][f]--;
                        remaining[l]--;
                    }
                }
            }
        }
        return fold;
    }

    /** The label with the fewest remaining rows (&gt; 0), ties at random; -1 when none remain. */
    private static int rarestLabel(int[] remaining, RandomGenerator rng) {
        int best = -1;
        int count = 0;
        for (int l = 0; l < remaining.length; l++) {
            if (remaining[l] <= 0) {
                continue;
            }
            if (best < 0 || remaining[l] < remaining[best]) {
                best = l;
                count = 1;
            } else if (remaining[l] == remaining[best] && rng.nextInt(++count) == 0) {
                best = l; // reservoir sampling among the tied labels
            }
        }
        return best;
    }

    /** The fold with the largest {@code primary}, then the largest {@code secondary}, then at random. */
    private static int chooseFold(double[] primary, double[] secondary, int[] ties, RandomGenerator rng) {
        int count = 0;
        for (int j = 0; j < primary.length; j++) {
            if (count == 0 || primary[j] > primary[ties[0]]
                    || primary[j] == primary[ties[0]] && secondary[j] > secondary[ties[0]]) {
                ties[0] = j;
                count = 1;
            } else if (primary[j] == primary[ties[0]] && secondary[j] == secondary[ties[0]]) {
                ties[count++] = j;
            }
        }
        return ties[count == 1 ? 0 : rng.nextInt(count)];
    }
}
