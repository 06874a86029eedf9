package versus.data;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Two-dimensional, two-class teaching sets: the classification sets of TensorFlow Playground
 * (github.com/tensorflow/playground, {@code src/dataset.ts}), scikit-learn's {@code make_moons}, and a
 * linearly separable set with a known margin.
 *
 * <p>Every set has features {@code x1, x2}, classes {@code "0","1"} (the Playground's label -1 is
 * class 0, +1 is class 1), exactly {@code n} rows, and is a deterministic function of the
 * generator's state. Class 1 gets {@code ceil(n/2)} points and class 0 {@code floor(n/2)} before
 * any label noise; rows are shuffled at the end (Fisher-Yates), as the Playground shuffles before
 * it splits, so that a train-test cut of the first rows is not one class.
 *
 * <p>{@code noise} is in [0, 1] on the Playground's scale (its slider's 0..50 % is 0..0.5 here).
 */
public final class TeachingSets {
    /** The kinds accepted by {@link #generate}. */
    public enum Kind {
        XOR, CIRCLE, GAUSS, SPIRAL, MOONS, LINEAR;

        /** The YAML spelling. */
        public String token() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * Half-width of the empty strip around the {@code linear} set's boundary: every point has
     * {@code |w.x| >= LINEAR_MARGIN} with a unit normal {@code w}, so the two classes are at least
     * {@code 2 * LINEAR_MARGIN} apart when {@code noise = 0}.
     */
    public static final double LINEAR_MARGIN = 0.5;

    private static final List<String> FEATURES = List.of("x1", "x2");
    private static final List<String> CLASSES = List.of("0", "1");

    private TeachingSets() {}

    /** The kind names, as accepted by {@link #generate}. */
    public static List<String> kinds() {
        Kind[] all = Kind.values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].token();
        }
        return List.of(names);
    }

    /** Parses a kind name; the exception lists the allowed names. */
    public static Kind kind(String name) {
        for (Kind k : Kind.values()) {
            if (k.token().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown generator " + name + "; allowed: " + String.join(", ", kinds()));
    }

    /** {@link #generate(Kind, int, double, RandomGenerator)} by name. */
    public static Dataset generate(String kind, int n, double noise, RandomGenerator rng) {
        return generate(kind(kind), n, noise, rng);
    }

    /**
     * {@code n} points of the given kind.
     *
     * @param n     number of rows, at least 2
     * @param noise in [0, 1]; what it does depends on the kind (see each generator)
     */
    public static Dataset generate(Kind kind, int n, double noise, RandomGenerator rng) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, got " + n);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
        }
        Points p = new Points(n);
        switch (kind) {
            case XOR: xor(p, noise, rng); break;
            case CIRCLE: circle(p, noise, rng); break;
            case GAUSS: gauss(p, noise, rng); break;
            case SPIRAL: spiral(p, noise, rng); break;
            case MOONS: moons(p, noise, rng); break;
            case LINEAR: linear(p, noise, rng); break;
            default: throw new AssertionError(kind);
        }
        p.shuffle(rng);
        return new Dataset(kind.token(), p.x, p.y, FEATURES, CLASSES, null);
    }

    /**
     * Playground {@code classifyXORData}: x, y uniform in [-5, 5], pushed 0.3 away from the axes;
     * label 1 when {@code (x + ex)(y + ey) >= 0} with ex, ey uniform in [-5 noise, 5 noise]
     * (noise moves the point the label is taken from, not the point drawn).
     */
    private static void xor(Points p, double noise, RandomGenerator rng) {
        final double padding = 0.3;
        for (int i = 0; i < p.n; i++) {
            double x = uniform(rng, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = uniform(rng, -5, 5);
            y += y > 0 ? padding : -padding;
            double nx = uniform(rng, -5, 5) * noise;
            double ny = uniform(rng, -5, 5) * noise;
            p.set(i, x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0);
        }
    }

    /**
     * Playground {@code classifyCircleData}, radius R = 5: class 1 drawn at radius uniform in
     * [0, R/2], class 0 at radius uniform in [0.7 R, R], angle uniform; the label is whether the
     * point shifted by uniform [-R noise, R noise] per coordinate lies within R/2 of the origin.
     */
    private static void circle(Points p, double noise, RandomGenerator rng) {
        final double radius = 5;
        int inside = p.positives();
        for (int i = 0; i < p.n; i++) {
            double r = i < inside ? uniform(rng, 0, radius * 0.5) : uniform(rng, radius * 0.7, radius);
            double angle = uniform(rng, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double nx = uniform(rng, -radius, radius) * noise;
            double ny = uniform(rng, -radius, radius) * noise;
            p.set(i, x, y, Math.hypot(x + nx, y + ny) < radius * 0.5 ? 1 : 0);
        }
    }

    /**
     * Playground {@code classifyTwoGaussData}: class 1 ~ N((2, 2), v I), class 0 ~ N((-2, -2), v I)
     * with variance v = 0.5 + 7 noise (the Playground's linear map of noise 0..0.5 to 0.5..4).
     */
    private static void gauss(Points p, double noise, RandomGenerator rng) {
        double sd = Math.sqrt(0.5 + 7 * noise);
        int positives = p.positives();
        for (int i = 0; i < p.n; i++) {
            double c = i < positives ? 2 : -2;
            p.set(i, c + sd * rng.nextGaussian(), c + sd * rng.nextGaussian(), i < positives ? 1 : 0);
        }
    }

    /**
     * Playground {@code classifySpiralData}: two interleaved spirals of m points each, point i at
     * radius r = 5 i / m and angle t = 1.75 * 2 pi i / m + delta (delta = 0 for class 1, pi for
     * class 0), at (r sin t, r cos t) plus uniform [-noise, noise] per coordinate.
     */
    private static void spiral(Points p, double noise, RandomGenerator rng) {
        int positives = p.positives();
        for (int i = 0; i < p.n; i++) {
            boolean pos = i < positives;
            int m = pos ? positives : p.n - positives;
            int j = pos ? i : i - positives;
            double r = 5.0 * j / m;
            double t = 1.75 * j / m * 2 * Math.PI + (pos ? 0 : Math.PI);
            p.set(i, r * Math.sin(t) + uniform(rng, -1, 1) * noise, r * Math.cos(t) + uniform(rng, -1, 1) * noise, pos ? 1 : 0);
        }
    }

    /**
     * scikit-learn {@code make_moons}: class 0 on the upper half circle (cos s, sin s), class 1 on
     * (1 - cos s, 1 - sin s - 0.5), s evenly spaced over [0, pi] (numpy {@code linspace}), plus
     * N(0, noise^2) per coordinate. As there, class 0 gets floor(n/2) points.
     */
    private static void moons(Points p, double noise, RandomGenerator rng) {
        int inner = p.positives();
        int outer = p.n - inner;
        for (int i = 0; i < p.n; i++) {
            boolean in = i < inner;
            int m = in ? inner : outer;
            int j = in ? i : i - inner;
            double s = m == 1 ? 0 : Math.PI * j / (m - 1);
            double x = in ? 1 - Math.cos(s) : Math.cos(s);
            double y = in ? 1 - Math.sin(s) - 0.5 : Math.sin(s);
            p.set(i, x + noise * rng.nextGaussian(), y + noise * rng.nextGaussian(), in ? 1 : 0);
        }
    }

    /**
     * Linearly separable with a margin, so that a hard-margin SVM has a clean answer. A unit normal
     * w = (cos a, sin a) with a uniform in [0, 2 pi) defines the boundary w.x = 0 through the origin.
     * Each point is drawn uniform in [-5, 5]^2, redrawn while |w.x| < {@link #LINEAR_MARGIN}
     * (rejection, so the strip is empty, not crowded at its edges), and reflected through the origin
     * (x -> -x, which keeps it in the square and flips the sign of w.x) when it is on the wrong side
     * for its class; hence the classes are exactly balanced. Class 1 is w.x > 0. With noise > 0 the
     * label is taken, as in the Playground's sets, from the point shifted by uniform
     * [-5 noise, 5 noise] per coordinate, which flips labels near the boundary (no longer separable).
     */
    private static void linear(Points p, double noise, RandomGenerator rng) {
        double a = uniform(rng, 0, 2 * Math.PI);
        double w1 = Math.cos(a);
        double w2 = Math.sin(a);
        int positives = p.positives();
        for (int i = 0; i < p.n; i++) {
            double x;
            double y;
            double s;
            do {
                x = uniform(rng, -5, 5);
                y = uniform(rng, -5, 5);
                s = w1 * x + w2 * y;
            } while (Math.abs(s) < LINEAR_MARGIN);
            boolean pos = i < positives;
            if ((s > 0) != pos) {
                x = -x;
                y = -y;
            }
            int label = pos ? 1 : 0;
            if (noise > 0) {
                double nx = uniform(rng, -5, 5) * noise;
                double ny = uniform(rng, -5, 5) * noise;
                label = w1 * (x + nx) + w2 * (y + ny) > 0 ? 1 : 0;
            }
            p.set(i, x, y, label);
        }
    }

    private static double uniform(RandomGenerator rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }

    /** The rows under construction. */
    private static final class Points {
        final int n;
        final double[] x;
        final int[] y;

        Points(int n) {
            this.n = n;
            this.x = new double[2 * n];
            this.y = new int[n];
        }

        /** Rows 0..positives()-1 are drawn as class 1: ceil(n/2) of them. */
        int positives() { return n - n / 2; }

        void set(int i, double x1, double x2, int label) {
            x[2 * i] = x1;
            x[2 * i + 1] = x2;
            y[i] = label;
        }

        /** Fisher-Yates over whole rows. */
        void shuffle(RandomGenerator rng) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                double t0 = x[2 * i];
                double t1 = x[2 * i + 1];
                x[2 * i] = x[2 * j];
                x[2 * i + 1] = x[2 * j + 1];
                x[2 * j] = t0;
                x[2 * j + 1] = t1;
                int ty = y[i];
                y[i] = y[j];
                y[j] = ty;
            }
        }
    }
}
