package versus.structured;

import java.util.List;
import java.util.Map;
import versus.model.MultiLabelClassifier;

/**
 * A trained structured SVM: scores are the unary scores w_l . x + b_l, the decoded label set
 * argmax_y &lt;w, psi(x, y)&gt; (exact, with the pairwise terms when the model has them).
 */
final class StructuredSvmClassifier implements MultiLabelClassifier {
    private final JointModel model;
    private final double[] w;
    private final LabelSetClasses classes;
    private final byte[] decoded;
    private final Map<String, Double> diagnostics;

    /**
     * @param classNames the training data's label-powerset classes
     * @param used       what training used: {@code epochs-run} and {@code gradient-evaluations}
     */
    StructuredSvmClassifier(JointModel model, double[] w, List<String> classNames, List<String> labelNames,
                            versus.train.Trainer.Usage used) {
        this.diagnostics = Map.of("epochs-run", used.epochsRun(), "gradient-evaluations", (double) used.gradientEvaluations());
        this.model = new JointModel(model.labels, model.inputs, model.labelPairs);
        this.w = w.clone();
        this.classes = new LabelSetClasses(classNames, labelNames);
        this.decoded = new byte[model.labels];
    }

    /** The flat weights, in the layout of {@link JointModel}. */
    double[] weights() { return w.clone(); }

    @Override
    public Map<String, Double> diagnostics() {
        return new java.util.TreeMap<>(diagnostics);
    }

    @Override public int numLabels() { return model.labels; }
    @Override public int numClasses() { return classes.numClasses(); }
    @Override public int numScores() { return model.labels; }
    @Override public boolean hasProbabilities() { return false; }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        model.unaryScores(w, x, offset, out);
    }

    @Override
    public void decideLabels(double[] scores, byte[] out, int offset) {
        model.decode(w, scores, out, offset);
    }

    @Override
    public int decide(double[] scores) {
        decideLabels(scores, decoded, 0);
        return classes.classOf(decoded, 0);
    }

    @Override
    public void probabilities(double[] scores, double[] out) {
        throw new UnsupportedOperationException("the structured SVM has no probabilities");
    }
}
