package versus.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import versus.data.Dataset;
import versus.eval.Evaluator;
import versus.eval.Predictions;
import versus.model.Classifier;
import versus.train.History;
import versus.train.Learner;

/** Small synthetic data and helpers shared by the baseline tests. */
final class Blobs {
    private Blobs() {
    }

    /** {@code perClass} Gaussian points (sd {@code sd}) around each of the 2-D centres, class c around centre c. */
    static Dataset blobs(long seed, int perClass, double sd, double[][] centres) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = centres.length;
        double[] x = new double[k * perClass * 2];
        int[] y = new int[k * perClass];
        for (int i = 0; i < y.length; i++) {
            int c = i % k;
            y[i] = c;
            x[2 * i] = centres[c][0] + sd * r.nextGaussian();
            x[2 * i + 1] = centres[c][1] + sd * r.nextGaussian();
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("c" + c);
        }
        return Dataset.of("blobs", 2, x, y, names);
    }

    /** Two well separated classes. */
    static Dataset twoBlobs(long seed) {
        return blobs(seed, 60, 0.5, new double[][] {{-2, 0}, {2, 0}});
    }

    /** Three well separated classes around a triangle. */
    static Dataset threeBlobs(long seed) {
        return blobs(seed, 50, 0.5, new double[][] {{0, 2}, {-2, -1}, {2, -1}});
    }

    static Classifier fit(Learner learner, Dataset train, long seed) {
        return learner.fit(train, new SplittableRandom(seed), new History());
    }

    static double accuracy(Classifier c, Dataset test) {
        Predictions p = Evaluator.predict(c, test);
        int right = 0;
        for (int i = 0; i < p.size(); i++) {
            right += p.truth()[i] == p.predicted()[i] ? 1 : 0;
        }
        return right / (double) p.size();
    }

    /** Every score of every row of {@code d}, concatenated. */
    static double[] allScores(Classifier c, Dataset d) {
        int m = c.numScores();
        double[] out = new double[d.rows() * m];
        double[] s = new double[m];
        for (int i = 0; i < d.rows(); i++) {
            c.scores(d.features(), d.offset(i), s);
            System.arraycopy(s, 0, out, i * m, m);
        }
        return out;
    }
}
