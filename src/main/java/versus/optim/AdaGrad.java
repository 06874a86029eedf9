package versus.optim;

/**
 * AdaGrad (Duchi, Hazan and Singer 2011): {@code G <- G + g^2; w <- w - eta g / (sqrt(G) + eps)}.
 * The seeds put eps inside the root (errata C03); with eps = 1e-8 the two differ only where G ~ 0.
 */
public record AdaGrad(Schedule schedule, double epsilon) implements OptimizerSpec {
    /** eps 1e-8 keeps the first step finite where a coordinate's gradient is 0. */
    public static final double DEFAULT_EPSILON = 1e-8;

    public AdaGrad {
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
    }

    @Override public String name() { return "adagrad"; }

    @Override
    public Optimizer create(int numParameters) {
        double[] sum = new double[numParameters];
        return new StepCounter(schedule) {
            @Override
            void update(double[] w, double[] g, double rate, long t) {
                for (int i = 0; i < w.length; i++) {
                    sum[i] += g[i] * g[i];
                    w[i] -= rate * g[i] / (Math.sqrt(sum[i]) + epsilon);
                }
            }
        };
    }
}
