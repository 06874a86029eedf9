package versus.objective;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.Relevance;
import versus.loss.BinaryMargin;
import versus.loss.MarginLoss;
import versus.loss.MulticlassLoss;
import versus.model.Model;

/**
 * Pairwise ranking risk of a one-score model s(x) (Herbrich, Graepel and Obermayer 2000, "Large
 * margin rank boundaries for ordinal regression"; Joachims 2002, "Optimizing search engines using
 * clickthrough data", KDD):
 *
 * <pre>  J(w) = (1/|P|) sum_{(i,j) in P} l(s(x_i) - s(x_j)) + R(w),
 *  P subset of {(i, j) : qid_i = qid_j, rel_i &gt; rel_j}</pre>
 *
 * for any margin loss l of the score difference: the hinge gives the ranking SVM (Joachims'
 * SVMrank), the logistic loss RankNet's cross-entropy with target 1 (Burges et al. 2005). The
 * relevance of a row is the numeric value of its class name ({@link Relevance}); pairs never
 * cross queries, so a per-query shift of the scores changes nothing. d J / d s_i = l'(m) and
 * d J / d s_j = -l'(m) with m = s_i - s_j, pushed through {@link Model#addGradientBatch}.
 *
 * <p>Sampling, once per epoch over the training rows: a query whose rows form at most
 * {@code pairsPerQuery} pairs of different relevance contributes all of them; a larger one
 * contributes {@code pairsPerQuery} pairs drawn uniformly with replacement from its pairs (the
 * more relevant row with probability proportional to the number of rows below it in the query,
 * the less relevant one uniformly among those). Work per epoch is then at most
 * {@code queries * pairsPerQuery} pairs however large the queries, as in the stochastic pairwise
 * descent of Sculley (2009, "Large scale learning to rank"), and queries weigh by their pair
 * counts up to the cap. {@link #ALL_PAIRS} is the exact objective of SVMrank. Rows without
 * {@code qid} are refused: the design's "pairwise (ranking; needs qid)".
 *
 * <p>Units are indices into this instance's pair list, valid until the next {@link #epochUnits}
 * call; one instance per training run.
 */
public final class PairwiseObjective implements TrainingObjective {
    /** A {@code pairsPerQuery} that never samples: every pair of every query, every epoch. */
    public static final int ALL_PAIRS = Integer.MAX_VALUE;

    /** Largest Java array we ask for. */
    private static final int MAX_PAIRS = Integer.MAX_VALUE - 8;

    private final Model model;
    private final MarginLoss loss;
    private final Regularizer regularizer;
    private final int pairsPerQuery;

    /** This epoch's pairs: unit u is (higher[u], lower[u]) with rel(higher) &gt; rel(lower). */
    private int[] higher = new int[0];
    private int[] lower = new int[0];
    private int[] units = new int[0];
    /** Per data row its slot in {@link #batchRows}, -1 outside a call (so a row is scored once per batch). */
    private int[] slot = new int[0];
    private int[] batchRows = new int[0];
    private double[] batchScores = new double[0];
    private double[] batchDScores = new double[0];
    private long[] cumulative = new long[0];
    private final double[] one = new double[1];

    public PairwiseObjective(Model model, MarginLoss loss, Regularizer regularizer, int pairsPerQuery) {
        if (model.numOutputs() != 1) {
            throw new IllegalArgumentException("pairwise ranking scores each row with one number; the model has "
                    + model.numOutputs() + " outputs");
        }
        if (!loss.trainable()) {
            throw new IllegalArgumentException(loss.name() + " has zero gradient almost everywhere; rank with hinge or logistic");
        }
        if (pairsPerQuery < 1) {
            throw new IllegalArgumentException("pairs-per-query must be >= 1, got " + pairsPerQuery);
        }
        this.model = model;
        this.loss = loss;
        this.regularizer = regularizer;
        this.pairsPerQuery = pairsPerQuery;
    }

    /** A {@code versus.train.GradientLearner.ObjectiveFactory} as {@code factory(n)::create}. */
    public static Factory factory(int pairsPerQuery) {
        return new Factory(pairsPerQuery);
    }

    /**
     * Builds pairwise objectives from an output coding, which must be a margin loss on one score
     * ({@link BinaryMargin}); the margin is then the score difference of a pair. A record rather
     * than a {@code GradientLearner.ObjectiveFactory} because {@code objective} does not import
     * {@code train}; {@code factory(n)::create} is one.
     */
    public record Factory(int pairsPerQuery) {
        public Factory {
            if (pairsPerQuery < 1) {
                throw new IllegalArgumentException("pairs-per-query must be >= 1, got " + pairsPerQuery);
            }
        }

        public PairwiseObjective create(Model model, MulticlassLoss coding, Regularizer regularizer) {
            return new PairwiseObjective(model, marginLoss(coding), regularizer, pairsPerQuery);
        }

        /**
         * Outputs of the model to build for {@code numClasses} relevance grades: always 1, the ranking
         * score (unlike the pointwise coding, whose margin losses are binary). Checks the coding too.
         */
        public int numOutputs(MulticlassLoss coding, int numClasses) {
            marginLoss(coding);
            if (numClasses < 2) {
                throw new IllegalArgumentException("pairwise ranking needs at least 2 relevance grades, the data have " + numClasses);
            }
            return 1;
        }

        private static MarginLoss marginLoss(MulticlassLoss coding) {
            if (coding instanceof BinaryMargin b) {
                return b.loss();
            }
            throw new IllegalArgumentException("pairwise ranking applies a margin loss to score differences; " + coding.name()
                    + " is not one; use hinge (ranking SVM), logistic (RankNet), squared-hinge, ...");
        }
    }

    @Override public Model model() { return model; }
    @Override public Regularizer regularizer() { return regularizer; }
    public MarginLoss loss() { return loss; }
    public int pairsPerQuery() { return pairsPerQuery; }

    /** The more relevant row of a unit of the current epoch. */
    public int higherRow(int unit) { return higher[unit]; }

    /** The less relevant row of a unit of the current epoch. */
    public int lowerRow(int unit) { return lower[unit]; }

    @Override
    public int[] epochUnits(Dataset data, int[] rows, RandomGenerator rng) {
        Queries q = Queries.of(data, rows);
        long total = 0;
        for (int g = 0; g < q.count(); g++) {
            total += Math.min(q.pairs(g), pairsPerQuery);
        }
        if (total == 0) {
            throw new IllegalArgumentException("no query of the training rows has two different relevance grades: "
                    + "pairwise ranking has no pair to learn from");
        }
        if (total > MAX_PAIRS) {
            throw new IllegalArgumentException(total + " pairs per epoch are too many; lower pairs-per-query");
        }
        int n = (int) total;
        if (higher.length < n) {
            higher = new int[n];
            lower = new int[n];
        }
        if (cumulative.length < q.sorted().length) {
            cumulative = new long[q.sorted().length];
        }
        int u = 0;
        for (int g = 0; g < q.count(); g++) {
            long pairs = q.pairs(g);
            u = pairs <= pairsPerQuery ? allPairs(q, g, u) : samplePairs(q, g, pairs, u, rng);
        }
        if (units.length != n) {
            units = new int[n];
        }
        for (int i = 0; i < n; i++) {
            units[i] = i;
        }
        return units;
    }

    /** Appends every pair of query g from unit u on; returns the next free unit. */
    private int allPairs(Queries q, int g, int u) {
        int[] sorted = q.sorted();
        int a = q.start()[g];
        for (int p = a; p < q.start()[g + 1]; p++) {
            for (int r = a; r < q.below()[p]; r++) {
                higher[u] = sorted[p];
                lower[u++] = sorted[r];
            }
        }
        return u;
    }

    /**
     * Appends {@code pairsPerQuery} pairs of query g drawn uniformly with replacement: a draw v in
     * [0, pairs) is the v-th pair when pairs are listed by their more relevant position p (each p
     * owning {@code below[p] - a} pairs), so the remainder picks the less relevant partner.
     */
    private int samplePairs(Queries q, int g, long pairs, int u, RandomGenerator rng) {
        int[] sorted = q.sorted();
        int[] below = q.below();
        int a = q.start()[g];
        int b = q.start()[g + 1];
        long sum = 0;
        for (int p = a; p < b; p++) {
            sum += below[p] - a;
            cumulative[p] = sum;
        }
        for (int t = 0; t < pairsPerQuery; t++) {
            long v = rng.nextLong(pairs);
            int p = firstAbove(cumulative, a, b, v);
            long before = p > a ? cumulative[p - 1] : 0;
            higher[u] = sorted[p];
            lower[u++] = sorted[a + (int) (v - before)];
        }
        return u;
    }

    /** The smallest p in [from, to) with {@code c[p] > v}; c is non-decreasing and c[to-1] &gt; v. */
    private static int firstAbove(long[] c, int from, int to, long v) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] > v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Mean pair loss over the pairs {@code units[from..to-1]} plus the penalty. Each distinct row
     * of the batch is scored once and its score gradient summed over its pairs, so a model with
     * batched kernels runs one forward and one backward pass per batch.
     */
    @Override
    public double valueAndGradient(Dataset data, int[] units, int from, int to, double[] grad) {
        Arrays.fill(grad, 0);
        int n = data.rows();
        if (slot.length < n) {
            slot = new int[n];
            Arrays.fill(slot, -1);
        }
        int maxRows = 2 * (to - from);
        if (batchRows.length < maxRows) {
            batchRows = new int[maxRows];
            batchScores = new double[maxRows];
            batchDScores = new double[maxRows];
        }
        int count = 0;
        for (int p = from; p < to; p++) {
            count = enter(higher[units[p]], count);
            count = enter(lower[units[p]], count);
        }
        double[] x = data.features();
        int cols = data.cols();
        model.scoresBatch(x, cols, batchRows, 0, count, batchScores);
        Arrays.fill(batchDScores, 0, count, 0);
        double total = 0;
        for (int p = from; p < to; p++) {
            int i = slot[higher[units[p]]];
            int j = slot[lower[units[p]]];
            double m = batchScores[i] - batchScores[j];
            total += loss.value(m);
            double d = loss.derivative(m);
            batchDScores[i] += d;
            batchDScores[j] -= d;
        }
        model.addGradientBatch(x, cols, batchRows, 0, count, batchDScores, grad);
        for (int s = 0; s < count; s++) {
            slot[batchRows[s]] = -1;
        }
        double inv = 1.0 / (to - from);
        for (int k = 0; k < grad.length; k++) {
            grad[k] *= inv;
        }
        return total * inv + regularizer.addGradient(model, grad);
    }

    /** Gives {@code row} a slot in the batch unless it has one; returns the new slot count. */
    private int enter(int row, int count) {
        if (slot[row] >= 0) {
            return count;
        }
        slot[row] = count;
        batchRows[count] = row;
        return count + 1;
    }

    /**
     * {mean pair loss, pair error} over every pair of different relevance within a query among
     * {@code rows}; a pair counts as an error when its less relevant row scores higher and as half
     * an error on a score tie (so error = 1 - pair accuracy). {0, 0} when the rows form no pair.
     */
    @Override
    public double[] lossAndError(Dataset data, int[] rows) {
        Queries q = Queries.of(data, rows);
        int[] sorted = q.sorted();
        int[] below = q.below();
        double[] s = new double[sorted.length];
        double[] x = data.features();
        for (int p = 0; p < sorted.length; p++) {
            model.scores(x, data.offset(sorted[p]), one);
            s[p] = one[0];
        }
        double sum = 0;
        double wrong = 0;
        long count = 0;
        for (int g = 0; g < q.count(); g++) {
            int a = q.start()[g];
            for (int p = a; p < q.start()[g + 1]; p++) {
                for (int r = a; r < below[p]; r++) {
                    double m = s[p] - s[r];
                    sum += loss.value(m);
                    wrong += m < 0 ? 1 : m == 0 ? 0.5 : 0;
                }
                count += below[p] - a;
            }
        }
        return count == 0 ? new double[] {0, 0} : new double[] {sum / count, wrong / count};
    }

    /**
     * Rows grouped by query and, within a query, by ascending relevance (then row order).
     *
     * @param sorted the rows so ordered
     * @param start  query g occupies positions {@code start[g] .. start[g+1]-1}
     * @param below  per position p, the end of the positions of its query with strictly lower
     *               relevance: they are {@code start[g] .. below[p]-1}
     */
    private record Queries(int[] sorted, int[] start, int[] below) {
        int count() { return start.length - 1; }

        /** Pairs of different relevance in query g. */
        long pairs(int g) {
            long n = 0;
            for (int p = start[g]; p < start[g + 1]; p++) {
                n += below[p] - start[g];
            }
            return n;
        }

        static Queries of(Dataset data, int[] rows) {
            int[] qid = data.qids();
            if (qid == null) {
                throw new IllegalArgumentException("pairwise ranking needs query ids (qid: in a LIBSVM/SVMlight file); "
                        + data.name() + " has none");
            }
            int[] rank = relevanceRanks(data);
            int[] y = data.labels();
            int n = rows.length;
            // a stable counting sort by relevance, then a sort by (qid, that position): rows end up
            // by query, then relevance, then row order, with no boxing
            int[] start = new int[rank.length + 1];
            for (int row : rows) {
                start[rank[y[row]] + 1]++;
            }
            for (int c = 0; c < rank.length; c++) {
                start[c + 1] += start[c];
            }
            int[] byRelevance = new int[n];
            for (int row : rows) {
                byRelevance[start[rank[y[row]]]++] = row;
            }
            long[] key = new long[n];
            for (int p = 0; p < n; p++) {
                key[p] = (long) qid[byRelevance[p]] << 32 | p;
            }
            Arrays.sort(key);
            int[] sorted = new int[n];
            int[] below = new int[n];
            int[] queryStart = new int[n + 1];
            int queries = 0;
            int blockStart = 0;
            for (int p = 0; p < n; p++) {
                sorted[p] = byRelevance[(int) key[p]];
                boolean newQuery = p == 0 || key[p] >>> 32 != key[p - 1] >>> 32;
                if (newQuery) {
                    queryStart[queries++] = p;
                    blockStart = p;
                } else if (rank[y[sorted[p]]] != rank[y[sorted[p - 1]]]) {
                    blockStart = p;
                }
                below[p] = blockStart;
            }
            queryStart[queries] = n;
            return new Queries(sorted, Arrays.copyOf(queryStart, queries + 1), below);
        }

        /** Per class, an order-preserving rank of its relevance; equal relevances share a rank. */
        private static int[] relevanceRanks(Dataset data) {
            double[] rel = Relevance.ofClasses(data.classNames());
            double[] ascending = rel.clone();
            Arrays.sort(ascending);
            int[] rank = new int[rel.length];
            for (int c = 0; c < rel.length; c++) {
                rank[c] = Arrays.binarySearch(ascending, rel[c]);
            }
            return rank;
        }
    }
}
