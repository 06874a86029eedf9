package versus.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * Metrics of how well one score per row orders the rows of each query by their graded relevance
 * ({@link Predictions.Ranking}). All are higher-is-better, need the ranking view (data with
 * {@code qid} scored by a one-output model) and are NaN when no query defines them.
 *
 * <table>
 *   <caption>Ranking metrics</caption>
 *   <tr><th>name</th><th>definition</th></tr>
 *   <tr><td>pair-accuracy</td><td>pooled over queries: correctly ordered pairs of different relevance / such pairs; a score tie counts 1/2</td></tr>
 *   <tr><td>kendall-tau</td><td>Kendall's tau-b of score vs relevance per query, mean over queries with two or more relevance grades</td></tr>
 *   <tr><td>ndcg@K</td><td>mean over queries of DCG@K / ideal DCG@K, gain 2^rel - 1, discount log2(rank + 1)</td></tr>
 *   <tr><td>map</td><td>mean over queries of average precision, relevant meaning relevance &gt; 0</td></tr>
 * </table>
 *
 * <p>NDCG and MAP read a ranked list: equal scores are broken by row order, the earlier row first
 * (deterministic, but it favours whatever order the file has, so a constant scorer is not
 * scored as random). Pair accuracy and tau-b instead count ties explicitly.
 */
public final class RankingMetrics {
    /** Correctly ordered fraction of the pairs of different relevance. */
    public static final Metric PAIR_ACCURACY = new PairAccuracy();
    /** Kendall's tau-b per query, averaged. */
    public static final Metric KENDALL_TAU = new KendallTau();
    /** Mean average precision. */
    public static final Metric MAP = new MeanAveragePrecision();

    private static final String NDCG = "ndcg@";

    private RankingMetrics() {
    }

    /** NDCG at cut-off {@code k} >= 1, named {@code ndcg@k}. */
    public static Metric ndcg(int k) {
        return new Ndcg(k);
    }

    /** The metric of a name of the form {@code ndcg@K} (K a positive integer without leading zeros), else empty. */
    public static Optional<Metric> parse(String name) {
        if (!name.startsWith(NDCG)) {
            return Optional.empty();
        }
        String k = name.substring(NDCG.length());
        if (k.isEmpty() || k.length() > 9 || k.charAt(0) == '0') {
            return Optional.empty();
        }
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) < '0' || k.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new Ndcg(Integer.parseInt(k)));
    }

    /** What every ranking metric shares. */
    interface RankingMetric extends Metric {
        @Override default boolean higherIsBetter() { return true; }
        @Override default boolean needsRanking() { return true; }
    }

    /**
     * Pair accuracy, pooled over all queries (the "ranking accuracy" of Joachims 2002; one minus
     * the fraction of swapped pairs): {@code (C + T/2) / (C + D + T)} summed over queries, with C
     * concordant, D discordant and T score-tied pairs among the pairs of the same query with
     * different relevance. Large queries weigh more, as they hold more pairs.
     */
    private record PairAccuracy() implements RankingMetric {
        @Override public String name() { return "pair-accuracy"; }

        @Override
        public double compute(Predictions p) {
            QueryGroups q = QueryGroups.of(name(), p);
            double right = 0;
            long pairs = 0;
            for (int g = 0; g < q.count(); g++) {
                QueryGroups.PairCounts c = q.pairCounts(g);
                right += c.concordant() + 0.5 * c.scoreTies();
                pairs += c.ordered();
            }
            return pairs == 0 ? Double.NaN : right / pairs;
        }
    }

    /**
     * Kendall's tau-b (Kendall 1945, "The treatment of ties in ranking problems", Biometrika
     * 33:239-251) between score and relevance in each query,
     * {@code (C - D) / sqrt((n0 - n1)(n0 - n2))} with n0 - n1 the pairs of different relevance and
     * n0 - n2 the pairs of different score (scipy's {@code kendalltau}), then averaged over the
     * queries with at least two distinct relevances. A query whose scores are all equal gets 0 (no
     * association) rather than scipy's NaN. With graded relevance (many ties) and distinct scores
     * even a perfect order scores below 1: at most {@code sqrt((n0 - n1) / n0)}.
     */
    private record KendallTau() implements RankingMetric {
        @Override public String name() { return "kendall-tau"; }

        @Override
        public double compute(Predictions p) {
            QueryGroups q = QueryGroups.of(name(), p);
            double sum = 0;
            int queries = 0;
            for (int g = 0; g < q.count(); g++) {
                QueryGroups.PairCounts c = q.pairCounts(g);
                if (c.ordered() == 0) {
                    continue;
                }
                long scoreDiffers = c.concordant() + c.discordant() + c.relevanceTies();
                sum += scoreDiffers == 0 ? 0 : (c.concordant() - c.discordant()) / Math.sqrt((double) c.ordered() * scoreDiffers);
                queries++;
            }
            return queries == 0 ? Double.NaN : sum / queries;
        }
    }

    /**
     * NDCG@K (Jarvelin and Kekalainen 2002, ACM TOIS 20(4):422-446, with the exponential gain of
     * Burges et al. 2005): per query, {@code DCG@K = sum_{r=1}^{min(K,m)} (2^rel_r - 1) / log2(r + 1)}
     * over the rows ranked by descending score, divided by the same sum over the rows ranked by
     * descending true relevance; the mean over queries. Queries with ideal DCG 0 (no row of positive
     * relevance) are skipped: every order is equally (un)useful there.
     */
    private record Ndcg(int k) implements RankingMetric {
        Ndcg {
            if (k < 1) {
                throw new IllegalArgumentException("ndcg cut-off K must be >= 1, got " + k);
            }
        }

        @Override public String name() { return NDCG + k; }

        @Override
        public double compute(Predictions p) {
            QueryGroups q = QueryGroups.of(name(), p);
            double[] rel = q.ranking().relevance();
            int max = q.maxSize();
            int[] order = new int[max];
            int[] tmp = new int[max];
            double[] ideal = new double[max];
            double sum = 0;
            int queries = 0;
            for (int g = 0; g < q.count(); g++) {
                int m = q.size(g);
                int cut = Math.min(k, m);
                for (int t = 0; t < m; t++) {
                    ideal[t] = rel[q.rows()[q.start()[g] + t]];
                }
                Arrays.sort(ideal, 0, m);
                double idcg = 0;
                for (int r = 0; r < cut; r++) {
                    idcg += gain(ideal[m - 1 - r]) / log2(r + 2);
                }
                if (!(idcg > 0)) {
                    continue;
                }
                q.byDescendingScore(g, order, tmp);
                double dcg = 0;
                for (int r = 0; r < cut; r++) {
                    dcg += gain(rel[order[r]]) / log2(r + 2);
                }
                sum += dcg / idcg;
                queries++;
            }
            return queries == 0 ? Double.NaN : sum / queries;
        }

        private static double gain(double relevance) {
            return Math.pow(2, relevance) - 1;
        }

        private static double log2(int v) {
            return Math.log(v) / Math.log(2);
        }
    }

    /**
     * Mean average precision (Manning, Raghavan and Schuetze 2008, Introduction to Information
     * Retrieval, section 8.4): per query with R &gt; 0 relevant rows (relevance &gt; 0),
     * {@code AP = (1/R) sum_{r: row r relevant} precision@r} over the whole list ranked by
     * descending score; the mean over those queries (queries without a relevant row are skipped).
     */
    private record MeanAveragePrecision() implements RankingMetric {
        @Override public String name() { return "map"; }

        @Override
        public double compute(Predictions p) {
            QueryGroups q = QueryGroups.of(name(), p);
            double[] rel = q.ranking().relevance();
            int max = q.maxSize();
            int[] order = new int[max];
            int[] tmp = new int[max];
            double sum = 0;
            int queries = 0;
            for (int g = 0; g < q.count(); g++) {
                q.byDescendingScore(g, order, tmp);
                int hits = 0;
                double precisions = 0;
                for (int r = 0; r < q.size(g); r++) {
                    if (rel[order[r]] > 0) {
                        hits++;
                        precisions += (double) hits / (r + 1);
                    }
                }
                if (hits > 0) {
                    sum += precisions / hits;
                    queries++;
                }
            }
            return queries == 0 ? Double.NaN : sum / queries;
        }
    }
}
