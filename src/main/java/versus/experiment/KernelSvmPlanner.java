package versus.experiment;

import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.svm.Kernel;
import versus.svm.KernelSvm;
import versus.svm.Multiclass;
import versus.svm.ScaledGammaSvm;
import versus.train.Learner;
import versus.train.Budget;

/** {@code model: kernel-svm}: SMO on the dual with a linear, polynomial or RBF kernel; a seconds budget stops SMO. */
final class KernelSvmPlanner {
    /** LIBSVM's and scikit-learn's SVC defaults (kernel rbf, C 1, degree 3, coef0 0; gamma scale as SVC's). */
    static final String DEFAULT_KERNEL = "rbf";
    static final double DEFAULT_C = 1.0;
    static final int DEFAULT_DEGREE = 3;
    static final double DEFAULT_COEF0 = 0.0;

    private final YamlSource src;
    private final ConfigChecks check;
    private final java.util.Optional<Budget> budget;

    KernelSvmPlanner(ConfigChecks check, java.util.Optional<Budget> budget) {
        this.check = check;
        this.src = check.source();
        this.budget = budget;
    }

    /** A kernel SVM: kernel linear | poly | rbf, C, gamma (a number or scale), degree, coef0, multiclass. */
    ModelSpec model(ModelConfig m, String at) {
        String kernel = m.kernel() == null ? DEFAULT_KERNEL : m.kernel();
        double c = m.c() == null ? DEFAULT_C : m.c();
        Multiclass strategy = m.multiclass() == null ? Multiclass.ONE_VS_ONE : check.parse(at + "/multiclass", () -> switch (m.multiclass()) {
            case "one-vs-one" -> Multiclass.ONE_VS_ONE;
            case "one-vs-rest" -> Multiclass.ONE_VS_REST;
            default -> throw new IllegalArgumentException("multiclass must be one-vs-one or one-vs-rest, got " + m.multiclass());
        });
        boolean scaled = m.gamma() == null || m.gamma().equals("scale");
        double gamma = scaled ? 0 : check.parse(at + "/gamma", () -> {
            try {
                return Double.parseDouble(m.gamma());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gamma must be a number > 0 or 'scale', got " + m.gamma());
            }
        });
        int degree = m.degree() == null ? DEFAULT_DEGREE : m.degree();
        double coef0 = m.coef0() == null ? DEFAULT_COEF0 : m.coef0();
        Learner learner;
        String kernelText;
        java.util.Optional<java.time.Duration> limit = budget.filter(Budget.Seconds.class::isInstance)
                .map(b -> java.time.Duration.ofNanos(((Budget.Seconds) b).nanos()));
        switch (kernel) {
            case "linear":
                check.onlyFor(at, "kernel linear", ConfigChecks.keys("gamma", m.gamma(), "degree", m.degree(), "coef0", m.coef0()));
                learner = check.parse(at + "/C", () -> new KernelSvm(new Kernel.Linear(), c, strategy, limit));
                kernelText = "linear kernel";
                break;
            case "rbf":
                check.onlyFor(at, "kernel rbf", ConfigChecks.keys("degree", m.degree(), "coef0", m.coef0()));
                learner = scaled ? check.parse(at + "/C", () -> new ScaledGammaSvm(Kernel.Rbf::new, c, strategy, limit))
                        : check.parse(at + "/gamma", () -> new KernelSvm(new Kernel.Rbf(gamma), c, strategy, limit));
                kernelText = "RBF kernel, gamma " + (scaled ? "scale (1 / (d var(X)) per training fold)" : gamma);
                break;
            case "poly":
                learner = scaled ? check.parse(at + "/C", () -> new ScaledGammaSvm(g -> new Kernel.Polynomial(g, coef0, degree), c, strategy, limit))
                        : check.parse(at + "/gamma", () -> new KernelSvm(new Kernel.Polynomial(gamma, coef0, degree), c, strategy, limit));
                kernelText = "polynomial kernel (gamma x.z + " + coef0 + ")^" + degree + ", gamma " + (scaled ? "scale" : gamma);
                break;
            default:
                throw src.error(at + "/kernel", "unknown kernel '" + kernel + "'; available: linear, poly, rbf");
        }
        String summary = "kernel SVM (SMO), " + kernelText + ", C " + c + ", "
                + (strategy == Multiclass.ONE_VS_ONE ? "one-vs-one" : "one-vs-rest") + " for K > 2, SMO to a maximal violation below "
                + KernelSvm.TOLERANCE + " (at most max(10^7, 100 n) iterations)"
                + budget.map(b -> limit.isPresent() ? "; SMO stops at the budget of " + b.amount() + " per fit"
                        : "; the budget of " + b.amount() + " does not apply (SMO is not a gradient method; it runs to convergence)")
                        .orElse("");
        return new ModelSpec(m.name(), at, summary, numClasses -> learner);
    }
}
