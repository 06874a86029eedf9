package versus.structured;

import versus.data.Dataset;
import versus.data.LabelSets;

/**
 * The n-slack primal of the structured SVM with margin rescaling (Tsochantaridis, Joachims,
 * Hofmann and Altun 2005; course notes, multi-label section), with the slacks eliminated:
 * <pre>  F(w) = lambda/2 ||w||^2 + 1/n sum_i max_y [Delta_H(y_i, y) + &lt;w, psi(x_i, y) - psi(x_i, y_i)&gt;]</pre>
 * (biases unpenalised), and a subgradient lambda w + 1/n sum_i (psi(x_i, y_i*) - psi(x_i, y_i)).
 */
public final class StructuredObjective {
    private final JointModel model;
    private final double lambda;

    StructuredObjective(JointModel model, double lambda) {
        this.model = model;
        this.lambda = lambda;
    }

    /** For a data set with L labels and d features. */
    public StructuredObjective(int labels, int inputs, boolean labelPairs, double lambda) {
        this(new JointModel(labels, inputs, labelPairs), lambda);
    }

    public int numParameters() { return model.numParameters(); }

    /** F(w) over the rows of {@code data}; writes the subgradient into {@code grad} unless it is null. */
    public double valueAndSubgradient(double[] w, Dataset data, double[] grad) {
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
        }
        LabelSets sets = data.labelSets();
        int n = data.rows();
        double hinge = 0;
        for (int i = 0; i < n; i++) {
            hinge += model.hinge(w, data.features(), data.offset(i), sets.matrix(), i * model.labels, 1.0 / n, grad);
        }
        double penalty = 0;
        for (int p = 0; p < w.length; p++) {
            if (model.penalized(p)) {
                penalty += w[p] * w[p];
                if (grad != null) {
                    grad[p] += lambda * w[p];
                }
            }
        }
        return 0.5 * lambda * penalty + hinge / n;
    }
}
