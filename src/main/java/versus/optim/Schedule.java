package versus.optim;

/**
 * The learning rate as a function of the update step {@code t = 1, 2, ...} (counted per
 * optimizer step, i.e. per mini-batch, as in optax and Pegasos). Implementations are
 * validating records.
 */
@FunctionalInterface
public interface Schedule {
    double at(long t);

    private static void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, got " + v);
        }
    }

    /** eta_t = rate. */
    record Constant(double rate) implements Schedule {
        public Constant { positive("learning-rate", rate); }
        @Override public double at(long t) { return rate; }
    }

    /** eta_t = a / (b + t) (Robbins and Monro 1951; Bottou 2012 uses eta0 / (1 + eta0 lambda t)). */
    record Inverse(double a, double b) implements Schedule {
        public Inverse {
            positive("a", a);
            if (!(b >= 0) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("b must be a finite number >= 0, got " + b);
            }
        }

        @Override public double at(long t) { return a / (b + t); }
    }

    /** eta_t = rate / sqrt(t) (the classical rate for convex subgradient methods). */
    record InverseSqrt(double rate) implements Schedule {
        public InverseSqrt { positive("learning-rate", rate); }
        @Override public double at(long t) { return rate / Math.sqrt(t); }
    }

    /** eta_t = rate * factor^floor((t - 1) / every): drop by {@code factor} every {@code every} steps. */
    record Step(double rate, double factor, long every) implements Schedule {
        public Step {
            positive("learning-rate", rate);
            if (!(factor > 0 && factor <= 1)) {
                throw new IllegalArgumentException("factor must be in (0, 1], got " + factor);
            }
            if (every < 1) {
                throw new IllegalArgumentException("every must be >= 1, got " + every);
            }
        }

        @Override public double at(long t) { return rate * Math.pow(factor, (t - 1) / every); }
    }

    /** eta_t = rate * exp(-decay * (t - 1)). */
    record Exponential(double rate, double decay) implements Schedule {
        public Exponential {
            positive("learning-rate", rate);
            if (!(decay >= 0) || !Double.isFinite(decay)) {
                throw new IllegalArgumentException("decay must be a finite number >= 0, got " + decay);
            }
        }

        @Override public double at(long t) { return rate * Math.exp(-decay * (t - 1)); }
    }
}
