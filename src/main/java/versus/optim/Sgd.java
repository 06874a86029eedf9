package versus.optim;

/**
 * (Stochastic) gradient descent {@code w <- w - eta_t g}. Full-batch gradient descent is this
 * optimizer with the whole training set as one batch.
 */
public record Sgd(Schedule schedule) implements OptimizerSpec {
    /** The learning rate of plain, momentum and AdaGrad steps when the YAML gives none. */
    public static final double DEFAULT_RATE = 0.01;

    public Sgd {
        java.util.Objects.requireNonNull(schedule, "schedule");
    }

    @Override public String name() { return "sgd"; }

    @Override
    public Optimizer create(int numParameters) {
        return new StepCounter(schedule) {
            @Override
            void update(double[] w, double[] g, double rate, long t) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= rate * g[i];
                }
            }
        };
    }
}
