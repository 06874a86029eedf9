package versus.optim;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1): {@code m <- b1 m + (1-b1) g; v <- b2 v + (1-b2) g^2;
 * w <- w - eta mhat / (sqrt(vhat) + eps)} with {@code mhat = m / (1 - b1^t)}, {@code vhat = v / (1 - b2^t)}.
 */
public record Adam(Schedule schedule, double beta1, double beta2, double epsilon) implements OptimizerSpec {
    /** The paper's defaults (Kingma and Ba 2015, Algorithm 1): eta 0.001, b1 0.9, b2 0.999, eps 1e-8. */
    public static final double DEFAULT_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
    }

    /** The paper's defaults at the given learning rate. */
    public static Adam withRate(double rate) {
        return new Adam(new Schedule.Constant(rate), DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override public String name() { return "adam"; }

    @Override
    public Optimizer create(int numParameters) {
        double[] m = new double[numParameters];
        double[] v = new double[numParameters];
        return new StepCounter(schedule) {
            @Override
            void update(double[] w, double[] g, double rate, long t) {
                double c1 = 1 - Math.pow(beta1, t);
                double c2 = 1 - Math.pow(beta2, t);
                for (int i = 0; i < w.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    w[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
                }
            }
        };
    }
}
