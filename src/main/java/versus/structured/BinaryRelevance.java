package versus.structured;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.LabelSets;
import versus.model.Classifier;
import versus.model.MultiLabelClassifier;
import versus.train.History;
import versus.train.Learner;
import versus.train.MultiLabelLearner;

/**
 * Binary relevance (Tsoumakas and Katakis 2007, "Multi-label classification: an overview"): one
 * independent two-class model per label, trained on the same rows with that label's 0/1 column
 * as its class, any single-label learner. Predicts each label on its own, so it cannot use label
 * correlations: the baseline of the structured SVM with label pairs. History entries of the
 * per-label runs are summed per (epoch, metric): the summed per-label objectives are the
 * binary-relevance objective.
 */
public final class BinaryRelevance implements MultiLabelLearner {
    private static final List<String> CLASSES = List.of("0", "1");
    private final Learner base;

    /** @param base a learner for two-class data (class 1 = label present) */
    public BinaryRelevance(Learner base) {
        this.base = base;
    }

    @Override
    public MultiLabelClassifier fit(Dataset train, RandomGenerator rng, History history) {
        if (!train.isMultiLabel()) {
            throw new IllegalArgumentException("binary relevance needs multi-label data (labels: [...])");
        }
        LabelSets sets = train.labelSets();
        int labels = sets.numLabels();
        int n = train.rows();
        List<Classifier> models = new ArrayList<>(labels);
        List<History> perLabel = new ArrayList<>(labels);
        for (int l = 0; l < labels; l++) {
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = sets.has(i, l) ? 1 : 0;
            }
            Dataset one = new Dataset(train.name(), train.features(), y, train.featureNames(), CLASSES, null);
            History h = new History();
            models.add(base.fit(one, new SplittableRandom(rng.nextLong()), h));
            perLabel.add(h);
            for (String note : h.notes()) {
                history.note("label " + sets.names().get(l) + ": " + note);
            }
        }
        sumHistories(perLabel, history);
        return new Decoder(models, train.classNames(), sets.names());
    }

    /**
     * Adds, per epoch and metric, the sum over the label models. A label model that stopped
     * earlier (converged, early stopping, budget) keeps its last value for the remaining epochs,
     * so the sum stays the binary-relevance objective instead of dropping when a label stops.
     */
    private static void sumHistories(List<History> perLabel, History out) {
        Map<String, Integer> lastEpoch = new LinkedHashMap<>();   // metric -> the last epoch any label recorded it
        for (History h : perLabel) {
            for (History.Entry e : h.entries()) {
                lastEpoch.merge(e.metric(), e.epoch(), Math::max);
            }
        }
        for (Map.Entry<String, Integer> m : lastEpoch.entrySet()) {
            double[] sum = new double[m.getValue() + 1];
            for (History h : perLabel) {
                double[] series = new double[m.getValue() + 1];
                boolean[] seen = new boolean[m.getValue() + 1];
                for (History.Entry e : h.entries()) {
                    if (e.metric().equals(m.getKey())) {
                        series[e.epoch()] = e.value();
                        seen[e.epoch()] = true;
                    }
                }
                double last = 0;
                for (int epoch = 1; epoch <= m.getValue(); epoch++) {
                    last = seen[epoch] ? series[epoch] : last;
                    sum[epoch] += last;
                }
            }
            for (int epoch = 1; epoch <= m.getValue(); epoch++) {
                out.add(epoch, m.getKey(), sum[epoch]);
            }
        }
    }

    /** The per-label classifiers side by side: scores concatenated, label l = class 1 of model l. */
    private static final class Decoder implements MultiLabelClassifier {
        private final List<Classifier> models;
        private final int[] scoreStart;
        private final double[][] slices;
        private final LabelSetClasses classes;
        private final byte[] decoded;

        Decoder(List<Classifier> models, List<String> classNames, List<String> labelNames) {
            this.models = List.copyOf(models);
            this.scoreStart = new int[models.size() + 1];
            this.slices = new double[models.size()][];
            for (int l = 0; l < models.size(); l++) {
                slices[l] = new double[models.get(l).numScores()];
                scoreStart[l + 1] = scoreStart[l] + slices[l].length;
            }
            this.classes = new LabelSetClasses(classNames, labelNames);
            this.decoded = new byte[models.size()];
        }

        /**
         * What training used, over all label models: {@code gradient-evaluations} summed (each label
         * model has the whole budget) and {@code epochs-run} averaged; other per-model diagnostics
         * (margins of one label) are left out.
         */
        @Override
        public Map<String, Double> diagnostics() {
            double evaluations = 0;
            double epochs = 0;
            boolean any = false;
            for (Classifier c : models) {
                Map<String, Double> d = c.diagnostics();
                if (d.containsKey("gradient-evaluations")) {
                    any = true;
                    evaluations += d.get("gradient-evaluations");
                    epochs += d.getOrDefault("epochs-run", 0.0);
                }
            }
            return any ? new java.util.TreeMap<>(Map.of("gradient-evaluations", evaluations, "epochs-run", epochs / models.size()))
                    : Map.of();
        }

        @Override public int numLabels() { return models.size(); }
        @Override public int numClasses() { return classes.numClasses(); }
        @Override public int numScores() { return scoreStart[models.size()]; }
        @Override public boolean hasProbabilities() { return false; }

        @Override
        public void scores(double[] x, int offset, double[] out) {
            for (int l = 0; l < models.size(); l++) {
                models.get(l).scores(x, offset, slices[l]);
                System.arraycopy(slices[l], 0, out, scoreStart[l], slices[l].length);
            }
        }

        @Override
        public void decideLabels(double[] scores, byte[] out, int offset) {
            for (int l = 0; l < models.size(); l++) {
                System.arraycopy(scores, scoreStart[l], slices[l], 0, slices[l].length);
                out[offset + l] = (byte) (models.get(l).decide(slices[l]) == 1 ? 1 : 0);
            }
        }

        @Override
        public int decide(double[] scores) {
            decideLabels(scores, decoded, 0);
            return classes.classOf(decoded, 0);
        }

        @Override
        public void probabilities(double[] scores, double[] out) {
            throw new UnsupportedOperationException("binary relevance reports no label-set probabilities");
        }
    }
}
