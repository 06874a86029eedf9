package versus.svm;

import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.train.History;
import versus.train.Learner;

/**
 * A {@link KernelSvm} whose kernel gamma is scikit-learn's {@code gamma='scale'}: 1 / (d Var(X)),
 * Var the variance of all entries of each training set it is fitted on (so of the standardized
 * training split, never of test data). The gamma used is noted in the history.
 *
 * @param kernelOfGamma the kernel for a gamma, e.g. {@code Kernel.Rbf::new}
 * @param timeLimit     as in {@link KernelSvm}
 */
public record ScaledGammaSvm(DoubleFunction<Kernel> kernelOfGamma, double c, Multiclass strategy,
                             java.util.Optional<java.time.Duration> timeLimit) implements Learner {
    public ScaledGammaSvm {
        new KernelSvm(kernelOfGamma.apply(1.0), c, strategy, timeLimit); // validates C, the strategy and the other kernel parameters now
    }

    /** Without a time limit. */
    public ScaledGammaSvm(DoubleFunction<Kernel> kernelOfGamma, double c, Multiclass strategy) {
        this(kernelOfGamma, c, strategy, java.util.Optional.empty());
    }

    @Override
    public KernelModel fit(Dataset train, RandomGenerator rng, History history) {
        double gamma = Kernel.scaleGamma(train.features(), train.cols());
        history.note(String.format(Locale.ROOT, "kernel-svm gamma=scale: %.6g", gamma));
        return new KernelSvm(kernelOfGamma.apply(gamma), c, strategy, timeLimit).fit(train, rng, history);
    }
}
