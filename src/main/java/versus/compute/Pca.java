package versus.compute;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import versus.model.DenseKernels;

/**
 * Principal component analysis fitted on training rows: with the column means mu and the thin
 * SVD {@code X - 1 mu^T = U S V^T}, the first k right singular vectors V_k give the codes
 * {@code c = V_k^T (x - mu)} and the reconstruction {@code x^ = mu + V_k c}, the best rank-k
 * linear reconstruction in squared error (Eckart and Young 1936). A linear autoencoder with a
 * k-wide code trained to its minimum spans the same subspace (Baldi and Hornik 1989), so its
 * reconstruction error approaches this one.
 *
 * <p>V_k are computed as the top eigenvectors of the d x d scatter matrix (X - 1 mu^T)^T (X - 1 mu^T)
 * (one product through {@link DenseKernels}, then a symmetric eigendecomposition), not by an SVD
 * of the n x d data, whose cost grows with n: 20,000 x 400 takes well under a second instead of
 * minutes. Each direction's sign is fixed so that its largest entry in absolute value is positive.
 * {@link PathPca} is the same analysis for a few long rows (a parameter trajectory), through the
 * small Gram matrix instead of the scatter matrix.
 */
public final class Pca {
    private final int cols;
    private final int k;
    private final double[] mean;
    /** V_k^T: k rows of {@code cols} entries, row-major. */
    private final double[] components;

    private Pca(int cols, int k, double[] mean, double[] components) {
        this.cols = cols;
        this.k = k;
        this.mean = mean;
        this.components = components;
    }

    /** The first {@code min(k, rows, cols)} components of the {@code rows x cols} row-major {@code x}. */
    public static Pca fit(double[] x, int rows, int cols, int k) {
        if (rows < 1 || cols < 1 || k < 1) {
            throw new IllegalArgumentException("pca needs >= 1 row, column and component, got " + rows + " x " + cols + ", k " + k);
        }
        double[] mean = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += x[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        double[] centred = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                centred[i * cols + j] = x[i * cols + j] - mean[j];
            }
        }
        double[] scatter = new double[cols * cols];
        DenseKernels.addTransposedProduct(centred, 0, centred, 0, scatter, 0, cols, cols, rows);
        double[][] s = new double[cols][cols];
        for (int a = 0; a < cols; a++) {
            for (int b = 0; b < cols; b++) {
                s[a][b] = 0.5 * (scatter[a * cols + b] + scatter[b * cols + a]); // exactly symmetric for the symmetric solver
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(s, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = descending(values);
        int kept = Math.min(k, Math.min(rows, cols));
        double[] components = new double[kept * cols];
        for (int c = 0; c < kept; c++) {
            org.apache.commons.math3.linear.RealVector v = eigen.getEigenvector(order[c]);
            int largest = 0;
            for (int j = 1; j < cols; j++) {
                if (Math.abs(v.getEntry(j)) > Math.abs(v.getEntry(largest))) {
                    largest = j;
                }
            }
            double sign = v.getEntry(largest) < 0 ? -1 : 1;
            for (int j = 0; j < cols; j++) {
                components[c * cols + j] = sign * v.getEntry(j);
            }
        }
        return new Pca(cols, kept, mean, components);
    }

    /** The indices of {@code values} from the largest value down (a stable sort: ties keep index order). */
    static Integer[] descending(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        return order;
    }

    /** Number of components kept. */
    public int components() { return k; }

    /** The codes {@code V_k^T (x - mu)} of the row {@code x[offset ..]} into {@code code[0 .. k-1]}. */
    public void encode(double[] x, int offset, double[] code) {
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += components[c * cols + j] * (x[offset + j] - mean[j]);
            }
            code[c] = s;
        }
    }

    /** {@code x^ = mu + V_k V_k^T (x - mu)} of the row {@code x[offset ..]} into {@code out[0 .. cols-1]}. */
    public void reconstruct(double[] x, int offset, double[] code, double[] out) {
        encode(x, offset, code);
        System.arraycopy(mean, 0, out, 0, cols);
        for (int c = 0; c < k; c++) {
            double a = code[c];
            for (int j = 0; j < cols; j++) {
                out[j] += a * components[c * cols + j];
            }
        }
    }

    /** Mean over all entries of {@code (x^ - x)^2} over the {@code rows} rows of {@code x}. */
    public double meanSquaredError(double[] x, int rows) {
        double[] code = new double[k];
        double[] out = new double[cols];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            reconstruct(x, i * cols, code, out);
            for (int j = 0; j < cols; j++) {
                double r = out[j] - x[i * cols + j];
                total += r * r;
            }
        }
        return total / ((double) rows * cols);
    }
}
