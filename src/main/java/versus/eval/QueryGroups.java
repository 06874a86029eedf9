package versus.eval;

/**
 * The rows of a {@link Predictions.Ranking} grouped by query (queries in ascending id order, rows
 * in ascending row order within a query), with what the ranking metrics compute per query.
 *
 * @param ranking scores, groups and relevance per row
 * @param rows    the row indices, query after query
 * @param start   query g occupies {@code rows[start[g] .. start[g+1]-1]}
 */
record QueryGroups(Predictions.Ranking ranking, int[] rows, int[] start) {
    /** The groups of {@code p}; throws IllegalArgumentException naming {@code metric} when it has no ranking. */
    static QueryGroups of(String metric, Predictions p) {
        if (!p.hasRanking()) {
            throw new IllegalArgumentException(metric + " needs query groups and one ranking score per row "
                    + "(data with qid, a model with one output), but these predictions have none");
        }
        Predictions.Ranking r = p.ranking();
        Resampling.Groups g = Resampling.Groups.of(r.groups());
        int[] rows = Resampling.stableSortByKey(Resampling.identity(r.groups().length), g.groupOfRow(), g.numGroups());
        int[] start = new int[g.numGroups() + 1];
        for (int q = 0; q < g.numGroups(); q++) {
            start[q + 1] = start[q] + g.sizes()[q];
        }
        return new QueryGroups(r, rows, start);
    }

    int count() { return start.length - 1; }

    int size(int g) { return start[g + 1] - start[g]; }

    int maxSize() {
        int max = 0;
        for (int g = 0; g < count(); g++) {
            max = Math.max(max, size(g));
        }
        return max;
    }

    /**
     * Pair counts of query g over its {@code m(m-1)/2} pairs: a pair with different relevance is
     * concordant (the more relevant row scores higher), discordant, or a score tie; a pair with
     * equal relevance is a relevance tie when the scores differ (tied in both: counted nowhere).
     */
    record PairCounts(long concordant, long discordant, long scoreTies, long relevanceTies) {
        /** Pairs whose relevance differs: the pairs a ranking is judged on. */
        long ordered() { return concordant + discordant + scoreTies; }
    }

    /** {@link PairCounts} of query g, over all its pairs (quadratic in the query's size). */
    PairCounts pairCounts(int g) {
        double[] s = ranking.scores();
        double[] rel = ranking.relevance();
        long concordant = 0;
        long discordant = 0;
        long scoreTies = 0;
        long relevanceTies = 0;
        for (int p = start[g]; p < start[g + 1]; p++) {
            int i = rows[p];
            for (int q = p + 1; q < start[g + 1]; q++) {
                int j = rows[q];
                double dr = rel[i] - rel[j];
                double ds = s[i] - s[j];
                if (dr == 0) {
                    relevanceTies += ds == 0 ? 0 : 1;
                } else if (ds == 0) {
                    scoreTies++;
                } else if (dr > 0 == ds > 0) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        return new PairCounts(concordant, discordant, scoreTies, relevanceTies);
    }

    /**
     * Writes the rows of query g into {@code out[0..size-1]} by descending score, equal scores in
     * row order (a stable merge sort); {@code tmp} is scratch of at least the same length.
     */
    void byDescendingScore(int g, int[] out, int[] tmp) {
        int m = size(g);
        System.arraycopy(rows, start[g], out, 0, m);
        mergeSort(out, tmp, 0, m, ranking.scores());
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        int i = from;
        int j = mid;
        int o = from;
        while (i < mid && j < to) {
            // take the right element only when it scores strictly higher: stable
            tmp[o++] = key[a[j]] > key[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[o++] = a[i++];
        }
        while (j < to) {
            tmp[o++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
