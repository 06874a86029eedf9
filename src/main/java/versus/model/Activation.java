package versus.model;

import versus.math.Vectors;

/**
 * A scalar activation {@code a = f(z)} applied element-wise to a layer's pre-activations z.
 * {@link #derivative(double)} is df/dz; at a kink each implementation names the one-sided value
 * it returns (the subgradient backpropagation uses there). Parameters are validated by the
 * compact constructors; {@link ActivationCatalog} names them for the YAML and {@code versus list}.
 */
public interface Activation {
    /** Canonical name as accepted in YAML. */
    String name();

    double value(double z);

    /** df/dz at z. */
    double derivative(double z);

    /**
     * df/dz when {@code a = f(z)} is already known. Backpropagation keeps the forward values
     * (the notes: "cache the forward variables"), so tanh and sigmoid need no second exponential.
     */
    default double derivative(double z, double a) {
        return derivative(z);
    }

    /**
     * False when f' is zero almost everywhere (step, sign): no gradient flows through f, so such
     * units can only be set by hand in a fixed network, never trained.
     */
    default boolean trainable() {
        return true;
    }

    /** f(z) = z. */
    record Identity() implements Activation {
        @Override public String name() { return "identity"; }
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z) { return 1; }
    }

    /** The threshold unit of McCulloch and Pitts (1943): f(z) = 1 for z >= 0, else 0 (f' = 0 everywhere it exists). */
    record Step() implements Activation {
        @Override public String name() { return "step"; }
        @Override public double value(double z) { return z >= 0 ? 1 : 0; }
        @Override public double derivative(double z) { return 0; }
        @Override public boolean trainable() { return false; }
    }

    /**
     * The perceptron's sgn unit: f(z) = +1 for z >= 0, -1 otherwise. Zero maps to +1 (unlike
     * {@link Math#signum}) so that the unit always fires one of its two values.
     */
    record Sign() implements Activation {
        @Override public String name() { return "sign"; }
        @Override public double value(double z) { return z >= 0 ? 1 : -1; }
        @Override public double derivative(double z) { return 0; }
        @Override public boolean trainable() { return false; }
    }

    /** The logistic function f(z) = 1 / (1 + e^-z), overflow-free for either sign; f' = f (1 - f). */
    record Sigmoid() implements Activation {
        @Override public String name() { return "sigmoid"; }
        @Override public double value(double z) { return Vectors.sigmoid(z); }
        @Override public double derivative(double z) { return derivative(z, value(z)); }
        @Override public double derivative(double z, double a) { return a * (1 - a); }
    }

    /**
     * f(z) = tanh z = (e^z - e^-z) / (e^z + e^-z); f' = 1 - f^2. Evaluated as in Moshier's Cephes
     * library (tanh.c): 1 - 2 / (e^{2|z|} + 1) for |z| >= 0.625, an odd rational minimax form
     * below; within 3 ulp of {@link Math#tanh} and ~3x faster, which matters because a tanh
     * network evaluates one per hidden unit per example.
     */
    record Tanh() implements Activation {
        private static final double P0 = -9.64399179425052238628E-1;
        private static final double P1 = -9.92877231001918586564E1;
        private static final double P2 = -1.61468768441708447952E3;
        private static final double Q0 = 1.12811678491632931402E2;
        private static final double Q1 = 2.23548839060100448583E3;
        private static final double Q2 = 4.84406305325125486048E3;

        @Override public String name() { return "tanh"; }

        @Override
        public double value(double z) {
            double abs = Math.abs(z);
            if (abs >= 0.625) {
                double t = 1 - 2 / (Math.exp(2 * abs) + 1); // exp overflow gives exactly 1
                return z < 0 ? -t : t;
            }
            double s = z * z;
            return z + z * s * ((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2);
        }

        @Override public double derivative(double z) { return derivative(z, value(z)); }
        @Override public double derivative(double z, double a) { return 1 - a * a; }
    }

    /** f(z) = max(-1, min(1, z)); f' = 1 on (-1, 1), 0 outside and at the kinks z = +-1. */
    record HardTanh() implements Activation {
        @Override public String name() { return "hard-tanh"; }
        @Override public double value(double z) { return Math.max(-1, Math.min(1, z)); }
        @Override public double derivative(double z) { return z > -1 && z < 1 ? 1 : 0; }
    }

    /** Rectified linear unit (Nair and Hinton 2010): f(z) = max(0, z); f'(0) is taken as 0. */
    record Relu() implements Activation {
        @Override public String name() { return "relu"; }
        /** Math.max: branch-free (a batch loop vectorises; random signs made a branch ~9x slower) and NaN stays NaN. */
        @Override public double value(double z) { return Math.max(z, 0.0); }
        @Override public double derivative(double z) { return z > 0 ? 1 : 0; }
    }

    /**
     * Leaky ReLU (Maas, Hannun and Ng 2013): f(z) = z for z > 0, alpha z otherwise; f'(0) is
     * taken as alpha (so alpha = 0 is {@link Relu} exactly).
     */
    record LeakyRelu(double alpha) implements Activation {
        public LeakyRelu {
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("leaky-relu alpha must be in [0, 1), got " + alpha);
            }
        }

        /** alpha = 0.01, the usual default. */
        public LeakyRelu() {
            this(0.01);
        }

        @Override public String name() { return "leaky-relu"; }
        /** max(z, alpha z) equals the two branches for alpha in [0, 1), without a branch. */
        @Override public double value(double z) { return Math.max(z, alpha * z); }
        @Override public double derivative(double z) { return z > 0 ? 1 : alpha; }
    }

    /**
     * Exponential linear unit (Clevert, Unterthiner and Hochreiter 2016): f(z) = z for z > 0,
     * alpha (e^z - 1) otherwise; f' = 1 for z > 0, alpha e^z = f + alpha otherwise (alpha at 0).
     * Not the seeds' max(alpha(e^z - 1), z) (errata E10), which exceeds z for large z.
     */
    record Elu(double alpha) implements Activation {
        public Elu {
            if (!(alpha > 0) || !Double.isFinite(alpha)) {
                throw new IllegalArgumentException("elu alpha must be a finite number > 0, got " + alpha);
            }
        }

        /** alpha = 1, the paper's choice (f is then continuously differentiable). */
        public Elu() {
            this(1);
        }

        @Override public String name() { return "elu"; }
        @Override public double value(double z) { return z > 0 ? z : alpha * Math.expm1(z); }
        @Override public double derivative(double z) { return z > 0 ? 1 : alpha * Math.exp(z); }
        @Override public double derivative(double z, double a) { return z > 0 ? 1 : a + alpha; }
    }

    /** f(z) = ln(1 + e^z), a smooth ReLU, overflow-free; f' = sigmoid(z). */
    record Softplus() implements Activation {
        @Override public String name() { return "softplus"; }
        @Override public double value(double z) { return Vectors.log1pExp(z); }
        @Override public double derivative(double z) { return Vectors.sigmoid(z); }
    }

    /** f(z) = arctan z, range (-pi/2, pi/2); f' = 1 / (1 + z^2). */
    record Arctan() implements Activation {
        @Override public String name() { return "arctan"; }
        @Override public double value(double z) { return Math.atan(z); }
        @Override public double derivative(double z) { return 1 / (1 + z * z); }
    }

    /** Softsign (Bergstra et al. 2009; Glorot and Bengio 2010): f(z) = z / (1 + |z|); f' = 1 / (1 + |z|)^2. */
    record Softsign() implements Activation {
        @Override public String name() { return "softsign"; }
        @Override public double value(double z) { return z / (1 + Math.abs(z)); }

        @Override
        public double derivative(double z) {
            double d = 1 + Math.abs(z);
            return 1 / (d * d);
        }
    }
}
