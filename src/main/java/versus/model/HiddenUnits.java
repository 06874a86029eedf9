package versus.model;

/**
 * What a hidden layer computes from its affine outputs z: an element-wise {@link Activation}, or a
 * unit with parameters of its own (PReLU's learned slope, maxout's k pieces). Works on a block of
 * n rows: z is row-major (n x units*pieces), the outputs a are (n x units). Unit parameters live in
 * the model's flat array at {@code offset}, {@link #parametersPerUnit()} per unit, unpenalised.
 */
public sealed interface HiddenUnits permits HiddenUnits.Pointwise, HiddenUnits.PRelu, HiddenUnits.Maxout {
    /** Canonical name as accepted in YAML ({@code activation:}). */
    String name();

    /** Affine outputs per unit: k for maxout, 1 otherwise. */
    default int pieces() {
        return 1;
    }

    default int parametersPerUnit() {
        return 0;
    }

    /** False when no gradient flows through the units (see {@link Activation#trainable()}). */
    default boolean trainable() {
        return true;
    }

    /** Sets the starting values of the unit parameters {@code w[offset .. offset + units*parametersPerUnit - 1]}. */
    default void initializeUnits(double[] w, int offset, int units) {
    }

    /** {@code a = g(z)} for n rows. */
    void forward(double[] z, double[] a, int n, int units, double[] w, int offset);

    /**
     * Backpropagates through the units: {@code dZ = dA * dg/dz} (distinct arrays; z and a as left
     * by {@link #forward}) and adds the gradient of the unit parameters to {@code grad[offset..]}.
     */
    void backward(double[] z, double[] a, double[] dA, double[] dZ, int n, int units, double[] w, int offset, double[] grad);

    /** The same scalar activation on every unit: a = f(z), dZ = dA .* f'(z). */
    record Pointwise(Activation f) implements HiddenUnits {
        public Pointwise {
            java.util.Objects.requireNonNull(f, "activation");
        }

        @Override public String name() { return f.name(); }
        @Override public boolean trainable() { return f.trainable(); }

        @Override
        public void forward(double[] z, double[] a, int n, int units, double[] w, int offset) {
            if (f instanceof Activation.Tanh) {
                // the vectorised batch tanh (within 6 ulp of Math.tanh); backward reads the stored values
                DenseKernels.tanh(z, a, n * units);
                return;
            }
            for (int i = 0, end = n * units; i < end; i++) {
                a[i] = f.value(z[i]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] dA, double[] dZ, int n, int units, double[] w, int offset,
                double[] grad) {
            for (int i = 0, end = n * units; i < end; i++) {
                dZ[i] = dA[i] * f.derivative(z[i], a[i]);
            }
        }
    }

    /**
     * Parametric ReLU (He, Zhang, Ren and Sun 2015): a_j = z_j for z_j > 0, s_j z_j otherwise, with
     * one learned slope s_j per unit, started at {@code initialSlope} (the paper's 0.25) and, as
     * there, not weight-decayed. da/ds_j = min(z_j, 0); da/dz_j at 0 is taken as s_j.
     */
    record PRelu(double initialSlope) implements HiddenUnits {
        public PRelu {
            if (!Double.isFinite(initialSlope)) {
                throw new IllegalArgumentException("prelu initial slope must be finite, got " + initialSlope);
            }
        }

        public PRelu() {
            this(0.25);
        }

        @Override public String name() { return "prelu"; }
        @Override public int parametersPerUnit() { return 1; }

        @Override
        public void initializeUnits(double[] w, int offset, int units) {
            java.util.Arrays.fill(w, offset, offset + units, initialSlope);
        }

        @Override
        public void forward(double[] z, double[] a, int n, int units, double[] w, int offset) {
            for (int r = 0, i = 0; r < n; r++) {
                for (int j = 0; j < units; j++, i++) {
                    double v = z[i];
                    a[i] = v > 0 ? v : w[offset + j] * v;
                }
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] dA, double[] dZ, int n, int units, double[] w, int offset,
                double[] grad) {
            for (int r = 0, i = 0; r < n; r++) {
                for (int j = 0; j < units; j++, i++) {
                    double v = z[i];
                    if (v > 0) {
                        dZ[i] = dA[i];
                    } else {
                        dZ[i] = dA[i] * w[offset + j];
                        grad[offset + j] += dA[i] * v;
                    }
                }
            }
        }
    }

    /**
     * Maxout (Goodfellow, Warde-Farley, Mirza, Courville and Bengio 2013): a_j = max_p z_{j,p} over
     * k affine pieces, stored adjacently (z index j*k + p). The gradient flows to the maximal piece
     * only, the first one on ties.
     */
    record Maxout(int pieces) implements HiddenUnits {
        public Maxout {
            if (pieces < 2) {
                throw new IllegalArgumentException("maxout pieces must be >= 2, got " + pieces);
            }
        }

        /** k = 2 pieces. */
        public Maxout() {
            this(2);
        }

        @Override public String name() { return "maxout"; }

        @Override
        public void forward(double[] z, double[] a, int n, int units, double[] w, int offset) {
            for (int i = 0, end = n * units; i < end; i++) {
                a[i] = z[argmax(z, i * pieces)];
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] dA, double[] dZ, int n, int units, double[] w, int offset,
                double[] grad) {
            java.util.Arrays.fill(dZ, 0, n * units * pieces, 0.0);
            for (int i = 0, end = n * units; i < end; i++) {
                dZ[argmax(z, i * pieces)] = dA[i];
            }
        }

        private int argmax(double[] z, int from) {
            int best = from;
            for (int p = from + 1; p < from + pieces; p++) {
                if (z[p] > z[best]) {
                    best = p;
                }
            }
            return best;
        }
    }
}
