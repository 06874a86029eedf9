package versus.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.LetorGenerator;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.loss.Logistic;
import versus.loss.MarginLoss;
import versus.loss.SoftmaxCrossEntropy;
import versus.loss.ZeroOne;
import versus.model.Activation;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.Model;
import versus.objective.PairwiseObjective;
import versus.objective.Regularizer;

/**
 * The pairwise objective joins the derivative contract (central differences, as
 * {@code GradientContractTest}), and its pair sampling and pair statistics are checked by hand.
 */
class PairwiseObjectiveTest {
    private static final double H = 1e-6;
    private static final double TOL = 1e-6;

    private static Dataset letor(long seed) {
        return LetorGenerator.generate(3, 7, 4, 2, 0.3, 0.5, new SplittableRandom(seed)).data();
    }

    private static int[] allRows(Dataset d) {
        int[] rows = new int[d.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static List<Supplier<Model>> models() {
        return List.of(() -> new LinearModel(4, 1), () -> new Mlp(4, new int[] {5}, new Activation.Tanh(), 1),
                () -> new Mlp(4, new int[] {3, 2}, new Activation.Sigmoid(), 1));
    }

    private static List<Regularizer> regularizers() {
        return List.of(new Regularizer.None(), Regularizer.ElasticNet.l2(0.3), new Regularizer.ElasticNet(0.2, 0.4));
    }

    @Test
    void logisticGradientMatchesCentralDifferences() {
        checkGradients(new Logistic(), false);
    }

    @Test
    void hingeGradientMatchesCentralDifferencesAwayFromItsKink() {
        checkGradients(Hinge.svm(), true);
    }

    /**
     * For every model and penalty: a batch of sampled pairs (rows repeat across pairs, so the
     * per-row accumulation is exercised), analytic gradient vs (J(w + h e_k) - J(w - h e_k)) / 2h.
     */
    private static void checkGradients(MarginLoss loss, boolean avoidKink) {
        Dataset data = letor(1);
        int checked = 0;
        for (Supplier<Model> make : models()) {
            for (Regularizer reg : regularizers()) {
                SplittableRandom rng = new SplittableRandom(7);
                Model model = make.get();
                model.initialize(new Initializer.Normal(0.7), rng);
                PairwiseObjective objective = new PairwiseObjective(model, loss, reg, 6);
                int[] units = batch(objective, objective.epochUnits(data, allRows(data), rng), data, avoidKink ? 1e-3 : -1);
                assertTrue(units.length >= 8, "too few pairs away from the kink: " + units.length);
                double[] w = model.parameters();
                double[] grad = new double[w.length];
                double[] scratch = new double[w.length];
                objective.valueAndGradient(data, units, 0, units.length, grad);
                for (int k = 0; k < w.length; k++) {
                    double saved = w[k];
                    w[k] = saved + H;
                    double plus = objective.valueAndGradient(data, units, 0, units.length, scratch);
                    w[k] = saved - H;
                    double minus = objective.valueAndGradient(data, units, 0, units.length, scratch);
                    w[k] = saved;
                    double numeric = (plus - minus) / (2 * H);
                    double err = Math.abs(grad[k] - numeric) / Math.max(1, Math.max(Math.abs(grad[k]), Math.abs(numeric)));
                    assertTrue(err < TOL, loss.name() + " " + model.getClass().getSimpleName() + " " + reg.name() + " parameter " + k
                            + ": analytic " + grad[k] + " vs numeric " + numeric);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100);
    }

    /** The units, without those whose pair margin lies within {@code gap} of the hinge's kink at 1. */
    private static int[] batch(PairwiseObjective o, int[] units, Dataset data, double gap) {
        double[] s = new double[1];
        int[] kept = new int[units.length];
        int n = 0;
        for (int u : units) {
            o.model().scores(data.features(), data.offset(o.higherRow(u)), s);
            double m = s[0];
            o.model().scores(data.features(), data.offset(o.lowerRow(u)), s);
            m -= s[0];
            if (Math.abs(m - 1) > gap) {
                kept[n++] = u;
            }
        }
        return java.util.Arrays.copyOf(kept, n);
    }

    @Test
    void allPairsBatchEqualsTheExactObjective() {
        Dataset data = letor(2);
        SplittableRandom rng = new SplittableRandom(3);
        Model model = new Mlp(4, new int[] {3}, new Activation.Tanh(), 1);
        model.initialize(new Initializer.Normal(0.5), rng);
        Regularizer reg = Regularizer.ElasticNet.l2(0.1);
        PairwiseObjective all = new PairwiseObjective(model, new Logistic(), reg, PairwiseObjective.ALL_PAIRS);
        int[] rows = allRows(data);
        int[] units = all.epochUnits(data, rows, rng);
        double batch = all.valueAndGradient(data, units, 0, units.length, new double[model.numParameters()]);
        assertEquals(all.value(data, rows), batch, 1e-12);
        // batches add up: the mean of two halves weighted by size is the whole
        int half = units.length / 2;
        double[] g = new double[model.numParameters()];
        double penalty = reg.value(model);
        double first = all.valueAndGradient(data, units, 0, half, g) - penalty;
        double second = all.valueAndGradient(data, units, half, units.length, g) - penalty;
        assertEquals(batch - penalty, (first * half + second * (units.length - half)) / units.length, 1e-12);
    }

    /*
     * One feature x, score s = x (w = 1, b = 0).
     * query 1: rel 2, 1, 0 at x = 1, 1, 0.5 -> pairs (m): (r0,r1) 0 tie; (r0,r2) .5; (r1,r2) .5
     * query 2: rel 1, 0 at x = 0, 2       -> (r3,r4) -2 discordant
     * hinge: 1, .5, .5, 3 -> mean 1.25; errors: .5 + 0 + 0 + 1 -> 1.5 / 4 = .375
     */
    private static Dataset handExample() {
        return new Dataset("hand", new double[] {1, 1, 0.5, 0, 2}, new int[] {2, 1, 0, 1, 0}, List.of("x"),
                List.of("0", "1", "2"), new int[] {1, 1, 1, 2, 2});
    }

    private static LinearModel identity() {
        LinearModel m = new LinearModel(1, 1);
        m.parameters()[0] = 1;
        return m;
    }

    @Test
    void lossAndErrorOverAllPairsWithTiesAsHalfErrors() {
        Dataset d = handExample();
        PairwiseObjective o = new PairwiseObjective(identity(), Hinge.svm(), new Regularizer.None(), 1);
        assertArrayEquals(new double[] {1.25, 0.375}, o.lossAndError(d, allRows(d)), 1e-15);
        // rows of query 1 only, given in any order
        assertArrayEquals(new double[] {2.0 / 3, 0.5 / 3}, o.lossAndError(d, new int[] {2, 0, 1}), 1e-15);
        // a single row forms no pair
        assertArrayEquals(new double[] {0, 0}, o.lossAndError(d, new int[] {3}), 0);
    }

    @Test
    void smallQueriesGiveAllTheirPairsLargeOnesAreCapped() {
        Dataset d = handExample();
        PairwiseObjective o = new PairwiseObjective(identity(), Hinge.svm(), new Regularizer.None(), 3);
        int[] units = o.epochUnits(d, allRows(d), new SplittableRandom(0));
        assertEquals(4, units.length);
        int[][] expected = {{1, 2}, {0, 2}, {0, 1}, {3, 4}};   // query by query, by ascending relevance of the higher row
        for (int u = 0; u < 4; u++) {
            assertEquals(expected[u][0], o.higherRow(units[u]));
            assertEquals(expected[u][1], o.lowerRow(units[u]));
        }
        // only the given rows: without row 2, query 1 keeps the pair (0, 1)
        units = o.epochUnits(d, new int[] {0, 1, 3, 4}, new SplittableRandom(0));
        assertEquals(2, units.length);
        // cap 1: query 1 (3 pairs) gets one sampled pair, query 2 its single pair
        PairwiseObjective capped = new PairwiseObjective(identity(), Hinge.svm(), new Regularizer.None(), 1);
        assertEquals(2, capped.epochUnits(d, allRows(d), new SplittableRandom(0)).length);
    }

    @Test
    void sampledPairsAreUniformOverAQuerysPairs() {
        // one query with relevance 0, 0, 1, 2 (rows 0..3): pairs (2,0) (2,1) (3,0) (3,1) (3,2)
        Dataset d = new Dataset("q", new double[4], new int[] {0, 0, 1, 2}, List.of("x"), List.of("0", "1", "2"),
                new int[] {5, 5, 5, 5});
        PairwiseObjective o = new PairwiseObjective(identity(), Hinge.svm(), new Regularizer.None(), 1);
        SplittableRandom rng = new SplittableRandom(11);
        int[][] count = new int[4][4];
        int draws = 50_000;
        for (int t = 0; t < draws; t++) {
            int[] units = o.epochUnits(d, allRows(d), rng);
            assertEquals(1, units.length);
            count[o.higherRow(units[0])][o.lowerRow(units[0])]++;
        }
        int total = 0;
        for (int[] pair : new int[][] {{2, 0}, {2, 1}, {3, 0}, {3, 1}, {3, 2}}) {
            double f = (double) count[pair[0]][pair[1]] / draws;
            assertEquals(0.2, f, 0.01, pair[0] + ">" + pair[1]);   // 0.2 +- 5.6 sd
            total += count[pair[0]][pair[1]];
        }
        assertEquals(draws, total);
    }

    @Test
    void samePairsForTheSameSeed() {
        Dataset d = letor(4);
        PairwiseObjective a = new PairwiseObjective(new LinearModel(4, 1), new Logistic(), new Regularizer.None(), 5);
        PairwiseObjective b = new PairwiseObjective(new LinearModel(4, 1), new Logistic(), new Regularizer.None(), 5);
        int[] ua = a.epochUnits(d, allRows(d), new SplittableRandom(9)).clone();
        int[] ub = b.epochUnits(d, allRows(d), new SplittableRandom(9));
        assertArrayEquals(ua, ub);
        for (int u : ua) {
            assertEquals(a.higherRow(u), b.higherRow(u));
            assertEquals(a.lowerRow(u), b.lowerRow(u));
            assertEquals(d.qids()[a.higherRow(u)], d.qids()[a.lowerRow(u)]);
            assertTrue(d.label(a.higherRow(u)) > d.label(a.lowerRow(u)));
        }
    }

    @Test
    void factoryAndArgumentChecks() {
        Regularizer none = new Regularizer.None();
        PairwiseObjective.Factory f = PairwiseObjective.factory(20);
        PairwiseObjective o = f.create(new LinearModel(3, 1), new BinaryMargin(new Logistic()), none);
        assertEquals("logistic", o.loss().name());
        assertEquals(20, o.pairsPerQuery());
        assertEquals(1, f.numOutputs(new BinaryMargin(Hinge.svm()), 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.create(new LinearModel(3, 1), new SoftmaxCrossEntropy(), none));
        assertTrue(e.getMessage().contains("margin loss"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PairwiseObjective.factory(0));
        e = assertThrows(IllegalArgumentException.class, () -> new PairwiseObjective(new LinearModel(3, 2), Hinge.svm(), none, 5));
        assertTrue(e.getMessage().contains("2 outputs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PairwiseObjective(new LinearModel(3, 1), new ZeroOne(), none, 5));

        PairwiseObjective p = new PairwiseObjective(identity(), Hinge.svm(), none, 5);
        Dataset noQid = Dataset.of("flat", 1, new double[] {0, 1}, new int[] {0, 1}, List.of("0", "1"));
        e = assertThrows(IllegalArgumentException.class, () -> p.epochUnits(noQid, new int[] {0, 1}, new SplittableRandom(0)));
        assertTrue(e.getMessage().contains("qid"), e.getMessage());
        Dataset oneGradeEach = new Dataset("g", new double[] {0, 1, 2}, new int[] {1, 1, 0}, List.of("x"), List.of("0", "1"),
                new int[] {1, 1, 2});
        e = assertThrows(IllegalArgumentException.class, () -> p.epochUnits(oneGradeEach, new int[] {0, 1, 2}, new SplittableRandom(0)));
        assertTrue(e.getMessage().contains("no query"), e.getMessage());
    }
}
