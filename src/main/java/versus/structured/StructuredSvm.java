package versus.structured;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.MultiLabelClassifier;
import versus.train.Budget;
import versus.train.BudgetLimits;
import versus.train.History;
import versus.train.Trainer;
import versus.train.MultiLabelLearner;

/**
 * Structured SVM for multi-label data: minimises the n-slack margin-rescaling primal
 * {@link StructuredObjective} by the stochastic subgradient method (Ratliff, Bagnell and
 * Zinkevich 2007, "(Online) subgradient methods for structured prediction"), one row at a time in
 * a fresh random order each epoch:
 * <pre>  y* = argmax_y [Delta_H(y_i, y) + &lt;w_t, psi(x_i, y)&gt;]        (exact, {@link LabelInference})
 *  w_{t+1} = (1 - eta_t lambda) w_t - eta_t (psi(x_i, y*) - psi(x_i, y_i)),  eta_t = 1 / (lambda (t + t0))</pre>
 * The rate is Pegasos' 1/(lambda t) (Shalev-Shwartz et al. 2007) shifted by t0 so the first
 * steps are not 1/lambda (Bottou 2012, "Stochastic gradient descent tricks": eta_0 / (1 + lambda
 * eta_0 t) with eta_0 = 1/(lambda t0)); biases are not shrunk. The returned weights are the average of the iterates from epoch {@code averageFrom}
 * on. The objective F of the weights in use (averaged once averaging starts) is recorded per
 * epoch as {@code objective}.
 *
 * <p>With {@link StructuredSvmSpec.CuttingPlane} the 1-slack cutting-plane algorithm trains
 * instead ({@link CuttingPlane}).
 *
 * <p>A {@link Budget} counts one gradient evaluation per row step (one loss-augmented inference
 * and subgradient; a cutting-plane iteration makes n of them). Under a gradient-evaluation budget
 * the subgradient solver stops after exactly that many steps and averages the second half of
 * them; under a seconds budget it stops at the first step past the limit and averages from the
 * second epoch on (the last iterate when it ran less than one). The cutting plane does not start
 * an iteration that would pass a gradient-evaluation limit, and stops after the iteration that
 * passes a time limit. An epochs budget is simply the number of epochs.
 *
 * <p>Without label pairs the objective separates into one hinge-loss SVM per label, so this is
 * binary relevance with the hinge loss trained jointly.
 */
public final class StructuredSvm implements MultiLabelLearner {
    /** Most labels for which label pairs are supported (exact inference enumerates 2^L sets). */
    public static final int MAX_PAIRWISE_LABELS = LabelInference.MAX_PAIRWISE_LABELS;
    private final StructuredSvmSpec spec;
    private final java.util.Optional<Budget> budget;

    public StructuredSvm(StructuredSvmSpec spec) {
        this(spec, java.util.Optional.empty());
    }

    /** @param budget a gradient-evaluation or seconds limit (an epochs budget is the spec's epochs) */
    public StructuredSvm(StructuredSvmSpec spec, java.util.Optional<Budget> budget) {
        this.spec = spec;
        this.budget = budget.filter(b -> !(b instanceof Budget.Epochs));
    }

    public StructuredSvmSpec spec() { return spec; }

    @Override
    public MultiLabelClassifier fit(Dataset train, RandomGenerator rng, History history) {
        if (!train.isMultiLabel()) {
            throw new IllegalArgumentException("the structured SVM needs multi-label data (labels: [...])");
        }
        if (spec.solver() instanceof StructuredSvmSpec.CuttingPlane cp) {
            return CuttingPlane.fit(spec, cp.epsilon(), train, history, budget);
        }
        return subgradient((StructuredSvmSpec.Subgradient) spec.solver(), train, rng, history);
    }

    /** The stochastic subgradient solver of the class comment. */
    private MultiLabelClassifier subgradient(StructuredSvmSpec.Subgradient sg, Dataset train, RandomGenerator rng, History history) {
        int labels = train.labelSets().numLabels();
        JointModel model = new JointModel(labels, train.cols(), spec.labelPairs());
        StructuredObjective objective = new StructuredObjective(model, spec.lambda());
        int p = model.numParameters();
        double[] w = new double[p];
        double[] average = new double[p];
        long averaged = 0;
        int n = train.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] x = train.features();
        byte[] truth = train.labelSets().matrix();
        double lambda = spec.lambda();
        BudgetLimits limits = BudgetLimits.start(budget);
        long maxSteps = limits.maxEvaluations();
        int lastEpoch = budget.isPresent() ? Integer.MAX_VALUE : spec.epochs();
        long t = 0;
        double epochsRun = 0;
        boolean exhausted = false;
        for (int epoch = 1; epoch <= lastEpoch && !exhausted; epoch++) {
            Trainer.shuffle(order, rng);
            boolean epochAveraged = budget.isEmpty() ? epoch >= sg.averageFrom() : limits.timed() && epoch >= 2;
            int done = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                t++;
                done++;
                boolean averaging = epochAveraged || limits.countsEvaluations() && t > maxSteps / 2;
                double eta = 1.0 / (lambda * (t + sg.t0()));
                model.subgradientStep(w, x, train.offset(i), truth, i * labels, 1 - eta * lambda, eta);
                if (averaging) {
                    averaged++;
                    double a = 1.0 / averaged;
                    for (int j = 0; j < p; j++) {
                        average[j] += (w[j] - average[j]) * a;
                    }
                }
                if (t >= maxSteps || limits.timeUp()) {
                    exhausted = true;
                    break;
                }
            }
            epochsRun += done / (double) n;
            double[] current = averaged > 0 ? average : w;
            history.add(epoch, "objective", objective.valueAndSubgradient(current, train, null));
        }
        if (exhausted) {
            history.note(budget.orElseThrow().amount() + " budget spent in epoch " + (int) Math.ceil(epochsRun));
        }
        return new StructuredSvmClassifier(model, averaged > 0 ? average : w, train.classNames(), train.labelSets().names(),
                new Trainer.Usage(epochsRun, t));
    }
}
