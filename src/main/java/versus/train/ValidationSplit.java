package versus.train;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * Holds out a stratified random fraction of the training rows for early stopping: per class,
 * round(fraction * count) rows (at least one, and at least one left for training when the class
 * has two or more rows). Both parts are returned sorted.
 */
final class ValidationSplit {
    private ValidationSplit() {
    }

    /** {training rows, validation rows}; fraction 0 keeps every row for training. */
    static int[][] of(Dataset data, double fraction, RandomGenerator rng) {
        int n = data.rows();
        if (fraction <= 0) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return new int[][] {all, new int[0]};
        }
        int k = data.numClasses();
        int[] counts = data.classCounts();
        int[][] byClass = new int[k][];
        for (int c = 0; c < k; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < n; i++) {
            int c = data.label(i);
            byClass[c][fill[c]++] = i;
        }
        int[] train = new int[n];
        int[] val = new int[n];
        int nt = 0;
        int nv = 0;
        for (int c = 0; c < k; c++) {
            Trainer.shuffle(byClass[c], rng);
            int take = (int) Math.round(fraction * counts[c]);
            if (counts[c] > 1) {
                take = Math.max(1, Math.min(counts[c] - 1, take));
            }
            for (int i = 0; i < counts[c]; i++) {
                if (i < take) {
                    val[nv++] = byClass[c][i];
                } else {
                    train[nt++] = byClass[c][i];
                }
            }
        }
        Arrays.sort(train, 0, nt);
        Arrays.sort(val, 0, nv);
        return new int[][] {Arrays.copyOf(train, nt), Arrays.copyOf(val, nv)};
    }
}
