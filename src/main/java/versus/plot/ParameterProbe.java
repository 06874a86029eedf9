package versus.plot;

import versus.data.Dataset;
import versus.objective.TrainingObjective;

/**
 * Reads a training objective J at parameter vectors of the caller's choosing: each call copies
 * the vector into the model's live parameter array and measures J on fixed rows. The parameters
 * the model had when the probe was made are put back by {@link #close()}, so a figure leaves the
 * trained model as it found it. Not thread-safe (the objective and model own scratch buffers).
 */
final class ParameterProbe implements AutoCloseable {
    private final TrainingObjective objective;
    private final Dataset data;
    private final int[] rows;
    private final double[] live;
    private final double[] saved;

    /**
     * @param rows the rows J is measured on (for a pointwise objective also the units of its
     *             gradient); not modified
     */
    ParameterProbe(TrainingObjective objective, Dataset data, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("the objective needs at least one row to be measured on");
        }
        this.objective = objective;
        this.data = data;
        this.rows = rows.clone();
        this.live = objective.model().parameters();
        this.saved = live.clone();
    }

    /** The parameters the model had when the probe was made (a copy). */
    double[] original() {
        return saved.clone();
    }

    int dimension() {
        return live.length;
    }

    /** J(theta): mean loss over the rows plus the penalty. */
    double value(double[] theta) {
        load(theta);
        return objective.value(data, rows);
    }

    /** Overwrites {@code grad} with the full-batch gradient of J at theta and returns J(theta). */
    double valueAndGradient(double[] theta, double[] grad) {
        load(theta);
        return objective.valueAndGradient(data, rows, 0, rows.length, grad);
    }

    /** J at {@code origin + a d1 + b d2} for every node (a, b) of the mesh, node-major like {@link Mesh}. */
    double[] plane(Mesh m, double[] origin, double[] d1, double[] d2) {
        double[] theta = new double[origin.length];
        double[] out = new double[m.size()];
        for (int j = 0; j < m.n(); j++) {
            for (int i = 0; i < m.n(); i++) {
                double a = m.x(i);
                double b = m.y(j);
                for (int p = 0; p < theta.length; p++) {
                    theta[p] = origin[p] + a * d1[p] + b * d2[p];
                }
                out[j * m.n() + i] = value(theta);
            }
        }
        return out;
    }

    private void load(double[] theta) {
        if (theta.length != live.length) {
            throw new IllegalArgumentException("a parameter vector of length " + theta.length + " for a model with " + live.length + " parameters");
        }
        System.arraycopy(theta, 0, live, 0, live.length);
    }

    /** Puts the model's original parameters back. */
    @Override
    public void close() {
        System.arraycopy(saved, 0, live, 0, live.length);
    }
}
