package versus.eval;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;
import versus.train.Learner;

/**
 * Hyperparameter tuning inside a training split: every candidate is cross-validated on inner
 * stratified folds of the training rows only, the best mean of the metric wins (the first one on
 * ties), and it is refitted on all training rows. Used under any outer protocol this is nested
 * cross-validation (Varma and Simon 2006; Cawley and Talbot 2010): the outer test rows never
 * influence the choice. The inner folds see data standardized with the outer training split's
 * statistics, which include the inner validation rows; that touches only the choice, never the
 * outer test rows.
 *
 * @param candidates the learners of the grid, with a label each ({@code lambda=0.001, epochs=50})
 */
public record GridSearch(List<Candidate> candidates, int innerFolds, Metric metric) implements Learner {
    /** One grid point. */
    public record Candidate(String label, Learner learner) {
    }

    public GridSearch {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one candidate");
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("inner-folds must be >= 2, got " + innerFolds);
        }
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        List<Split> inner = new KFold(innerFolds, 1, true).splits(train, new SplittableRandom(rng.nextLong()));
        long[] seeds = new long[inner.size()];
        for (int f = 0; f < seeds.length; f++) {
            seeds[f] = rng.nextLong(); // the same inner seeds for every candidate: a paired comparison
        }
        int best = -1;
        double bestScore = Double.NaN;
        StringBuilder scores = new StringBuilder();
        for (int c = 0; c < candidates.size(); c++) {
            double sum = 0;
            for (int f = 0; f < inner.size(); f++) {
                Split s = inner.get(f);
                Dataset fitPart = train.subset(s.train());
                Dataset checkPart = train.subset(s.test());
                Classifier model;
                try {
                    model = candidates.get(c).learner().fit(fitPart, new SplittableRandom(seeds[f]), new History());
                } catch (RuntimeException e) {
                    sum = Double.NaN; // a candidate that diverges or fails cannot win
                    break;
                }
                sum += metric.compute(Evaluator.predict(model, checkPart));
            }
            double mean = sum / inner.size();
            scores.append(c == 0 ? "" : "; ").append(candidates.get(c).label()).append(": ").append(String.format(java.util.Locale.ROOT, "%.4f", mean));
            if (!Double.isNaN(mean) && (best < 0 || (metric.higherIsBetter() ? mean > bestScore : mean < bestScore))) {
                best = c;
                bestScore = mean;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("every grid candidate failed on the inner folds (" + scores + ")");
        }
        history.note("grid chose " + candidates.get(best).label() + " (inner " + innerFolds + "-fold " + metric.name() + ")");
        return candidates.get(best).learner().fit(train, rng, history);
    }
}
