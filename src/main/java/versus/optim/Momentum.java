package versus.optim;

/**
 * Heavy-ball momentum (Polyak 1964): {@code v <- mu v - eta g; w <- w + v}. With
 * {@code nesterov} the step uses the look-ahead form of Sutskever et al. (2013) rewritten for a
 * gradient at the current point (Bengio et al. 2013): {@code w <- w - mu v_old + (1 + mu) v}.
 */
public record Momentum(Schedule schedule, double momentum, boolean nesterov) implements OptimizerSpec {
    /** The usual heavy-ball coefficient (Sutskever et al. 2013 use 0.9 and higher); the rate is SGD's. */
    public static final double DEFAULT_MOMENTUM = 0.9;

    public Momentum {
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    @Override public String name() { return nesterov ? "nesterov" : "momentum"; }

    @Override
    public Optimizer create(int numParameters) {
        double[] v = new double[numParameters];
        return new StepCounter(schedule) {
            @Override
            void update(double[] w, double[] g, double rate, long t) {
                for (int i = 0; i < w.length; i++) {
                    double old = v[i];
                    v[i] = momentum * old - rate * g[i];
                    w[i] += nesterov ? -momentum * old + (1 + momentum) * v[i] : v[i];
                }
            }
        };
    }
}
