package versus.experiment;

import java.util.Optional;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.model.Model;
import versus.train.GradientLearner;

/**
 * What the figures drawn from a training path need to know about a model before any training:
 * whether it is trained directly by the gradient {@code Trainer} (so that it has a parameter
 * path and a training objective J = loss + penalty), and whether two such models share one
 * parameter space (so that the line between their parameters means something).
 */
final class GradientModels {
    /** Input widths the architectures are probed with: two, so that a shape agreeing by chance on one still differs. */
    private static final int[] PROBES = {3, 5};

    private GradientModels() {
    }

    /**
     * The model's learner for {@code numClasses} classes when it is a {@link GradientLearner}
     * (linear models and MLPs; not kernel SVMs, baselines, fixed networks or tuned grids, whose
     * inner fits would share the path), else empty.
     */
    static Optional<GradientLearner> learner(ModelSpec model, int numClasses) {
        try {
            return model.learnerFor().apply(numClasses) instanceof GradientLearner g ? Optional.of(g) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a loss coding that cannot train on this many classes
        }
    }

    /** Whether the model is gradient-trained for two or for three classes (checked before the data are loaded). */
    static boolean gradientTrained(ModelSpec model) {
        return learner(model, 2).isPresent() || learner(model, 3).isPresent();
    }

    /**
     * Whether the same parameters mean the same function in both: for MLPs the same widths, hidden
     * units (activation) and batch normalization; dropout and input noise act in training only.
     */
    private static boolean sameFunctionFamily(Model a, Model b) {
        if (a instanceof versus.model.Mlp ma && b instanceof versus.model.Mlp mb) {
            return java.util.Arrays.equals(ma.hidden(), mb.hidden()) && ma.units().equals(mb.units())
                    && ma.options().batchNorm() == mb.options().batchNorm();
        }
        return true;
    }

    /** Whether the model is an MLP whose hidden units cut the input plane into linear regions (for linear-regions). */
    static boolean piecewiseLinearMlp(ModelSpec m) {
        for (int classes = 2; classes <= 3; classes++) {
            Optional<GradientLearner> g = learner(m, classes);
            if (g.isPresent() && g.get().architecture().apply(2, g.get().objective().numOutputs(g.get().loss(), classes))
                    instanceof versus.model.Mlp net && versus.plot.LinearRegions.piecewiseLinear(net.units())) {
                return true;
            }
        }
        return false;
    }

    /** Whether both are gradient-trained with the same loss and make models of one class and one parameter count. */
    static boolean sameParameterSpace(ModelSpec a, ModelSpec b) {
        for (int classes = 2; classes <= 3; classes++) {
            Optional<GradientLearner> la = learner(a, classes);
            Optional<GradientLearner> lb = learner(b, classes);
            if (la.isPresent() != lb.isPresent()) {
                return false;
            }
            if (la.isEmpty()) {
                continue;
            }
            if (!la.get().loss().name().equals(lb.get().loss().name())) {
                return false;
            }
            for (int inputs : PROBES) {
                Model ma = la.get().architecture().apply(inputs, la.get().objective().numOutputs(la.get().loss(), classes));
                Model mb = lb.get().architecture().apply(inputs, lb.get().objective().numOutputs(lb.get().loss(), classes));
                if (ma.getClass() != mb.getClass() || ma.numParameters() != mb.numParameters() || !sameFunctionFamily(ma, mb)) {
                    return false;
                }
            }
        }
        return gradientTrained(a);
    }
}
