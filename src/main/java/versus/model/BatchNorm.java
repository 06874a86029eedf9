package versus.model;

/**
 * Batch normalization of one hidden layer's {@code width} affine outputs u (Ioffe and Szegedy
 * 2015, "Batch normalization: accelerating deep network training by reducing internal covariate
 * shift", ICML, Algorithm 1). Per feature j over the n rows of a batch:
 * <pre>
 *   mu_j = (1/n) sum_i u_ij,   sigma2_j = (1/n) sum_i (u_ij - mu_j)^2,
 *   zhat_ij = (u_ij - mu_j) / sqrt(sigma2_j + eps),   y_ij = gamma_j zhat_ij + beta_j
 * </pre>
 * Training mode uses the batch's mu and sigma2 and folds them into running averages,
 * {@code r <- (1 - momentum) r + momentum * batch value}, the variance made unbiased by
 * n/(n-1) as in the paper's inference statistics (a batch of one row updates nothing: it has no
 * variance to estimate). Evaluation mode normalises with the running averages instead, so a
 * row's output no longer depends on its batch. Backward (the paper's section 3), with
 * {@code g = dL/dy}:
 * <pre>
 *   dL/dbeta_j = sum_i g_ij,   dL/dgamma_j = sum_i g_ij zhat_ij,
 *   dL/du_ij = gamma_j / sqrt(sigma2_j + eps) * (g_ij - dL/dbeta_j / n - zhat_ij dL/dgamma_j / n)
 * </pre>
 * with batch statistics (mu and sigma2 depend on every row, hence the two column sums), and
 * {@code gamma_j / sqrt(sigma2_j + eps) g_ij} with running ones. eps = 1e-5 and momentum 0.1 are
 * PyTorch's defaults. gamma and beta live in the model's parameter array; the running averages
 * are state of this object, not parameters (they get no gradient and no optimizer step).
 */
final class BatchNorm {
    static final double EPS = 1e-5;
    static final double MOMENTUM = 0.1;

    private final int width;
    private final double[] runningMean;
    private final double[] runningVar;
    /** Per-feature scratch of one call: the centre (batch mean), then the backward column sums. */
    private final double[] first;
    private final double[] second;

    BatchNorm(int width) {
        this.width = width;
        runningMean = new double[width];
        runningVar = new double[width];
        first = new double[width];
        second = new double[width];
        reset();
    }

    /** Running mean 0 and variance 1: before any training, evaluation normalises by (almost) nothing. */
    void reset() {
        java.util.Arrays.fill(runningMean, 0.0);
        java.util.Arrays.fill(runningVar, 1.0);
    }

    double[] runningMean() { return runningMean; }
    double[] runningVariance() { return runningVar; }

    /**
     * Normalises the n rows of u (n x width, row-major) in place into {@code y = gamma zhat + beta},
     * with batch statistics (updating the running averages) or the running ones, and keeps
     * {@code zhat} (n x width) and {@code invStd[j] = 1 / sqrt(sigma2_j + eps)} for {@link #backward}.
     */
    void forward(double[] u, int n, boolean batchStatistics, double[] w, int gammaOffset, int betaOffset,
            double[] zhat, double[] invStd) {
        double[] centre = batchStatistics ? first : runningMean;
        if (batchStatistics) {
            columnSums(u, n, first);
            for (int j = 0; j < width; j++) {
                first[j] /= n;
            }
            columnSquaredDeviations(u, n, first, second); // two passes: no cancellation of large means
            for (int j = 0; j < width; j++) {
                double variance = second[j] / n;
                invStd[j] = 1 / Math.sqrt(variance + EPS);
                if (n > 1) {
                    runningMean[j] += MOMENTUM * (first[j] - runningMean[j]);
                    runningVar[j] += MOMENTUM * (variance * n / (n - 1) - runningVar[j]);
                }
            }
        } else {
            for (int j = 0; j < width; j++) {
                invStd[j] = 1 / Math.sqrt(runningVar[j] + EPS);
            }
        }
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < width; j++, k++) {
                double z = (u[k] - centre[j]) * invStd[j];
                zhat[k] = z;
                u[k] = w[gammaOffset + j] * z + w[betaOffset + j];
            }
        }
    }

    /**
     * Overwrites {@code g = dL/dy} (n x width) with {@code dL/du} and adds dL/dgamma and dL/dbeta to
     * {@code grad}; zhat, invStd and the choice of statistics are those of the matching forward pass.
     */
    void backward(double[] g, int n, boolean batchStatistics, double[] zhat, double[] invStd, double[] w, int gammaOffset,
            int betaOffset, double[] grad) {
        columnSums(g, n, first);
        columnProductSums(g, zhat, n, second);
        // running statistics do not depend on the batch: their two correction terms vanish
        double perRow = batchStatistics ? 1.0 / n : 0;
        for (int j = 0; j < width; j++) {
            grad[betaOffset + j] += first[j];
            grad[gammaOffset + j] += second[j];
            first[j] *= perRow;
            second[j] *= perRow;
        }
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < width; j++, k++) {
                g[k] = w[gammaOffset + j] * invStd[j] * (g[k] - first[j] - zhat[k] * second[j]);
            }
        }
    }

    /** {@code out[j] = sum_i m_ij} over n rows. */
    private void columnSums(double[] m, int n, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < width; j++, k++) {
                out[j] += m[k];
            }
        }
    }

    /** {@code out[j] = sum_i a_ij b_ij} over n rows. */
    private void columnProductSums(double[] a, double[] b, int n, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < width; j++, k++) {
                out[j] += a[k] * b[k];
            }
        }
    }

    /** {@code out[j] = sum_i (m_ij - centre_j)^2} over n rows. */
    private void columnSquaredDeviations(double[] m, int n, double[] centre, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < width; j++, k++) {
                double d = m[k] - centre[j];
                out[j] += d * d;
            }
        }
    }
}
