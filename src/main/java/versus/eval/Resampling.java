package versus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Shuffling, stratification and query-group helpers shared by the protocols. Everything draws
 * only from the generator passed in, so a seed fixes the splits.
 */
final class Resampling {
    private Resampling() {}

    /** Fisher-Yates (Knuth, TAOCP vol. 2, Algorithm P): every permutation equally likely. */
    static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code 0..n-1} in random order. */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] p = identity(n);
        shuffle(p, rng);
        return p;
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /**
     * {@code order} stably reordered by {@code key[order[i]]} ascending (a counting sort, keys in
     * {@code 0..numKeys-1}); a shuffled order stays random within each key.
     */
    static int[] stableSortByKey(int[] order, int[] key, int numKeys) {
        int[] start = new int[numKeys + 1];
        for (int i : order) {
            start[key[i] + 1]++;
        }
        for (int k = 0; k < numKeys; k++) {
            start[k + 1] += start[k];
        }
        int[] out = new int[order.length];
        for (int i : order) {
            out[start[key[i]]++] = i;
        }
        return out;
    }

    /**
     * Query groups: {@code groupOfRow[i]} in {@code 0..numGroups-1}, numbered in ascending qid
     * order (sort and binary search rather than a boxed hash map).
     */
    record Groups(int[] groupOfRow, int numGroups, int[] sizes) {
        /** The query groups of {@code data}, or null when it has no qids (rows are then the units). */
        static Groups ofData(versus.data.Dataset data) {
            return data.hasQids() ? of(data.qids()) : null;
        }

        static Groups of(int[] qid) {
            int[] distinct = qid.clone();
            Arrays.sort(distinct);
            int m = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[m++] = distinct[i];
                }
            }
            int[] g = new int[qid.length];
            int[] sizes = new int[m];
            for (int i = 0; i < qid.length; i++) {
                g[i] = Arrays.binarySearch(distinct, 0, m, qid[i]);
                sizes[g[i]]++;
            }
            return new Groups(g, m, sizes);
        }

        /** Spreads a per-group assignment to the rows. */
        int[] perRow(int[] valueOfGroup) {
            int[] out = new int[groupOfRow.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = valueOfGroup[groupOfRow[i]];
            }
            return out;
        }
    }

    /**
     * Assigns units (rows or groups) to {@code k} folds: the units are taken in the given order
     * and each goes to the fold with the smallest total size so far (ties: lowest fold). With
     * unit sizes all 1 this deals round-robin (fold sizes differ by at most 1); with groups
     * taken largest first it is the greedy balancing of scikit-learn's GroupKFold.
     */
    static int[] dealToFolds(int[] order, int[] sizes, int k) {
        int[] fold = new int[order.length];
        long[] load = new long[k];
        for (int u : order) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[best]) {
                    best = f;
                }
            }
            fold[u] = best;
            load[best] += sizes == null ? 1 : sizes[u];
        }
        return fold;
    }

    /** Groups in random order, then stably largest first: random among equal sizes. */
    static int[] largestFirst(Groups g, RandomGenerator rng) {
        int[] order = permutation(g.numGroups(), rng);
        int max = 0;
        for (int s : g.sizes()) {
            max = Math.max(max, s);
        }
        int[] descendingKey = new int[g.numGroups()];
        for (int i = 0; i < descendingKey.length; i++) {
            descendingKey[i] = max - g.sizes()[i];
        }
        return stableSortByKey(order, descendingKey, max + 1);
    }

    /**
     * One split per fold id present (ids &gt;= 0, ascending; -1 rows always train): split j tests
     * the rows of the j-th fold id, {@code Split.fold} is that id. Rows are listed in ascending order.
     */
    static List<Split> splitsFromFolds(int[] foldOfRow, int repeat, int firstIndex) {
        // fold ids may be sparse (user files), so index them through the sorted distinct ids
        int[] ids = foldOfRow.clone();
        Arrays.sort(ids);
        int m = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0 && (m == 0 || ids[i] != ids[m - 1])) {
                ids[m++] = ids[i];
            }
        }
        int[] size = new int[m];
        int[] slot = new int[foldOfRow.length];
        for (int i = 0; i < foldOfRow.length; i++) {
            slot[i] = foldOfRow[i] < 0 ? -1 : Arrays.binarySearch(ids, 0, m, foldOfRow[i]);
            if (slot[i] >= 0) {
                size[slot[i]]++;
            }
        }
        int n = foldOfRow.length;
        List<Split> out = new ArrayList<>(m);
        for (int f = 0; f < m; f++) {
            int[] test = new int[size[f]];
            int[] train = new int[n - size[f]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (slot[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            out.add(new Split(firstIndex + f, repeat, ids[f], train, test));
        }
        return out;
    }

    /** The split that tests the rows marked {@code inTest}; both parts ascending. */
    static Split split(boolean[] inTest, int index, int repeat, int fold) {
        int t = 0;
        for (boolean b : inTest) {
            if (b) {
                t++;
            }
        }
        int[] test = new int[t];
        int[] train = new int[inTest.length - t];
        int a = 0;
        int b = 0;
        for (int i = 0; i < inTest.length; i++) {
            if (inTest[i]) {
                test[a++] = i;
            } else {
                train[b++] = i;
            }
        }
        return new Split(index, repeat, fold, train, test);
    }
}
