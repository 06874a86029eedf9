package versus.svm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.time.Duration;
import java.util.function.IntToLongFunction;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.train.History;
import versus.train.Learner;

/**
 * C-SVC with a kernel, trained by {@link Smo} (LIBSVM's algorithm without shrinking, eps = 1e-3,
 * a 100 MB kernel row cache per machine, one shared by all the one-vs-rest machines) and combined
 * over classes as {@link Multiclass} says; the model is a {@link KernelModel}. Training is
 * deterministic: the random generator is not used.
 *
 * <p>Records in the history a note per binary machine (SMO iterations, support vectors, dual
 * objective, and whether the iteration limit max(10^7, 100 n) stopped it), and at epoch 1
 * {@code support-vectors} (distinct support vectors of the model) and {@code dual-objective}
 * (1/2 a^T Q a - e^T a, summed over the machines); the model's diagnostics say whether every
 * machine met eps ({@code converged}) and the largest final violation ({@code final-violation}).
 *
 * @param c         C, the bound on every a_i: the weight of the hinge losses against 1/2 ||w||^2
 * @param timeLimit a wall-clock limit on the whole fit (a seconds budget): each binary machine's
 *                  SMO gets an equal share of the time still left when it starts (so setup counts
 *                  against the limit) and stops where it is when that runs out
 */
public record KernelSvm(Kernel kernel, double c, Multiclass strategy, Optional<Duration> timeLimit) implements Learner {
    /** The stopping tolerance of every machine's SMO: LIBSVM's eps, a maximal violation below 1e-3. */
    public static final double TOLERANCE = Smo.DEFAULT_EPS;

    public KernelSvm {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(strategy, "multiclass");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (!(c > 0 && c < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("C must be > 0 and finite, got " + c);
        }
    }

    /** Without a time limit. */
    public KernelSvm(Kernel kernel, double c, Multiclass strategy) {
        this(kernel, c, strategy, Optional.empty());
    }

    /** One-vs-one, as LIBSVM and scikit-learn's SVC. */
    public KernelSvm(Kernel kernel, double c) {
        this(kernel, c, Multiclass.ONE_VS_ONE);
    }

    @Override
    public KernelModel fit(Dataset train, RandomGenerator rng, History history) {
        return fit(train, history, Smo::defaultMaxIterations);
    }

    /** One binary problem: the rows it is trained on and their labels +1 / -1. */
    private record Machine(String name, int[] rows, double[] y) {
    }

    /** {@link #fit} with the SMO iteration limit as a function of the machine's row count. */
    KernelModel fit(Dataset train, History history, IntToLongFunction iterationLimit) {
        int k = train.numClasses();
        if (k < 2) {
            throw new IllegalArgumentException("a kernel SVM needs at least 2 classes, got " + k);
        }
        long end = timeLimit.map(d -> System.nanoTime() + d.toNanos()).orElse(0L);
        double[] x = train.features();
        int cols = train.cols();
        List<Machine> machines = machines(train);
        Smo.Solution[] solutions = new Smo.Solution[machines.size()];
        KernelCache cache = null;
        double objective = 0;
        for (int t = 0; t < solutions.length; t++) {
            Machine mc = machines.get(t);
            // one-vs-rest machines share the one array of all rows, and with it the kernel rows
            if (cache == null || cache.rows() != mc.rows()) {
                cache = new KernelCache(kernel, x, cols, mc.rows(), KernelCache.DEFAULT_BYTES);
            }
            long limit = iterationLimit.applyAsLong(mc.rows().length);
            Smo.Solution s = Smo.solve(cache, mc.y(), c, Smo.DEFAULT_EPS, limit, timeLimit.isPresent() ? deadline(end, solutions.length - t)
                    : Long.MAX_VALUE);
            solutions[t] = s;
            objective += s.objective();
            history.note(describe(mc, s, s.iterations() < limit));
        }
        KernelModel model = assemble(train, machines, solutions);
        history.add(1, "support-vectors", model.numSupportVectors());
        history.add(1, "dual-objective", objective);
        return model;
    }

    /** An equal share of the time left until {@code end} for each of the {@code machinesLeft} machines still to train. */
    private static long deadline(long end, int machinesLeft) {
        long now = System.nanoTime();
        return now + Math.max(0, end - now) / machinesLeft;
    }

    private List<Machine> machines(Dataset d) {
        int k = d.numClasses();
        int[] labels = d.labels();
        List<String> names = d.classNames();
        int[] all = new int[d.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<Machine> out = new ArrayList<>();
        if (k == 2) {
            out.add(new Machine(names.get(1) + " vs " + names.get(0), all, signs(labels, all, 1)));
        } else if (strategy == Multiclass.ONE_VS_REST) {
            for (int c = 0; c < k; c++) {
                out.add(new Machine(names.get(c) + " vs rest", all, signs(labels, all, c)));
            }
        } else {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    int[] rows = rowsOf(labels, a, b);
                    out.add(new Machine(names.get(b) + " vs " + names.get(a), rows, signs(labels, rows, b)));
                }
            }
        }
        return out;
    }

    /** +1 where the row's label is {@code positive}, else -1. */
    private static double[] signs(int[] labels, int[] rows, int positive) {
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = labels[rows[i]] == positive ? 1.0 : -1.0;
        }
        return y;
    }

    /** The rows labelled a or b, in row order. */
    private static int[] rowsOf(int[] labels, int a, int b) {
        int n = 0;
        for (int v : labels) {
            if (v == a || v == b) {
                n++;
            }
        }
        int[] rows = new int[n];
        n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == a || labels[i] == b) {
                rows[n++] = i;
            }
        }
        return rows;
    }

    /** Copies the union of the machines' support vectors, in training row order, into one model. */
    private KernelModel assemble(Dataset train, List<Machine> machines, Smo.Solution[] solutions) {
        int n = train.rows();
        int cols = train.cols();
        int[] slot = new int[n];
        int terms = 0;
        for (int t = 0; t < solutions.length; t++) {
            int[] rows = machines.get(t).rows();
            double[] alpha = solutions[t].alpha();
            for (int i = 0; i < rows.length; i++) {
                if (alpha[i] > 0) {
                    slot[rows[i]] = 1;
                    terms++;
                }
            }
        }
        int m = 0;
        for (int r = 0; r < n; r++) {
            slot[r] = slot[r] != 0 ? m++ : -1;
        }
        double[] sv = new double[m * cols];
        for (int r = 0; r < n; r++) {
            if (slot[r] >= 0) {
                System.arraycopy(train.features(), r * cols, sv, slot[r] * cols, cols);
            }
        }
        int[] start = new int[solutions.length + 1];
        int[] svOf = new int[terms];
        double[] coef = new double[terms];
        double[] bias = new double[solutions.length];
        int p = 0;
        for (int t = 0; t < solutions.length; t++) {
            Machine mc = machines.get(t);
            double[] alpha = solutions[t].alpha();
            start[t] = p;
            for (int i = 0; i < alpha.length; i++) {
                if (alpha[i] > 0) {
                    svOf[p] = slot[mc.rows()[i]];
                    coef[p] = alpha[i] * mc.y()[i];
                    p++;
                }
            }
            bias[t] = solutions[t].bias();
        }
        start[solutions.length] = p;
        boolean converged = true;
        double violation = 0;
        for (Smo.Solution s : solutions) {
            converged &= s.converged();
            violation = Math.max(violation, s.gap());
        }
        return new KernelModel(kernel, train.numClasses(), strategy, cols, sv, start, svOf, coef, bias, converged, violation);
    }

    private String describe(Machine mc, Smo.Solution s, boolean outOfTime) {
        int atC = 0;
        for (double a : s.alpha()) {
            if (a >= c) {
                atC++;
            }
        }
        String text = String.format(Locale.ROOT, "kernel-svm %s: %d rows, %d SMO iterations, %d support vectors (%d at C), dual objective %.6g",
                mc.name(), mc.rows().length, s.iterations(), s.numSupportVectors(), atC, s.objective());
        return s.converged() ? text
                : text + String.format(Locale.ROOT, "; stopped %s with violation %.3g > eps %.3g",
                        outOfTime ? "by the seconds budget" : "at the iteration limit", s.gap(), Smo.DEFAULT_EPS);
    }
}
