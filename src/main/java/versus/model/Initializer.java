package versus.model;

import java.util.random.RandomGenerator;

/**
 * How the weights of one layer (fan-in inputs, fan-out outputs) are drawn before training.
 * Biases are not passed here: models set them to zero.
 */
public interface Initializer {
    String name();

    /** Fills {@code w[offset .. offset+count-1]}. */
    void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng);

    /** All zeros: the convex models' usual start (breaks no symmetry, so not for hidden layers). */
    record Zero() implements Initializer {
        @Override public String name() { return "zero"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            java.util.Arrays.fill(w, offset, offset + count, 0.0);
        }
    }

    /** Every weight equal to {@code value}. */
    record Constant(double value) implements Initializer {
        public Constant {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite, got " + value);
            }
        }

        @Override public String name() { return "constant"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            java.util.Arrays.fill(w, offset, offset + count, value);
        }
    }

    /** U(-a, a). */
    record Uniform(double a) implements Initializer {
        public Uniform {
            if (!(a > 0) || !Double.isFinite(a)) {
                throw new IllegalArgumentException("a must be > 0, got " + a);
            }
        }

        @Override public String name() { return "uniform"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            for (int i = 0; i < count; i++) {
                w[offset + i] = (2 * rng.nextDouble() - 1) * a;
            }
        }
    }

    /** N(0, std^2). */
    record Normal(double std) implements Initializer {
        public Normal {
            if (!(std > 0) || !Double.isFinite(std)) {
                throw new IllegalArgumentException("std must be > 0, got " + std);
            }
        }

        @Override public String name() { return "normal"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            for (int i = 0; i < count; i++) {
                w[offset + i] = rng.nextGaussian() * std;
            }
        }
    }

    /** Glorot and Bengio (2010): U(-a, a) with a = sqrt(6 / (fanIn + fanOut)). */
    record Xavier() implements Initializer {
        @Override public String name() { return "xavier"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            new Uniform(Math.sqrt(6.0 / (fanIn + fanOut))).fill(w, offset, count, fanIn, fanOut, rng);
        }
    }

    /** Glorot and Bengio (2010), normal form: N(0, 2 / (fanIn + fanOut)). */
    record XavierNormal() implements Initializer {
        @Override public String name() { return "xavier-normal"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            new Normal(Math.sqrt(2.0 / (fanIn + fanOut))).fill(w, offset, count, fanIn, fanOut, rng);
        }
    }

    /** He et al. (2015) for ReLU layers: N(0, 2 / fanIn). */
    record Kaiming() implements Initializer {
        @Override public String name() { return "kaiming"; }

        @Override
        public void fill(double[] w, int offset, int count, int fanIn, int fanOut, RandomGenerator rng) {
            new Normal(Math.sqrt(2.0 / fanIn)).fill(w, offset, count, fanIn, fanOut, rng);
        }
    }
}
