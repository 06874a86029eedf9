package versus.baseline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import smile.classification.OneVersusRest;
import smile.classification.SVM;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.LinearKernel;
import smile.math.kernel.MercerKernel;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.History;
import versus.train.Learner;

/**
 * C-SVC by Smile's {@code smile.classification.SVM} (Smile 3.1.1, H. Li,
 * https://haifengl.github.io), which trains with LASVM (A. Bordes, S. Ertekin, J. Weston and
 * L. Bottou, Fast kernel classifiers with online and active learning, JMLR 6 (2005) 1579-1619):
 * an online SMO that seeds 5 support vectors per class, makes one pass over the rows in random
 * order, then runs at most one more SMO step per support vector towards tolerance 1e-3 (Smile's
 * defaults). It approximates the C-SVC optimum that {@code model: kernel-svm} solves to
 * tolerance. C bounds each dual coefficient, 0 <= a_i <= C, as in LIBSVM and {@code kernel-svm}.
 *
 * <ul>
 * <li>K = 2: one machine, class 1 is +1; one score f(x) = sum_s a_s y_s k(x_s, x) + b, decided
 * f(x) >= 0 ? 1 : 0.
 * <li>K > 2: Smile's {@code smile.classification.OneVersusRest}, one machine per class against
 * the rest. Smile decides by the largest Platt-scaled output (J. Platt, Probabilistic outputs
 * for support vector machines, 1999: a sigmoid fitted to each machine's scores on the training
 * rows), so the K scores are those outputs as Smile's {@code predict(x, posteriori)} gives them
 * (in [0, 1], normalised to sum 1), not the raw f_c(x). They are not offered as probabilities,
 * so that {@code smile-svm} reports the same metrics for every K, as {@code kernel-svm} does.
 * </ul>
 *
 * <p>Kernels: linear u.v, and rbf exp(-gamma ||u - v||^2), which is Smile's
 * {@code GaussianKernel(sigma)}, exp(-||u - v||^2 / (2 sigma^2)), with sigma = 1 / sqrt(2 gamma).
 *
 * <p>Deterministic given {@code rng}: LASVM shuffles with Smile's thread-local RNG, which is
 * seeded from {@code rng} on the thread that trains each machine, right before it trains (Smile
 * trains the one-vs-rest machines in parallel on the common fork-join pool). Records in the
 * history at epoch 1 {@code support-vectors} (distinct training rows that are support vectors of
 * some machine). Copies the training rows into a {@code double[][]}.
 *
 * <p>{@code gamma} absent for the RBF kernel is scikit-learn's {@code gamma='scale'}, 1 / (d Var(X)),
 * Var the variance of all entries of the training rows it is fitted on (as {@code kernel-svm});
 * the value used is noted in the history.
 *
 * @param kernel the kernel
 * @param c      C > 0
 * @param gamma  rbf only: gamma > 0, or empty for gamma = scale; empty for the linear kernel
 *               (see {@link #linear}, {@link #rbf}, {@link #rbfScaled})
 */
public record SmileSvm(Kernel kernel, double c, java.util.OptionalDouble gamma) implements Learner {
    /** Smile's default convergence tolerance ({@code smile.svm.tolerance}). */
    static final double TOLERANCE = 1e-3;
    /** Smile's default number of LASVM passes ({@code smile.svm.epochs}). */
    static final int EPOCHS = 1;

    /** The kernels Smile's SVM offers here, by YAML name. */
    public enum Kernel {
        LINEAR, RBF;

        /** The YAML name: linear, rbf. */
        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kernel of that YAML name; IllegalArgumentException naming {@code kernel} otherwise. */
        public static Kernel of(String name) {
            for (Kernel k : values()) {
                if (k.yamlName().equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kernel must be linear or rbf for smile-svm, got " + name);
        }
    }

    public SmileSvm {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be linear or rbf, got null");
        }
        if (!(c > 0 && c < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("C must be > 0 and finite, got " + c);
        }
        java.util.Objects.requireNonNull(gamma, "gamma");
        if (kernel == Kernel.RBF && gamma.isPresent() && !(gamma.getAsDouble() > 0 && gamma.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gamma must be > 0 and finite for kernel rbf, got " + gamma.getAsDouble());
        }
        if (kernel == Kernel.LINEAR && gamma.isPresent()) {
            throw new IllegalArgumentException("gamma applies to kernel rbf only, got " + gamma.getAsDouble() + " with kernel linear");
        }
    }

    public static SmileSvm linear(double c) {
        return new SmileSvm(Kernel.LINEAR, c, java.util.OptionalDouble.empty());
    }

    public static SmileSvm rbf(double c, double gamma) {
        return new SmileSvm(Kernel.RBF, c, java.util.OptionalDouble.of(gamma));
    }

    /** The RBF kernel with gamma = scale, fitted on each training set. */
    public static SmileSvm rbfScaled(double c) {
        return new SmileSvm(Kernel.RBF, c, java.util.OptionalDouble.empty());
    }

    private static MercerKernel<double[]> mercer(Kernel kernel, double gamma) {
        return kernel == Kernel.LINEAR ? new LinearKernel() : new GaussianKernel(1 / Math.sqrt(2 * gamma));
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int k = train.numClasses();
        double[][] x = SmileBridge.rows(train);
        int[] labels = train.labels();
        double g = kernel == Kernel.LINEAR ? Double.NaN : gamma.orElseGet(() -> versus.svm.Kernel.scaleGamma(train.features(), train.cols()));
        if (kernel == Kernel.RBF && gamma.isEmpty()) {
            history.note(String.format(Locale.ROOT, "smile-svm gamma=scale: %.6g", g));
        }
        MercerKernel<double[]> kern = mercer(kernel, g);
        Set<double[]> supportVectors = Collections.newSetFromMap(new IdentityHashMap<>());
        Classifier model;
        if (k == 2) {
            int[] y = new int[labels.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels[i] == 1 ? +1 : -1;
            }
            SmileBridge.seedThisThread(rng.nextLong());
            SVM<double[]> svm = SVM.fit(x, y, kern, c, TOLERANCE, EPOCHS);
            Collections.addAll(supportVectors, svm.vectors());
            model = SmileModel.margin(svm::score, train.cols());
        } else {
            int present = 0;
            for (int count : train.classCounts()) {
                present += count > 0 ? 1 : 0;
            }
            if (present < 3) {
                throw new IllegalArgumentException("smile-svm: the training split holds " + present + " of the " + k
                        + " classes; Smile's OneVersusRest needs at least 3");
            }
            // one seed per class, drawn up front: machines train on whatever pool thread runs them
            SplittableRandom seeds = new SplittableRandom(rng.nextLong());
            long[] seedOf = new long[k];
            for (int cls = 0; cls < k; cls++) {
                seedOf[cls] = seeds.nextLong();
            }
            double[][][] vectorsOf = new double[k][][];
            OneVersusRest<double[]> ovr = OneVersusRest.fit(x, labels, (xs, ys) -> {
                int cls = positiveClass(labels, ys);
                SmileBridge.seedThisThread(seedOf[cls]);
                SVM<double[]> svm = SVM.fit(xs, ys, kern, c, TOLERANCE, EPOCHS);
                vectorsOf[cls] = svm.vectors();
                return svm;
            });
            for (double[][] v : vectorsOf) {
                if (v != null) {
                    Collections.addAll(supportVectors, v);
                }
            }
            model = SmileModel.soft(ovr, k, false, train.cols());
        }
        history.add(1, "support-vectors", supportVectors.size());
        return model;
    }

    /** The class a one-vs-rest machine's +1 rows belong to. */
    private static int positiveClass(int[] labels, int[] signs) {
        for (int i = 0; i < signs.length; i++) {
            if (signs[i] > 0) {
                return labels[i];
            }
        }
        throw new IllegalStateException("a one-vs-rest machine without positive rows");
    }
}
