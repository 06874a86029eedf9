package versus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Synthetic multi-label data with correlated labels, in the spirit of scikit-learn's
 * {@code make_multilabel_classification} but with a latent topic per row so the labels are
 * strongly dependent: there are {@code 2L} topics, each with a Gaussian centre in R^d (standard
 * normal entries) and a fixed label set drawn as a Markov chain over the labels (label 1 on with
 * probability 1/2, each next label equal to the previous with probability 0.8), so neighbouring
 * labels co-occur and some sets never occur. A row picks a topic uniformly, its features are the
 * centre plus {@code noise} x standard normal noise, its labels the topic's set. With large
 * noise each label alone is hard to read from x, while the pairwise label structure is exact:
 * this is where a structured model's label-pair terms help.
 */
public final class MultiLabelGenerator {
    private MultiLabelGenerator() {
    }

    /** @param labelNames the labels (L &gt;= 2) */
    public static Dataset generate(int n, int features, List<String> labelNames, double noise, RandomGenerator rng) {
        int labels = labelNames.size();
        if (n < 4) {
            throw new IllegalArgumentException("n must be >= 4, got " + n);
        }
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
        if (labels < 2) {
            throw new IllegalArgumentException("generator multilabel needs at least 2 labels, got " + labels);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be >= 0 (the feature noise standard deviation), got " + noise);
        }
        int topics = 2 * labels;
        double[] centre = new double[topics * features];
        byte[] topicSet = new byte[topics * labels];
        for (int t = 0; t < topics; t++) {
            for (int j = 0; j < features; j++) {
                centre[t * features + j] = rng.nextGaussian();
            }
            boolean on = rng.nextBoolean();
            for (int l = 0; l < labels; l++) {
                if (l > 0 && rng.nextDouble() >= 0.8) {
                    on = !on;
                }
                topicSet[t * labels + l] = (byte) (on ? 1 : 0);
            }
        }
        double[] x = new double[n * features];
        byte[] y = new byte[n * labels];
        for (int i = 0; i < n; i++) {
            int t = rng.nextInt(topics);
            for (int j = 0; j < features; j++) {
                x[i * features + j] = centre[t * features + j] + noise * rng.nextGaussian();
            }
            System.arraycopy(topicSet, t * labels, y, i * labels, labels);
        }
        List<String> names = new ArrayList<>(features);
        for (int j = 0; j < features; j++) {
            names.add("x" + j);
        }
        return Dataset.multiLabel("multilabel", x, names, new LabelSets(y, labelNames));
    }
}
