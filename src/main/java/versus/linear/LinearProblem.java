package versus.linear;

/**
 * Dense training rows for the linear dual solvers: {@code x} row-major, {@code rows x cols},
 * already standardised by the caller; {@code labels[i]} in {@code 0..numClasses-1}. A class may
 * have no rows (the solvers then treat it as any other class with no examples).
 */
public record LinearProblem(double[] x, int rows, int cols, int[] labels, int numClasses) {
    public LinearProblem {
        if (rows < 1 || cols < 0) {
            throw new IllegalArgumentException("a linear problem needs at least one row and cols >= 0, got "
                    + rows + " x " + cols);
        }
        if (x.length != (long) rows * cols) {
            throw new IllegalArgumentException("x has " + x.length + " values, rows x cols is " + (long) rows * cols);
        }
        if (labels.length != rows) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries for " + rows + " rows");
        }
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be >= 1, got " + numClasses);
        }
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is outside 0.."
                        + (numClasses - 1));
            }
        }
    }

    /** {@code x_i . x_i + plus} for every row: the diagonal of the dual's Hessian. */
    double[] squaredNorms(double plus) {
        double[] q = new double[rows];
        for (int i = 0; i < rows; i++) {
            q[i] = versus.math.Vectors.dot(x, i * cols, x, i * cols, cols) + plus;
        }
        return q;
    }
}
