package versus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * Holdout, repeated {@code repeats} times with fresh shuffles (repeated random subsampling, also
 * called Monte Carlo cross-validation); split {@code index = repeat}, {@code fold = 0}.
 *
 * <p>The test part has {@code round(testFraction * n)} rows, clamped to {@code 1..n-1} so both
 * parts are non-empty. Stratified: that total is shared out over the classes in proportion to
 * their counts by largest remainder (each class gets {@code floor(t * n_c / n)} and the classes
 * with the largest remainders one more; ties to the lower class), so each class's test count is
 * its proportional share rounded up or down and the total is exact (as scikit-learn's
 * {@code StratifiedShuffleSplit}). With query ids whole groups are held out: the test part is
 * {@code round(testFraction * G)} of the G groups, clamped to {@code 1..G-1} (scikit-learn's
 * {@code GroupShuffleSplit} counts groups too), and {@code stratified} is ignored.
 *
 * @param testFraction fraction of the rows (or groups) held out, in (0, 1)
 * @param repeats      number of independent random holdouts, at least 1
 * @param stratified   keep class proportions in the test part (ignored with query groups; label
 *                     proportions by {@link IterativeStratification} on multi-label data)
 */
public record Holdout(double testFraction, int repeats, boolean stratified) implements Protocol {
    public Holdout {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test-fraction must be in (0, 1), got " + testFraction);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        }
    }

    @Override
    public String name() { return "holdout"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        Resampling.Groups groups = Resampling.Groups.ofData(data);
        int units = groups != null ? groups.numGroups() : n;
        if (units < 2) {
            throw new IllegalArgumentException("holdout needs at least 2 " + (groups != null ? "query groups" : "rows") + ", got " + units);
        }
        int testUnits = (int) Math.min(units - 1, Math.max(1, Math.round(testFraction * units)));
        boolean iterative = groups == null && stratified && data.isMultiLabel();
        int[] quota = groups == null && stratified && !iterative ? classQuotas(data.classCounts(), testUnits, n) : null;
        List<Split> out = new ArrayList<>(repeats);
        boolean[] inTest = new boolean[n];
        for (int r = 0; r < repeats; r++) {
            Arrays.fill(inTest, false);
            if (groups != null) {
                boolean[] groupInTest = new boolean[units];
                int[] order = Resampling.permutation(units, rng);
                for (int i = 0; i < testUnits; i++) {
                    groupInTest[order[i]] = true;
                }
                int[] g = groups.groupOfRow();
                for (int i = 0; i < n; i++) {
                    inTest[i] = groupInTest[g[i]];
                }
            } else if (iterative) {
                int[] fold = IterativeStratification.folds(data.labelSets(), new double[] {(double) testUnits / n, 1 - (double) testUnits / n}, rng);
                for (int i = 0; i < n; i++) {
                    inTest[i] = fold[i] == 0;
                }
            } else if (quota != null) {
                // rows shuffled within each class, classes end to end: take each class's first quota
                int[] order = Resampling.stableSortByKey(Resampling.permutation(n, rng), data.labels(), quota.length);
                int[] taken = new int[quota.length];
                for (int row : order) {
                    int c = data.label(row);
                    if (taken[c] < quota[c]) {
                        taken[c]++;
                        inTest[row] = true;
                    }
                }
            } else {
                int[] order = Resampling.permutation(n, rng);
                for (int i = 0; i < testUnits; i++) {
                    inTest[order[i]] = true;
                }
            }
            out.add(Resampling.split(inTest, r, r, 0));
        }
        return out;
    }

    /** Largest-remainder apportionment of {@code total} test rows over classes of the given sizes. */
    static int[] classQuotas(int[] counts, int total, int n) {
        int k = counts.length;
        int[] quota = new int[k];
        long[] remainder = new long[k];
        int assigned = 0;
        for (int c = 0; c < k; c++) {
            long num = (long) total * counts[c];
            quota[c] = (int) (num / n);
            remainder[c] = num % n;
            assigned += quota[c];
        }
        for (; assigned < total; assigned++) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (remainder[c] > 0 && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = 0;
        }
        return quota;
    }
}
