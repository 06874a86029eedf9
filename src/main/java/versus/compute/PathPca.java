package versus.compute;

import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import versus.math.Vectors;

/**
 * The top two principal directions of a parameter trajectory centred at its final point (Li, Xu,
 * Taylor, Studer and Goldstein 2018, "Visualizing the loss landscape of neural nets", NeurIPS,
 * section 7): with M = [theta_i - theta_T] (one row per snapshot) the leading right singular
 * vectors of M, from the eigenvectors u of the small Gram matrix M M^T as M^T u / ||M^T u|| (the
 * method of snapshots, Sirovich 1987: m snapshots of p parameters cost an m x m eigenproblem, not
 * p x p), then Gram-Schmidt against rounding. When the path is a straight line the second
 * direction is any unit vector orthogonal to the first (the projection on it is 0 everywhere).
 * {@link Pca} is the same analysis of many short rows, centred at their mean.
 *
 * @param v1         first direction (unit length)
 * @param v2         second direction (unit length, orthogonal to v1)
 * @param x          projection of each snapshot on v1: (theta_i - theta_T) . v1
 * @param y          projection on v2
 * @param explained1 fraction of sum_i ||theta_i - theta_T||^2 along v1
 * @param explained2 the same along v2
 */
public record PathPca(double[] v1, double[] v2, double[] x, double[] y, double explained1, double explained2) {

    /** The PCA of the snapshots (at least 2, all of one length, not all equal); not modified. */
    public static PathPca of(List<double[]> snapshots) {
        double[][] diff = differences(snapshots);
        int m = diff.length;
        int p = diff[0].length;
        double[][] gram = new double[m][m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double d = Vectors.dot(diff[i], 0, diff[j], 0, p);
                gram[i][j] = d;
                gram[j][i] = d;
            }
            total += gram[i][i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the trajectory never leaves its final point: no direction to project on");
        }
        double[][] v = directions(diff, gram);
        double[] x = new double[m];
        double[] y = new double[m];
        double along1 = 0;
        double along2 = 0;
        for (int i = 0; i < m; i++) {
            x[i] = Vectors.dot(diff[i], 0, v[0], 0, p);
            y[i] = Vectors.dot(diff[i], 0, v[1], 0, p);
            along1 += x[i] * x[i];
            along2 += y[i] * y[i];
        }
        return new PathPca(v[0], v[1], x, y, along1 / total, along2 / total);
    }

    /** theta_i - theta_T for every snapshot i. */
    private static double[][] differences(List<double[]> snapshots) {
        int m = snapshots.size();
        if (m < 2) {
            throw new IllegalArgumentException("a trajectory needs at least 2 parameter snapshots, got " + m);
        }
        double[] last = snapshots.get(m - 1);
        int p = last.length;
        double[][] diff = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] s = snapshots.get(i);
            if (s.length != p) {
                throw new IllegalArgumentException("snapshot " + i + " has " + s.length + " parameters, the final one " + p);
            }
            diff[i] = new double[p];
            for (int k = 0; k < p; k++) {
                diff[i][k] = s[k] - last[k];
            }
        }
        return diff;
    }

    /** {v1, v2} from the two leading eigenvectors of the Gram matrix. */
    private static double[][] directions(double[][] diff, double[][] gram) {
        int p = diff[0].length;
        EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(gram));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = Pca.descending(values);
        RealMatrix u = eig.getV();
        double[] v1 = combine(diff, u.getColumn(order[0]));
        normalize(v1);
        double[] v2 = values[order[1]] > 1e-12 * values[order[0]] ? combine(diff, u.getColumn(order[1])) : new double[p];
        orthogonalize(v2, v1);
        if (!normalize(v2)) {
            // a straight path: any direction orthogonal to v1, from the coordinate axis least aligned with it
            int axis = 0;
            for (int k = 1; k < p; k++) {
                if (Math.abs(v1[k]) < Math.abs(v1[axis])) {
                    axis = k;
                }
            }
            v2 = new double[p];
            v2[axis] = 1;
            orthogonalize(v2, v1);
            normalize(v2);
        }
        return new double[][] {v1, v2};
    }

    /** sum_i c_i rows_i. */
    private static double[] combine(double[][] rows, double[] c) {
        double[] out = new double[rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            Vectors.axpy(c[i], rows[i], 0, out, 0, out.length);
        }
        return out;
    }

    /** v -= (v . unit) unit, twice (classical Gram-Schmidt loses orthogonality once). */
    private static void orthogonalize(double[] v, double[] unit) {
        for (int pass = 0; pass < 2; pass++) {
            double d = Vectors.dot(v, 0, unit, 0, v.length);
            Vectors.axpy(-d, unit, 0, v, 0, v.length);
        }
    }

    /** Scales v to unit length; false (v unchanged) when it is numerically 0. */
    private static boolean normalize(double[] v) {
        double n = Math.sqrt(Vectors.dot(v, 0, v, 0, v.length));
        if (!(n > 1e-300)) {
            return false;
        }
        for (int k = 0; k < v.length; k++) {
            v[k] /= n;
        }
        return true;
    }
}
