package versus.structured;

import java.util.Arrays;
import versus.data.Dataset;
import versus.model.MultiLabelClassifier;
import versus.train.History;

/**
 * The 1-slack cutting-plane algorithm for the structured SVM with margin rescaling (Joachims,
 * Finley and Yu 2009, "Cutting-plane training of structural SVMs", Machine Learning 77,
 * Algorithm 4). The 1-slack primal
 * <pre>  min_{w, xi &gt;= 0} lambda/2 ||w||^2 + xi  s.t.  &lt;w, g_c&gt; &gt;= Delta_c - xi  for every joint labelling c,
 *  g_c = 1/n sum_i (psi(x_i, y_i) - psi(x_i, ybar_i)),  Delta_c = 1/n sum_i Delta_H(y_i, ybar_i)</pre>
 * has the same optimum as the n-slack one. Each iteration finds the most violated joint
 * constraint by loss-augmented inference on every row, stops when it is violated by at most
 * epsilon more than the current slack, and otherwise adds it to the working set and re-solves
 * the dual over the working set,
 * <pre>  max_{alpha &gt;= 0, sum alpha &lt;= 1} sum_c alpha_c Delta_c - 1/(2 lambda) ||sum_c alpha_c g_c||^2,
 *  w = 1/lambda sum_c alpha_c g_c,</pre>
 * by SMO-style pair updates with exact line search on the simplex (a zero constraint carries
 * the slack of sum alpha &lt;= 1). All weights, biases included, are penalised. Per iteration the
 * primal {@code objective} F(w) and the {@code dual} value (a lower bound on min F) go to the
 * history.
 */
final class CuttingPlane {
    /** Stop the dual solver when the best pair's gradient gap is below this. */
    private static final double QP_TOLERANCE = 1e-10;
    private static final int QP_MAX_STEPS = 1_000_000;

    private final double lambda;
    private final int p;
    private double[][] planes = new double[16][];   // g_c, c = 1..m (index 0 is the zero constraint)
    private double[] delta = new double[16];
    private double[][] gram = new double[16][16];   // <g_c, g_d>
    private double[] alpha = new double[16];
    private double[] gramAlpha = new double[16];    // (H alpha)_c
    private int m;                                   // constraints including the zero one

    private CuttingPlane(double lambda, int p) {
        this.lambda = lambda;
        this.p = p;
        planes[0] = new double[p];
        alpha[0] = 1;
        m = 1;
    }

    /**
     * @param budget a gradient-evaluation limit (an iteration costs n, and one that would pass the
     *               limit is not started; the first always runs) or a seconds limit, checked after
     *               every iteration
     */
    static MultiLabelClassifier fit(StructuredSvmSpec spec, double epsilon, Dataset train, History history,
                                    java.util.Optional<versus.train.Budget> budget) {
        versus.train.BudgetLimits limits = versus.train.BudgetLimits.start(budget);
        int lastIteration = budget.isPresent() ? Integer.MAX_VALUE : spec.epochs();
        boolean exhausted = false;
        int iterations = 0;
        int labels = train.labelSets().numLabels();
        JointModel model = new JointModel(labels, train.cols(), spec.labelPairs());
        int p = model.numParameters();
        CuttingPlane qp = new CuttingPlane(spec.lambda(), p);
        double[] w = new double[p];
        double[] g = new double[p];
        double[] x = train.features();
        byte[] truth = train.labelSets().matrix();
        int n = train.rows();
        boolean converged = false;
        double violation = Double.NaN;
        for (int iteration = 1; iteration <= lastIteration && !converged && !exhausted; iteration++) {
            iterations = iteration;
            Arrays.fill(g, 0);
            double hinge = 0;
            for (int i = 0; i < n; i++) {
                // adds -(1/n) (psi(ybar) - psi(y)) = (1/n) (psi(y) - psi(ybar))
                hinge += model.hinge(w, x, train.offset(i), truth, i * labels, -1.0 / n, g);
            }
            hinge /= n;   // = Delta_c - <w, g_c> for the most violated joint constraint
            double half = 0.5 * spec.lambda() * dot(w, w);
            history.add(iteration, "objective", half + hinge);
            history.add(iteration, "dual", qp.dualValue());
            violation = hinge - qp.slack(w);
            converged = violation <= epsilon;
            if (!converged) {
                qp.add(g, hinge + dot(w, g));
                qp.solve();
                qp.weights(w);
            }
            exhausted = (long) (iteration + 1) * n > limits.maxEvaluations() || limits.timeUp();
        }
        if (exhausted && !converged) {
            history.note(budget.orElseThrow().amount() + " budget spent after iteration " + iterations + " (most violated constraint "
                    + violation + " above the slack, tolerance " + epsilon + ")");
        } else if (!converged) {
            history.note("cutting plane stopped after " + spec.epochs() + " iterations with the most violated constraint "
                    + violation + " above the slack (tolerance " + epsilon + ")");
        }
        return new StructuredSvmClassifier(model, w, train.classNames(), train.labelSets().names(),
                new versus.train.Trainer.Usage(iterations, (long) iterations * n));
    }

    /** xi = max(0, max_c Delta_c - &lt;w, g_c&gt;) over the working set. */
    private double slack(double[] w) {
        double xi = 0;
        for (int c = 1; c < m; c++) {
            xi = Math.max(xi, delta[c] - dot(w, planes[c]));
        }
        return xi;
    }

    private void add(double[] g, double offset) {
        if (m == planes.length) {
            int cap = 2 * m;
            planes = Arrays.copyOf(planes, cap);
            delta = Arrays.copyOf(delta, cap);
            alpha = Arrays.copyOf(alpha, cap);
            gramAlpha = Arrays.copyOf(gramAlpha, cap);
            double[][] bigger = new double[cap][cap];
            for (int c = 0; c < m; c++) {
                System.arraycopy(gram[c], 0, bigger[c], 0, m);
            }
            gram = bigger;
        }
        planes[m] = g.clone();
        delta[m] = offset;
        alpha[m] = 0;
        double ga = 0;
        for (int c = 0; c <= m; c++) {
            double h = dot(planes[m], planes[c]);
            gram[m][c] = h;
            gram[c][m] = h;
            ga += h * alpha[c];
        }
        gramAlpha[m] = ga;
        m++;
    }

    /** SMO on the simplex: move mass from the worst used constraint to the best, exact line search. */
    private void solve() {
        for (int step = 0; step < QP_MAX_STEPS; step++) {
            int up = 0;
            int down = -1;
            for (int c = 0; c < m; c++) {
                double gc = gradient(c);
                if (gc > gradient(up)) {
                    up = c;
                }
                if (alpha[c] > 0 && (down < 0 || gc < gradient(down))) {
                    down = c;
                }
            }
            double gap = gradient(up) - gradient(down);
            if (up == down || gap <= QP_TOLERANCE) {
                return;
            }
            double curvature = (gram[up][up] + gram[down][down] - 2 * gram[up][down]) / lambda;
            double t = curvature > 0 ? Math.min(alpha[down], gap / curvature) : alpha[down];
            alpha[up] += t;
            alpha[down] -= t;
            for (int c = 0; c < m; c++) {
                gramAlpha[c] += t * (gram[c][up] - gram[c][down]);
            }
        }
    }

    /** d/d alpha_c of the dual: Delta_c - (H alpha)_c / lambda. */
    private double gradient(int c) {
        return delta[c] - gramAlpha[c] / lambda;
    }

    private double dualValue() {
        double linear = 0;
        double quadratic = 0;
        for (int c = 0; c < m; c++) {
            linear += alpha[c] * delta[c];
            quadratic += alpha[c] * gramAlpha[c];
        }
        return linear - quadratic / (2 * lambda);
    }

    /** w = 1/lambda sum_c alpha_c g_c. */
    private void weights(double[] w) {
        Arrays.fill(w, 0);
        for (int c = 1; c < m; c++) {
            double a = alpha[c] / lambda;
            if (a != 0) {
                double[] g = planes[c];
                for (int j = 0; j < p; j++) {
                    w[j] += a * g[j];
                }
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
