package versus.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LetorGenerator;
import versus.data.Standardizer;
import versus.eval.Evaluator;
import versus.eval.KFold;
import versus.eval.Metrics;
import versus.eval.Predictions;
import versus.eval.Split;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.loss.Logistic;
import versus.loss.MarginLoss;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.PairwiseObjective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.History;
import versus.train.Trainer;
import versus.train.TrainerSpec;

/**
 * Acceptance of the ranking SVM (Joachims 2002): on LETOR-style data with a known linear truth,
 * a linear model trained with the pairwise hinge objective ranks held-out queries (5-fold
 * cross-validation over whole queries) within 0.01 of the true weights on every ranking metric;
 * and on the MovieLens ranking file it beats ranking by the movies' mean rating.
 */
class RankingSvmTest {
    private static final List<String> METRICS = List.of("pair-accuracy", "kendall-tau", "ndcg@10", "map");

    /** A linear ranker trained on a split's training rows, as a function of the data. */
    record RankingSvm(MarginLoss loss, double lambda, int pairsPerQuery, int epochs) {
        @Override
        public String toString() {
            return loss.name() + ", l2 " + lambda + ", " + (pairsPerQuery == PairwiseObjective.ALL_PAIRS ? "all" : pairsPerQuery)
                    + " pairs/query, " + epochs + " epochs";
        }

        LinearModel fit(Dataset train, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            LinearModel model = new LinearModel(train.cols(), 1);
            model.initialize(new Initializer.Zero(), rng);
            PairwiseObjective objective = new PairwiseObjective(model, loss, Regularizer.ElasticNet.l2(lambda), pairsPerQuery);
            // Adam at a constant rate keeps moving near the optimum; averaging the second half settles it
            TrainerSpec spec = TrainerSpec.miniBatch(epochs, 64).withAveraging(epochs / 2 + 1);
            new Trainer(spec).train(objective, Adam.withRate(0.01), train, rng, new History());
            return model;
        }
    }

    private static LinearModel fixed(double[] w) {
        LinearModel m = new LinearModel(w.length, 1);
        System.arraycopy(w, 0, m.parameters(), 0, w.length);
        return m;
    }

    private static Predictions predict(LinearModel model, Dataset test) {
        return Evaluator.predict(new ModelClassifier(model, new BinaryMargin(Hinge.svm()), test.numClasses()), test);
    }

    /** Mean over 5 query-grouped folds of each metric of the ranker the function builds for a fold. */
    private static double[] crossValidate(Dataset data, Function<Split, LinearModel> ranker, boolean standardize) {
        List<Split> splits = new KFold(5, 1, false).splits(data, new SplittableRandom(1));
        double[] mean = new double[METRICS.size()];
        for (Split s : splits) {
            Dataset test = data.subset(s.test());
            if (standardize) {
                test = Standardizer.fit(data.subset(s.train())).apply(test);
            }
            Predictions p = predict(ranker.apply(s), test);
            for (int m = 0; m < METRICS.size(); m++) {
                mean[m] += Metrics.byName(METRICS.get(m)).orElseThrow().compute(p) / splits.size();
            }
        }
        return mean;
    }

    private static void print(String title, String us, double[] ours, String them, double[] theirs) {
        StringBuilder b = new StringBuilder(title);
        for (int m = 0; m < METRICS.size(); m++) {
            b.append(String.format("%n  %-14s %s %.4f   %s %.4f", METRICS.get(m), us, ours[m], them, theirs[m]));
        }
        System.out.println(b);
    }

    @Test
    void linearRankingSvmMatchesTheTrueWeightsOnHeldOutQueries() {
        // 60 queries x 30 documents, 10 features, grades 0..3, utility noise 0.1, per-query shifts 1
        LetorGenerator.Letor letor = LetorGenerator.generate(60, 30, 10, 3, 0.1, 1.0, new SplittableRandom(2024));
        Dataset data = letor.data();
        double[] truth = crossValidate(data, s -> fixed(letor.trueWeights()), false);
        for (RankingSvm svm : List.of(new RankingSvm(Hinge.svm(), 1e-4, PairwiseObjective.ALL_PAIRS, 20),
                new RankingSvm(Hinge.svm(), 1e-4, 50, 20), new RankingSvm(new Logistic(), 1e-4, 50, 20))) {
            double[] ours = crossValidate(data, s -> svm.fit(data.subset(s.train()), 7 + s.index()), false);
            print("letor, " + svm, "learned", ours, "true w*", truth);
            for (int m = 0; m < METRICS.size(); m++) {
                assertEquals(truth[m], ours[m], 0.01, METRICS.get(m) + " of " + svm);
            }
        }
        // and the direction learned is the truth's
        LinearModel all = new RankingSvm(Hinge.svm(), 1e-4, PairwiseObjective.ALL_PAIRS, 20).fit(data, 3);
        double dot = 0;
        double norm = 0;
        for (int j = 0; j < data.cols(); j++) {
            dot += all.weight(0, j) * letor.trueWeights()[j];
            norm += all.weight(0, j) * all.weight(0, j);
        }
        assertTrue(dot / Math.sqrt(norm) > 0.99, "cosine(w, w*) = " + dot / Math.sqrt(norm));
    }

    @Test
    void letorGeneratorHasItsDocumentedShape() {
        LetorGenerator.Letor a = LetorGenerator.generate(40, 25, 6, 3, 0.0, 2.0, new SplittableRandom(5));
        LetorGenerator.Letor b = LetorGenerator.generate(40, 25, 6, 3, 0.0, 2.0, new SplittableRandom(5));
        Dataset d = a.data();
        assertEquals(1000, d.rows());
        assertEquals(6, d.cols());
        assertEquals(List.of("0", "1", "2", "3"), d.classNames());
        assertEquals(1, d.qids()[0]);
        assertEquals(40, d.qids()[999]);
        assertArrayEquals(d.features(), b.data().features());
        assertArrayEquals(a.trueWeights(), b.trueWeights());
        double sq = 0;
        for (double w : a.trueWeights()) {
            sq += w * w;
        }
        assertEquals(1, sq, 1e-12);
        // grades about 1/2, 1/4, 1/8, 1/8 by the quantile thresholds
        int[] counts = d.classCounts();
        assertArrayEquals(new int[] {501, 250, 125, 124}, counts);
        // without noise the true weights rank every query perfectly, whatever the query shifts
        // (tau-b stays below 1: the grades tie, the scores do not)
        Predictions p = predict(fixed(a.trueWeights()), d);
        for (String m : List.of("pair-accuracy", "ndcg@10", "map")) {
            assertEquals(1, Metrics.byName(m).orElseThrow().compute(p), 1e-12, m);
        }
    }

    /** The file made by scripts/data/make_movielens_ranking.py; skipped when absent. */
    @Test
    void movielensRankingThroughTheLoader() {
        Path file = Path.of("datasets/movielens-ranking.svm.gz");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file);
        Dataset data = DatasetLoader.load(file, null, null);
        assertEquals(64086, data.rows());
        assertEquals(25, data.cols());
        assertEquals(List.of("0", "1", "2", "3", "4"), data.classNames());
        assertTrue(data.hasQids());

        // baseline: the movie's mean rating by the other users (feature 1) alone
        double[] meanOnly = new double[data.cols()];
        meanOnly[0] = 1;
        double[] baseline = crossValidate(data, s -> fixed(meanOnly), false);
        RankingSvm svm = new RankingSvm(Hinge.svm(), 1e-4, 100, 10);
        double[] ours = crossValidate(data, s -> {
            Dataset train = data.subset(s.train());
            return svm.fit(Standardizer.fit(train).apply(train), 7 + s.index());
        }, true);
        print("movielens, " + svm, "ranking SVM", ours, "movie mean", baseline);
        assertTrue(ours[0] > baseline[0] + 0.005, "pair-accuracy " + ours[0] + " vs " + baseline[0]);
        assertTrue(ours[2] > baseline[2] + 0.005, "ndcg@10 " + ours[2] + " vs " + baseline[2]);
    }
}
