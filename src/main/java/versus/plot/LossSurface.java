package versus.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import versus.compute.Function2d;
import versus.compute.Newton2d;
import versus.compute.PathPca;
import versus.data.Dataset;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.Model;
import versus.objective.Objective;
import versus.objective.TrainingObjective;
import versus.optim.Minimizer;
import versus.plot.OptimizerPaths.Trajectory;
import versus.plot.TestFunctions.TestFunction;

/**
 * The training objective J(theta) = mean loss + penalty, seen in two dimensions:
 * <ul>
 * <li>{@link #exact2d}: a model with exactly two parameters (a {@link LinearModel} with one input
 *     and one output: weight w and bias b) has its whole objective J(w, b) on the plane; drawn as
 *     contours with the paths of optimizers that take full-batch steps from the same start (the
 *     drawing of {@link OptimizerPaths}, the objective playing the test function).
 * <li>{@link #randomSlice}: J(theta* + a d1 + b d2) around trained parameters theta* along two
 *     random Gaussian directions, filter-normalised (Li, Xu, Taylor, Studer and Goldstein 2018,
 *     "Visualizing the loss landscape of neural nets", NeurIPS): the block of each direction that
 *     belongs to one unit's incoming weights (a row of W_l of an {@link Mlp}; all penalised
 *     parameters of any other model) is rescaled to the norm of the same block of theta*, so the
 *     slice is comparable across layers and models whatever their weight scale. Biases and unit
 *     parameters get direction 0, as in the paper.
 * <li>{@link #interpolation1d}: J((1 - t) theta_a + t theta_b) for t in [-0.5, 1.5] between two
 *     solutions (Goodfellow, Vinyals and Saxe 2015), with the barrier between them.
 * <li>{@link #pcaPath}: a training trajectory projected on its top two principal directions,
 *     centred at its final point (Li et al. 2018, Section 7; {@link PathPca}), over J on that plane.
 * </ul>
 * Every figure evaluates J on the rows the caller gives (a subsample keeps large data fast:
 * each slice costs {@value #SLICE_MESH}^2 passes over them) by writing parameter vectors into the
 * objective's model, and puts the model's parameters back before it returns. Not thread-safe.
 */
public final class LossSurface {
    /** Mesh nodes per side of a slice and of the PCA plane (Li et al. use 51 x 51). */
    static final int SLICE_MESH = 51;
    /** A slice spans [-1, 1] x [-1, 1] in units of the filter-normalised directions. */
    static final double SLICE_SPAN = 1.0;
    static final int INTERPOLATION_POINTS = 161;
    static final double INTERPOLATION_FROM = -0.5;
    static final double INTERPOLATION_TO = 1.5;
    private static final int LEVELS = 12;
    /** The automatic window of {@link #exact2d} keeps iterates within this many start-to-minimum distances. */
    private static final double REACH = 2.5;
    /** Paths with more points than this are drawn without markers. */
    private static final int MAX_MARKED = 80;

    private LossSurface() {
    }

    // ---------------------------------------------------------------- (a) two-parameter models

    /**
     * J(w, b) of a two-parameter model with optimizer paths: every optimizer runs {@code steps}
     * full-batch steps of {@link Objective#valueAndGradient} over {@code rows} from {@code start}.
     * The window holds the start, the minimizer (marked when Newton's method finds a strict one)
     * and the iterates within {@value #REACH} times the start-to-minimum distance; the title
     * is {@code title} and the number of steps.
     *
     * @param objective its model must have exactly 2 parameters (for a {@link LinearModel} with one
     *                  input and one output: (w, b)); its parameters are restored afterwards
     * @param rows      the rows of {@code data} J is measured on
     * @param start     (theta_1, theta_2) where every optimizer starts
     */
    public static XYChart exact2d(String title, Objective objective, Dataset data, int[] rows, List<Named<Minimizer>> optimizers,
            double[] start, int steps) {
        Model model = objective.model();
        if (model.numParameters() != 2) {
            throw new IllegalArgumentException("the exact loss surface needs a model with 2 parameters (a linear model with 1 input and"
                    + " 1 output), got " + model.numParameters());
        }
        if (start.length != 2) {
            throw new IllegalArgumentException("the start needs 2 coordinates, got " + start.length);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        try (ParameterProbe probe = new ParameterProbe(objective, data, rows)) {
            Surface draft = new Surface(title, probe, null, start.clone(), null, null);
            List<Trajectory> paths = new ArrayList<>();
            for (Named<Minimizer> s : optimizers) {
                paths.add(OptimizerPaths.run(draft, s, start, steps));
            }
            double[] best = start.clone();
            for (Trajectory p : paths) {
                double[] end = {p.x()[p.steps()], p.y()[p.steps()]};
                if (draft.value(end[0], end[1]) < draft.value(best[0], best[1])) {
                    best = end;
                }
            }
            double[] min = minimizer(draft, best);
            double[] box = window(start, min, paths);
            Mesh coarse = new Mesh(box[0], box[1], box[2], box[3], 21);
            double[] v = new double[coarse.size()];
            for (int j = 0; j < coarse.n(); j++) {
                for (int i = 0; i < coarse.n(); i++) {
                    v[j * coarse.n() + i] = draft.value(coarse.x(i), coarse.y(j));
                }
            }
            if (min != null) {
                v = java.util.Arrays.copyOf(v, v.length + 1);
                v[v.length - 1] = draft.value(min[0], min[1]);
            }
            Surface f = new Surface(title, probe, box, start.clone(), min, LevelBands.above(v, LEVELS));
            XYChart c = OptimizerPaths.chart(f, paths);
            boolean wb = model instanceof LinearModel && model.inputDimension() == 1;
            c.setXAxisTitle(wb ? "weight w" : "\u03b8\u2081");
            c.setYAxisTitle(wb ? "bias b" : "\u03b8\u2082");
            return c;
        }
    }

    /**
     * J of a two-parameter model as a {@link TestFunction}, so that {@link OptimizerPaths} can run
     * and draw optimizers on it: value and full-batch gradient from the probe; window, minimizer
     * and levels once known (null in the draft that runs the optimizers).
     */
    record Surface(String name, ParameterProbe probe, double[] box, double[] start, double[] minimum, double[] levels)
            implements TestFunction {
        @Override
        public double value(double x, double y) {
            return probe.value(new double[] {x, y});
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            probe.valueAndGradient(new double[] {x, y}, out);
        }

        @Override public double[] box() { return box.clone(); }
        @Override public double[] start() { return start.clone(); }
        @Override public double[] minimum() { return minimum == null ? null : minimum.clone(); }
        @Override public double[] levels() { return levels.clone(); }
    }

    /** {@link Newton2d#minimize} on f from {@code from}: a strict local minimizer, or null. */
    static double[] minimizer(TestFunction f, double[] from) {
        return Newton2d.minimize(new Function2d() {
            @Override
            public double value(double x, double y) {
                return f.value(x, y);
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                f.gradient(x, y, out);
            }
        }, from);
    }

    /** {xMin, xMax, yMin, yMax}: start, minimizer and the iterates within reach, padded and squared up. */
    private static double[] window(double[] start, double[] min, List<Trajectory> paths) {
        double reach;
        if (min != null) {
            reach = REACH * Math.hypot(min[0] - start[0], min[1] - start[1]);
        } else {
            // no minimizer: as far as the median path wanders
            double[] far = new double[paths.size()];
            for (int p = 0; p < far.length; p++) {
                Trajectory t = paths.get(p);
                for (int s = 0; s <= t.steps(); s++) {
                    far[p] = Math.max(far[p], Math.hypot(t.x()[s] - start[0], t.y()[s] - start[1]));
                }
            }
            java.util.Arrays.sort(far);
            reach = far.length == 0 ? 0 : REACH * far[far.length / 2];
        }
        if (!(reach > 0) || !Double.isFinite(reach)) {
            reach = 1;
        }
        Polylines pts = new Polylines().to(start[0], start[1]);
        if (min != null) {
            pts.to(min[0], min[1]);
        }
        for (Trajectory t : paths) {
            for (int s = 0; s <= t.steps(); s++) {
                if (Math.hypot(t.x()[s] - start[0], t.y()[s] - start[1]) <= reach) {
                    pts.to(t.x()[s], t.y()[s]);
                }
            }
        }
        Mesh m = Mesh.around(pts.xs(), pts.ys(), 0.12, 2).squared(DecisionBoundary.SQUARE_UP_TO);
        return new double[] {m.xMin(), m.xMax(), m.yMin(), m.yMax()};
    }

    // ---------------------------------------------------------------- (b) random slices

    /**
     * J(theta* + a d1 + b d2) for a, b in [-1, 1] on a {@value #SLICE_MESH} x {@value #SLICE_MESH}
     * mesh, d1 and d2 filter-normalised random directions drawn in that order from {@code rng},
     * theta* the model's current (trained) parameters, marked at the origin.
     */
    public static XYChart randomSlice(String title, TrainingObjective objective, Dataset data, int[] rows, RandomGenerator rng) {
        return randomSlice(title, objective, data, rows, rng, SLICE_SPAN, SLICE_MESH);
    }

    /**
     * As {@link #randomSlice(String, TrainingObjective, Dataset, int[], RandomGenerator)} over
     * [-span, span]^2 with {@code nodes} mesh nodes per side.
     */
    public static XYChart randomSlice(String title, TrainingObjective objective, Dataset data, int[] rows, RandomGenerator rng,
            double span, int nodes) {
        if (!(span > 0) || !Double.isFinite(span)) {
            throw new IllegalArgumentException("span must be a finite number > 0, got " + span);
        }
        Model model = objective.model();
        double[] d1 = filterNormalizedDirection(model, rng);
        double[] d2 = filterNormalizedDirection(model, rng);
        try (ParameterProbe probe = new ParameterProbe(objective, data, rows)) {
            double[] theta = probe.original();
            Mesh m = new Mesh(-span, span, -span, span, nodes);
            double[] v = probe.plane(m, theta, d1, d2);
            double at = probe.value(theta);
            XYChart c = Style.xy(title + ": J(\u03b8* + \u03b1 \u03b4 + \u03b2 \u03b7)",
                    "\u03b1", "\u03b2", OptimizerPaths.PANEL_WIDTH, OptimizerPaths.PANEL_HEIGHT);
            Style.range(c, m.xMin(), m.xMax(), m.yMin(), m.yMax());
            LevelBands.draw(c, m, v, LevelBands.above(v, LEVELS), "level sets of J");
            Style.points(c, "\u03b8* (trained): J = " + Style.significant(at, 4), new double[] {0}, new double[] {0}, Palette.BLACK,
                    Markers.cross(1.6, 2f));
            return c;
        }
    }

    /**
     * The index sets that filter normalisation rescales as one: for an {@link Mlp} the incoming
     * weights of every unit of every layer (row j of W_l: {@code fanIn(l)} indices from
     * {@code weightOffset(l) + j fanIn(l)}); for any other model all penalised parameters.
     */
    static List<int[]> blocks(Model model) {
        List<int[]> out = new ArrayList<>();
        if (model instanceof Mlp mlp) {
            for (int l = 0; l < mlp.layers(); l++) {
                int in = mlp.fanIn(l);
                for (int j = 0; j < mlp.fanOut(l); j++) {
                    int[] b = new int[in];
                    for (int i = 0; i < in; i++) {
                        b[i] = mlp.weightOffset(l) + j * in + i;
                    }
                    out.add(b);
                }
            }
            return out;
        }
        int count = 0;
        for (int i = 0; i < model.numParameters(); i++) {
            if (model.penalized(i)) {
                count++;
            }
        }
        int[] b = new int[count];
        for (int i = 0, k = 0; i < model.numParameters(); i++) {
            if (model.penalized(i)) {
                b[k++] = i;
            }
        }
        if (count > 0) {
            out.add(b);
        }
        return out;
    }

    /**
     * A Gaussian direction (one standard normal per parameter of a block, in block order) with each
     * block rescaled to the norm of the model's current parameters in it; 0 outside the blocks.
     */
    static double[] filterNormalizedDirection(Model model, RandomGenerator rng) {
        double[] theta = model.parameters();
        double[] d = new double[theta.length];
        for (int[] block : blocks(model)) {
            double dn = 0;
            double tn = 0;
            for (int i : block) {
                d[i] = rng.nextGaussian();
                dn += d[i] * d[i];
                tn += theta[i] * theta[i];
            }
            double scale = dn > 0 ? Math.sqrt(tn / dn) : 0;
            for (int i : block) {
                d[i] *= scale;
            }
        }
        return d;
    }

    // ---------------------------------------------------------------- 1-D interpolation

    /**
     * J((1 - t) theta_a + t theta_b) at {@value #INTERPOLATION_POINTS} values of t from -0.5 to 1.5,
     * both ends marked in their colours; the legend gives the barrier, the largest rise of J on
     * [0, 1] above the higher end (0 when the straight path never climbs above both ends).
     */
    public static XYChart interpolation1d(String title, TrainingObjective objective, Dataset data, int[] rows, Named<double[]> a,
            Named<double[]> b) {
        return interpolation1d(title, objective, List.of(new Sample("J", data, rows)), a, b);
    }

    /** Rows of a data set that J is measured on, with the legend label of their curve. */
    public record Sample(String label, Dataset data, int[] rows) {
    }

    /**
     * As {@link #interpolation1d(String, TrainingObjective, Dataset, int[], Named, Named)} with one
     * curve per sample (e.g. the training and the test rows: black, then dashed grey), each with
     * its barrier; the ends are marked on every curve and the legend gives J at them on the first.
     */
    public static XYChart interpolation1d(String title, TrainingObjective objective, List<Sample> samples, Named<double[]> a,
            Named<double[]> b) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("an interpolation needs at least one sample of rows");
        }
        double[] t = interpolationTimes();
        int at0 = index(t, 0);
        int at1 = index(t, 1);
        List<double[]> curves = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            double[] v = interpolation(objective, s.data(), s.rows(), a.value(), b.value(), t);
            curves.add(v);
            double[] y = yRange(t, v);
            lo = Math.min(lo, y[0]);
            hi = Math.max(hi, y[1]);
        }
        XYChart c = Style.xy(title + ": J on the line through \u03b8_a and \u03b8_b", "t  (\u03b8 = (1 - t) \u03b8_a + t \u03b8_b)", "J(\u03b8)");
        Style.range(c, INTERPOLATION_FROM, INTERPOLATION_TO, 0, 1);
        c.getStyler().setYAxisMin(lo);
        c.getStyler().setYAxisMax(hi);
        double[] endA = new double[curves.size()];
        double[] endB = new double[curves.size()];
        for (int k = 0; k < curves.size(); k++) {
            double[] v = curves.get(k);
            double ends = Math.max(v[at0], v[at1]);
            double barrier = 0;
            for (int i = at0; i <= at1; i++) {
                if (Double.isFinite(v[i])) {
                    barrier = Math.max(barrier, v[i] - ends);
                }
            }
            var line = Style.line(c, samples.get(k).label() + " (barrier on [0, 1]: " + Style.significant(barrier, 3) + ")", t,
                    finiteOrNaN(v), k == 0 ? Palette.BLACK : Palette.GREY, Style.LINE);
            if (k > 0) {
                Style.dash(line);
            }
            endA[k] = v[at0];
            endB[k] = v[at1];
        }
        double[] first = curves.get(0);
        Style.points(c, "\u03b8_a = " + a.name() + ": J = " + Style.significant(first[at0], 4), new double[curves.size()], endA, a.ink(),
                SeriesMarkers.CIRCLE);
        Style.points(c, "\u03b8_b = " + b.name() + ": J = " + Style.significant(first[at1], 4),
                ones(curves.size()), endB, b.ink(), SeriesMarkers.DIAMOND);
        c.getStyler().setMarkerSize(10);
        return c;
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }

    /** The t values of {@link #interpolation1d}: -0.5 to 1.5 in steps of 1/80 (0 and 1 exactly among them). */
    static double[] interpolationTimes() {
        double[] t = new double[INTERPOLATION_POINTS];
        double step = (INTERPOLATION_TO - INTERPOLATION_FROM) / (INTERPOLATION_POINTS - 1);
        for (int i = 0; i < t.length; i++) {
            t[i] = INTERPOLATION_FROM + i * step;
        }
        return t;
    }

    private static int index(double[] t, double at) {
        return (int) Math.round((at - t[0]) / (t[1] - t[0]));
    }

    /** J((1 - t) a + t b) at each t. */
    static double[] interpolation(TrainingObjective objective, Dataset data, int[] rows, double[] a, double[] b, double[] t) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the two parameter vectors differ in length: " + a.length + " and " + b.length);
        }
        try (ParameterProbe probe = new ParameterProbe(objective, data, rows)) {
            double[] theta = new double[a.length];
            double[] out = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                for (int p = 0; p < theta.length; p++) {
                    theta[p] = (1 - t[k]) * a[p] + t[k] * b[p];
                }
                out[k] = probe.value(theta);
            }
            return out;
        }
    }

    /**
     * The J range shown: all of [0, 1] and its surroundings up to twice the spread J has on [0, 1]
     * above it, so that a steep rise beyond the ends (J is often huge at t = -0.5) does not flatten
     * the barrier; the rest of the curve leaves through the top.
     */
    static double[] yRange(double[] t, double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double inLo = Double.POSITIVE_INFINITY;
        double inHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(v[i])) {
                continue;
            }
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
            if (t[i] >= -1e-9 && t[i] <= 1 + 1e-9) {
                inLo = Math.min(inLo, v[i]);
                inHi = Math.max(inHi, v[i]);
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        double spread = inHi - inLo;
        double cap = inHi + 2 * Math.max(spread, 0.05 * Math.abs(inHi) + 1e-12);
        double top = Math.min(hi, cap);
        double pad = 0.05 * (top > lo ? top - lo : 1);
        return new double[] {lo - pad, top + pad};
    }

    private static double[] finiteOrNaN(double[] v) {
        return java.util.Arrays.stream(v).map(x -> Double.isFinite(x) ? x : Double.NaN).toArray();
    }

    // ---------------------------------------------------------------- (c) PCA of a trajectory

    /**
     * A training trajectory (parameter snapshots in order, the last one the trained parameters)
     * projected on its top two principal directions centred at its final point, over J on that
     * plane ({@value #SLICE_MESH} x {@value #SLICE_MESH} mesh around the path); start and end
     * marked, the axis titles give each direction's share of the path's squared distances.
     *
     * @param path the snapshots, named and coloured as the model
     */
    public static XYChart pcaPath(String title, TrainingObjective objective, Dataset data, int[] rows, Named<List<double[]>> path) {
        PathPca pca = PathPca.of(path.value());
        List<double[]> snapshots = path.value();
        double[] end = snapshots.get(snapshots.size() - 1);
        Mesh m = Mesh.around(pca.x(), pca.y(), 0.2, SLICE_MESH).squared(DecisionBoundary.SQUARE_UP_TO);
        try (ParameterProbe probe = new ParameterProbe(objective, data, rows)) {
            double[] v = probe.plane(m, end, pca.v1(), pca.v2());
            double jEnd = probe.value(end);
            XYChart c = Style.xy(title + ": training path on its top 2 principal directions",
                    "PC 1 (" + percent(pca.explained1()) + " of the path)", "PC 2 (" + percent(pca.explained2()) + " of the path)",
                    OptimizerPaths.PANEL_WIDTH, OptimizerPaths.PANEL_HEIGHT);
            Style.range(c, m.xMin(), m.xMax(), m.yMin(), m.yMax());
            LevelBands.draw(c, m, v, LevelBands.above(v, LEVELS), "level sets of J");
            var line = Style.line(c, path.name() + " (" + snapshots.size() + " snapshots)", pca.x(), pca.y(), path.ink(), 1.6f);
            if (snapshots.size() <= MAX_MARKED) {
                line.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(path.ink());
            }
            Style.points(c, "start", new double[] {pca.x()[0]}, new double[] {pca.y()[0]}, Palette.BLACK, SeriesMarkers.SQUARE);
            Style.points(c, "end: J = " + Style.significant(jEnd, 4), new double[] {0}, new double[] {0}, Palette.BLACK,
                    Markers.cross(1.6, 2f));
            c.getStyler().setMarkerSize(5);
            return c;
        }
    }

    private static String percent(double fraction) {
        return Style.significant(100 * fraction, 3) + "%";
    }
}
