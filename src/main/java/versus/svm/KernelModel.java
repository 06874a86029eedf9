package versus.svm;

import java.util.Arrays;
import versus.math.Vectors;
import versus.model.Classifier;

/**
 * A trained kernel SVM: one or more binary machines f_t(x) = sum_s coef_ts K(sv_s, x) + b_t
 * over one shared set of support vectors, with coef_ts = a_s y_s (the dual coefficients).
 *
 * <p>Machines and scores by case (K classes):
 * <ul>
 * <li>K = 2: one machine, class 1 is +1; one score f(x), decided as f(x) >= 0 ? 1 : 0.
 * <li>{@link Multiclass#ONE_VS_ONE}: machines for the pairs (a, b), {@code a < b}, in the order (0,1),
 * (0,2), ..., (0,K-1), (1,2), ...; class b is +1 and f >= 0 votes for b. Score of class c =
 * votes_c + s_c / (3 (|s_c| + 1)), with s_c the sum of the decision values in favour of c
 * (f for the machines where c is +1, -f where it is -1). The fraction lies in (-1/3, 1/3), so
 * the argmax is the vote winner, ties broken by the larger s_c, then by the lowest class index
 * (scikit-learn's {@code decision_function_shape='ovr'} transform).
 * <li>{@link Multiclass#ONE_VS_REST}: machine c is class c (+1) against the rest; score of
 * class c = f_c(x); the argmax wins, the lowest index on ties.
 * </ul>
 * No probabilities. Not thread-safe: {@link #scores} uses scratch buffers.
 */
public final class KernelModel implements Classifier {
    private final Kernel kernel;
    private final int numClasses;
    private final Multiclass strategy;
    private final int cols;
    private final double[] sv;
    private final double[] svNorms;
    // machine t's terms are start[t] .. start[t+1]-1: coefficient coef[p] on support vector svOf[p]
    private final int[] start;
    private final int[] svOf;
    private final double[] coef;
    private final double[] bias;
    private final double[] kx;
    private final double[] dec;
    private final int[] votes;
    private final boolean converged;
    private final double finalViolation;

    /**
     * @param supportVectors m rows of {@code cols} features, row-major (kept, not copied)
     * @param start          length machines + 1, terms of machine t at start[t] .. start[t+1]-1
     * @param svOf           support-vector index of each term
     * @param coef           a_i y_i of each term
     * @param bias           b_t of each machine
     * @param converged      whether SMO met its eps on every machine before its iteration or time limit
     * @param finalViolation the largest final maximal violation m(a) - M(a) over the machines
     */
    KernelModel(Kernel kernel, int numClasses, Multiclass strategy, int cols, double[] supportVectors,
            int[] start, int[] svOf, double[] coef, double[] bias, boolean converged, double finalViolation) {
        int machines = strategy.machines(numClasses);
        if (bias.length != machines || start.length != machines + 1 || svOf.length != coef.length
                || start[machines] != coef.length || supportVectors.length % Math.max(1, cols) != 0) {
            throw new IllegalArgumentException("inconsistent kernel model layout");
        }
        this.kernel = kernel;
        this.numClasses = numClasses;
        this.strategy = strategy;
        this.cols = cols;
        this.sv = supportVectors;
        int m = cols == 0 ? 0 : supportVectors.length / cols;
        this.svNorms = Kernel.squaredNorms(supportVectors, m, cols);
        this.start = start;
        this.svOf = svOf;
        this.coef = coef;
        this.bias = bias;
        this.kx = new double[m];
        this.dec = new double[machines];
        this.votes = new int[numClasses];
        this.converged = converged;
        this.finalViolation = finalViolation;
    }

    public Kernel kernel() { return kernel; }
    public Multiclass strategy() { return strategy; }
    public int numMachines() { return bias.length; }
    public int numSupportVectors() { return kx.length; }

    /**
     * Written next to the test metrics of every split: the number of distinct support vectors,
     * {@code converged} (1 when SMO met its eps on every machine) and {@code final-violation}
     * (the largest final maximal violating-pair gap over the machines) against {@code tolerance}, SMO's eps.
     */
    @Override
    public java.util.Map<String, Double> diagnostics() {
        java.util.Map<String, Double> d = new java.util.LinkedHashMap<>();
        d.put("support-vectors", (double) numSupportVectors());
        d.put("converged", converged ? 1.0 : 0.0);
        d.put("final-violation", finalViolation);
        d.put("tolerance", Smo.DEFAULT_EPS);
        return d;
    }
    public int numFeatures() { return cols; }

    /** The support vectors, m rows of {@link #numFeatures()} values, row-major (a copy). */
    public double[] supportVectors() {
        return sv.clone();
    }

    /** a_s y_s of the binary machine, aligned with {@link #supportVectors()}; only for one machine. */
    public double[] dualCoefficients() {
        return dualCoefficients(onlyMachine());
    }

    /** b of the binary machine; only for one machine. */
    public double bias() {
        return bias[onlyMachine()];
    }

    /** Machine t's a_s y_s for every support vector s (0 where s is not one of its vectors). */
    public double[] dualCoefficients(int machine) {
        double[] out = new double[kx.length];
        for (int p = start[machine]; p < start[machine + 1]; p++) {
            out[svOf[p]] = coef[p];
        }
        return out;
    }

    public double bias(int machine) {
        return bias[machine];
    }

    /** Machine t's decision value f_t of the row x[offset ..]; machines in the order of the class comment. */
    public void decisionValues(double[] x, int offset, double[] out) {
        double sq = Vectors.dot(x, offset, x, offset, cols);
        for (int s = 0; s < kx.length; s++) {
            kx[s] = kernel.of(Vectors.dot(sv, s * cols, x, offset, cols), svNorms[s], sq);
        }
        for (int t = 0; t < bias.length; t++) {
            double f = bias[t];
            for (int p = start[t]; p < start[t + 1]; p++) {
                f += coef[p] * kx[svOf[p]];
            }
            out[t] = f;
        }
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    @Override
    public int numScores() {
        return numClasses == 2 ? 1 : numClasses;
    }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        decisionValues(x, offset, dec);
        if (numClasses == 2 || strategy == Multiclass.ONE_VS_REST) {
            System.arraycopy(dec, 0, out, 0, dec.length);
            return;
        }
        // out holds the votes' confidence sums s_c first, then the final scores
        Arrays.fill(out, 0, numClasses, 0.0);
        Arrays.fill(votes, 0);
        int t = 0;
        for (int a = 0; a < numClasses; a++) {
            for (int b = a + 1; b < numClasses; b++) {
                double f = dec[t++];
                votes[f >= 0 ? b : a]++;
                out[b] += f;
                out[a] -= f;
            }
        }
        for (int k = 0; k < numClasses; k++) {
            out[k] = votes[k] + out[k] / (3 * (Math.abs(out[k]) + 1));
        }
    }

    @Override
    public int decide(double[] scores) {
        return numClasses == 2 ? (scores[0] >= 0 ? 1 : 0) : Vectors.argmax(scores, numClasses);
    }

    @Override
    public boolean hasProbabilities() {
        return false;
    }

    @Override
    public void probabilities(double[] scores, double[] out) {
        throw new UnsupportedOperationException("a kernel SVM has no class probabilities");
    }

    private int onlyMachine() {
        if (bias.length != 1) {
            throw new IllegalStateException("this model has " + bias.length + " machines; pass the machine index");
        }
        return 0;
    }
}
