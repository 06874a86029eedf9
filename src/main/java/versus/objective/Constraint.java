package versus.objective;

import versus.model.Model;

/** A feasible set for the penalised parameters, enforced by projection after every optimizer step. */
public interface Constraint {
    String name();

    /** Moves the model's parameters to the nearest feasible point (in place). */
    void project(Model model);

    /**
     * The Euclidean ball {@code ||w|| <= radius} over the penalised parameters (biases free):
     * {@code w <- min(1, radius / ||w||) w}. Pegasos uses radius 1/sqrt(lambda), which contains
     * the optimum of the L2-regularised hinge objective (Shalev-Shwartz et al. 2007, Lemma 1).
     */
    record L2Ball(double radius) implements Constraint {
        public L2Ball {
            if (!(radius > 0) || !Double.isFinite(radius)) {
                throw new IllegalArgumentException("radius must be a finite number > 0, got " + radius);
            }
        }

        @Override
        public String name() {
            return "l2-ball";
        }

        @Override
        public void project(Model model) {
            double[] w = model.parameters();
            double sq = 0;
            for (int i = 0; i < w.length; i++) {
                if (model.penalized(i)) {
                    sq += w[i] * w[i];
                }
            }
            double norm = Math.sqrt(sq);
            if (norm <= radius) {
                return;
            }
            double shrink = radius / norm;
            for (int i = 0; i < w.length; i++) {
                if (model.penalized(i)) {
                    w[i] *= shrink;
                }
            }
        }
    }
}
