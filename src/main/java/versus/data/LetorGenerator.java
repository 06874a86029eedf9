package versus.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Synthetic learning-to-rank data in the LETOR layout (queries of documents with graded
 * relevance; Qin, Liu, Xu and Li 2010, "LETOR: a benchmark collection for research on learning
 * to rank for information retrieval", Information Retrieval 13:346-374) with a known linear truth,
 * so a learned ranker can be compared with the best possible one.
 *
 * <p>For query q = 1..Q: a shift {@code mu_q ~ N(0, queryShift^2 I)}; for each of its documents
 * {@code z ~ N(0, I_d)}, features {@code x = z + mu_q}, utility {@code u = w* . z + noise * e} with
 * {@code e ~ N(0, 1)} and w* a uniformly random unit vector. The grade is the number of thresholds
 * {@code t_1 < ... < t_G} below u, t_g being the empirical {@code 1 - 2^-g} quantile of all
 * utilities: about half the documents get grade 0, a quarter 1, ..., as in LETOR where most
 * documents are irrelevant. Since w* . x = u - noise * e + w* . mu_q and the last term is constant
 * within a query, ranking by w* . x is optimal up to the noise whatever the shift, while the shift
 * moves whole queries across the grade boundaries of a pointwise classifier (why LETOR ranks pairs).
 *
 * <p>The data set is named {@code letor}, has features {@code x1..xd}, classes {@code "0".."G"}
 * (the grade, so {@link Relevance} reads it back), qids {@code 1..Q}, rows query by query.
 */
public final class LetorGenerator {
    private LetorGenerator() {
    }

    /**
     * A generated set with its truth.
     *
     * @param data        the rows, with qids
     * @param trueWeights w*, unit length; scoring by {@code w* . x} is the noiseless ranking
     * @param thresholds  t_1..t_G on the utility u
     */
    public record Letor(Dataset data, double[] trueWeights, double[] thresholds) {
    }

    /** {@link #generate(int, int, int, int, double, double, RandomGenerator)} without query shifts. */
    public static Letor generate(int queries, int docsPerQuery, int features, int grades, double noise, RandomGenerator rng) {
        return generate(queries, docsPerQuery, features, grades, noise, 0, rng);
    }

    /**
     * @param queries      Q >= 1
     * @param docsPerQuery documents per query, >= 2
     * @param features     d >= 1
     * @param grades       G >= 1: grades 0..G
     * @param noise        standard deviation of the utility noise, >= 0
     * @param queryShift   standard deviation of the per-query feature shift, >= 0
     */
    public static Letor generate(int queries, int docsPerQuery, int features, int grades, double noise, double queryShift,
                                 RandomGenerator rng) {
        check(queries >= 1, "queries must be >= 1, got " + queries);
        check(docsPerQuery >= 2, "docs-per-query must be >= 2, got " + docsPerQuery);
        check(features >= 1, "features must be >= 1, got " + features);
        check(grades >= 1, "grades must be >= 1, got " + grades);
        check(noise >= 0 && Double.isFinite(noise), "noise must be a finite number >= 0, got " + noise);
        check(queryShift >= 0 && Double.isFinite(queryShift), "query-shift must be a finite number >= 0, got " + queryShift);
        long total = (long) queries * docsPerQuery;
        check(total * features <= Integer.MAX_VALUE - 8, queries + " x " + docsPerQuery + " x " + features + " values are too many");
        int n = (int) total;
        double[] w = unitVector(features, rng);
        double[] x = new double[n * features];
        double[] u = new double[n];
        int[] qid = new int[n];
        double[] shift = new double[features];
        for (int q = 0, row = 0; q < queries; q++) {
            for (int j = 0; j < features; j++) {
                shift[j] = queryShift * rng.nextGaussian();
            }
            for (int i = 0; i < docsPerQuery; i++, row++) {
                double utility = 0;
                for (int j = 0, o = row * features; j < features; j++) {
                    double z = rng.nextGaussian();
                    utility += w[j] * z;
                    x[o + j] = z + shift[j];
                }
                u[row] = utility + noise * rng.nextGaussian();
                qid[row] = q + 1;
            }
        }
        double[] t = thresholds(u, grades);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int g = 0;
            while (g < grades && u[i] > t[g]) {
                g++;
            }
            y[i] = g;
        }
        List<String> names = new ArrayList<>(features);
        for (int j = 1; j <= features; j++) {
            names.add("x" + j);
        }
        List<String> classes = new ArrayList<>(grades + 1);
        for (int g = 0; g <= grades; g++) {
            classes.add(Integer.toString(g));
        }
        return new Letor(new Dataset("letor", x, y, names, classes, qid), w, t);
    }

    /** t_g = the empirical 1 - 2^-g quantile of u (lower order statistic), g = 1..G. */
    private static double[] thresholds(double[] u, int grades) {
        double[] sorted = u.clone();
        Arrays.sort(sorted);
        double[] t = new double[grades];
        for (int g = 1; g <= grades; g++) {
            int at = (int) Math.min(sorted.length - 1, Math.floor((1 - Math.pow(2, -g)) * sorted.length));
            t[g - 1] = sorted[at];
        }
        return t;
    }

    /** A uniformly random direction: a standard normal vector, normalised. */
    private static double[] unitVector(int d, RandomGenerator rng) {
        double[] w = new double[d];
        double norm;
        do {
            norm = 0;
            for (int j = 0; j < d; j++) {
                w[j] = rng.nextGaussian();
                norm += w[j] * w[j];
            }
        } while (norm == 0);
        norm = Math.sqrt(norm);
        for (int j = 0; j < d; j++) {
            w[j] /= norm;
        }
        return w;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
