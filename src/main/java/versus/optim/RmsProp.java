package versus.optim;

/**
 * RMSProp (Tieleman and Hinton 2012): {@code E <- rho E + (1 - rho) g^2; w <- w - eta g / (sqrt(E) + eps)}.
 */
public record RmsProp(Schedule schedule, double rho, double epsilon) implements OptimizerSpec {
    /** Tieleman and Hinton (2012): rho 0.9; the rate 0.001 as Adam's; eps 1e-8. */
    public static final double DEFAULT_RATE = 0.001;
    public static final double DEFAULT_RHO = 0.9;
    public static final double DEFAULT_EPSILON = 1e-8;

    public RmsProp {
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in [0, 1), got " + rho);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
    }

    @Override public String name() { return "rmsprop"; }

    @Override
    public Optimizer create(int numParameters) {
        double[] mean = new double[numParameters];
        return new StepCounter(schedule) {
            @Override
            void update(double[] w, double[] g, double rate, long t) {
                for (int i = 0; i < w.length; i++) {
                    mean[i] = rho * mean[i] + (1 - rho) * g[i] * g[i];
                    w[i] -= rate * g[i] / (Math.sqrt(mean[i]) + epsilon);
                }
            }
        };
    }
}
