package versus.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import versus.data.Dataset;
import versus.model.ActivationRegions;
import versus.model.Classifier;
import versus.model.HiddenUnits;
import versus.model.Mlp;
import versus.model.ModelClassifier;

/**
 * The linear regions of a piecewise-linear network on the input plane (Montufar, Pascanu, Cho and
 * Bengio 2014, "On the number of linear regions of deep neural networks", NeurIPS): inside a
 * region every hidden unit stays on one linear piece (a ReLU on or off), so the network is one
 * affine map there. Each node of a {@value #MESH} x {@value #MESH} mesh over the data range is
 * labelled with its activation pattern (the piece of every hidden unit, all layers); the title
 * counts the distinct patterns met on the mesh, a lower bound on the regions the network has in
 * the box (a region thinner than the mesh spacing can fall between nodes).
 *
 * <p>Each pattern found is drawn as its exact region, a convex polygon (given the pattern every
 * pre-activation is affine in the input, so the region is an intersection of half-planes), in a
 * pale colour from a cyclic hue wheel, not the class palette; neighbouring regions always differ.
 * Polygons are inset by half a border width over a grey box, so thin grey gaps draw the borders,
 * and regions the mesh missed show as grey. One polygon per region keeps the SVG small; beyond
 * {@value #MAX_POLYGONS} regions per figure only the largest are filled (the title says so). The
 * decision boundary and the training points are drawn on top.
 *
 * <p>For a {@link ModelClassifier} over an {@link Mlp} with 2 inputs whose hidden units are
 * piecewise linear: relu, leaky-relu, prelu (piece: z &gt; 0), hard-tanh (z &lt; -1, between,
 * z &gt; 1), identity (one piece), maxout (the winning piece), without batch normalization. The
 * patterns and regions come from {@link ActivationRegions}; the Mlp is only read.
 */
public final class LinearRegions {
    /** Mesh nodes per side. */
    public static final int MESH = 200;
    /** Pale hues of the region fills: enough that a greedy colouring rarely runs out. */
    static final int HUES = 12;
    private static final double POINT_SIZE = 4;
    /** Thin grey gaps between regions: they also hide the anti-aliasing seams of touching fills. */
    private static final Color BORDER = new Color(0xA8A8A8);
    private static final double BORDER_PX = 0.8;
    /** About the plot area of a {@link DecisionBoundary#PANEL_WIDTH} x {@link DecisionBoundary#PANEL_HEIGHT} panel with a short legend; sets the border width only. */
    private static final double PLOT_WIDTH_PX = 490;
    private static final double PLOT_HEIGHT_PX = 437;
    /**
     * At most this many regions are filled per figure (about 250 bytes of SVG each), the largest
     * first: beyond it the smallest are left in the border grey, and the title says so. A grid
     * shares it among its panels.
     */
    static final int MAX_POLYGONS = 5000;

    private LinearRegions() {
    }

    /** Whether {@link #panel} can draw this classifier: a 2-input Mlp of piecewise-linear units without batch normalization. */
    public static boolean supports(Classifier c) {
        return c instanceof ModelClassifier mc && mc.model() instanceof Mlp m && m.inputDimension() == 2 && piecewiseLinear(m.units())
                && !m.options().batchNorm();
    }

    /** One panel per model in a grid. */
    public static Figure figure(List<Named<Classifier>> models, Dataset train) {
        List<XYChart> panels = new ArrayList<>();
        for (Named<Classifier> m : models) {
            panels.add(panel(m.name(), m.value(), train, Math.max(500, MAX_POLYGONS / models.size())));
        }
        return Figure.grid(panels);
    }

    /** The number of distinct activation patterns on the figure's mesh over {@code train}. */
    public static int count(Classifier c, Dataset train) {
        return Patterns.of(mlp(c), meshFor(train)).count();
    }

    /** One model's regions over the range of the training data (plus 10% padding). */
    public static XYChart panel(String name, Classifier c, Dataset train) {
        return panel(name, c, train, MAX_POLYGONS);
    }

    private static XYChart panel(String name, Classifier c, Dataset train, int maxPolygons) {
        Mlp mlp = mlp(c);
        if (train.cols() != 2) {
            throw new IllegalArgumentException("linear regions are drawn on the plane of 2 input features, the data have " + train.cols());
        }
        Mesh mesh = meshFor(train);
        Patterns p = Patterns.of(mlp, mesh);
        int[] hueOf = p.hues(HUES);
        XYChart chart = Style.xy(name + ": " + p.count() + " linear region" + (p.count() == 1 ? "" : "s") + " on the mesh",
                train.featureNames().get(0), train.featureNames().get(1), DecisionBoundary.PANEL_WIDTH, DecisionBoundary.PANEL_HEIGHT);
        Style.range(chart, mesh.xMin(), mesh.xMax(), mesh.yMin(), mesh.yMax());
        Polylines[] fills = new Polylines[HUES];
        for (int h = 0; h < HUES; h++) {
            fills[h] = new Polylines();
        }
        double[] box = {mesh.xMin(), mesh.xMax(), mesh.yMin(), mesh.yMax()};
        // the box in the border colour, each region inset by half a border: the gaps draw the borders
        Style.fill(chart, "borders", new Polylines().rectangle(box[0], box[2], box[1], box[3]), BORDER);
        double[] pixels = {PLOT_WIDTH_PX / (box[1] - box[0]), PLOT_HEIGHT_PX / (box[3] - box[2])};
        Forward f = new Forward(mlp);
        int[] drawn = largest(p, f, box, maxPolygons);
        for (int q : drawn) {
            double[][] polygon = f.polygon(p.patterns().get(q), box, BORDER_PX / 2, pixels);
            if (polygon[0].length < 3) {
                continue;
            }
            for (int v = 0; v < polygon[0].length; v++) {
                fills[hueOf[q]].to(polygon[0][v], polygon[1][v]);
            }
            fills[hueOf[q]].end();
        }
        for (int h = 0; h < HUES; h++) {
            if (!fills[h].isEmpty()) {
                Style.fill(chart, "hue " + h, fills[h], hue(h));
            }
        }
        if (drawn.length < p.count()) {
            chart.setTitle(chart.getTitle() + " (largest " + drawn.length + " drawn)");
        }
        DecisionMesh dm = DecisionMesh.evaluate(c, mesh, new double[2], 0, 1);
        Polylines boundary = boundary(c, dm).subdivided(DecisionBoundary.CONTOUR_SUBDIVISION);
        if (!boundary.isEmpty()) {
            Style.curve(chart, "decision boundary", boundary.xs(), boundary.ys(), Palette.BLACK, Style.LINE);
        }
        int stride = (train.rows() + DecisionBoundary.MAX_POINTS - 1) / DecisionBoundary.MAX_POINTS;
        for (int cls = 0; cls < train.numClasses(); cls++) {
            Polylines pts = new Polylines();
            for (int i = 0; i < train.rows(); i += stride) {
                if (train.label(i) == cls) {
                    pts.to(train.get(i, 0), train.get(i, 1));
                }
            }
            if (!pts.isEmpty()) {
                Style.points(chart, "train " + train.classNames().get(cls), pts.xs(), pts.ys(), Palette.forClass(cls), SeriesMarkers.CIRCLE);
            }
        }
        chart.getStyler().setMarkerSize((int) POINT_SIZE);
        return chart;
    }

    /** Ids of at most {@code max} regions: all when they fit, else those of the largest exact area. */
    private static int[] largest(Patterns p, Forward f, double[] box, int max) {
        int r = p.count();
        if (r <= max) {
            int[] all = new int[r];
            for (int q = 0; q < r; q++) {
                all[q] = q;
            }
            return all;
        }
        double[] area = new double[r];
        for (int q = 0; q < r; q++) {
            area[q] = area(f.polygon(p.patterns().get(q), box, 0, null));
        }
        return java.util.stream.IntStream.range(0, r).boxed().sorted((a, b) -> Double.compare(area[b], area[a])).limit(max)
                .mapToInt(Integer::intValue).toArray();
    }

    /** The area of a polygon {xs, ys} (shoelace formula). */
    static double area(double[][] poly) {
        double a = 0;
        int n = poly[0].length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += poly[0][i] * poly[1][j] - poly[0][j] * poly[1][i];
        }
        return Math.abs(a) / 2;
    }

    /** The decision boundary on the mesh: the interpolated zero level of a one-score model, class leads for argmax, else label borders. */
    private static Polylines boundary(Classifier c, DecisionMesh dm) {
        Mesh m = dm.mesh();
        if (DecisionMesh.signDecision(c)) {
            return Contours.level(m, dm.score(), 0);
        }
        if (dm.argmax()) {
            Polylines out = new Polylines();
            for (int cls = dm.k() == 2 ? 1 : 0; cls < dm.k(); cls++) {
                out.append(Contours.level(m, dm.lead(cls), 0));
            }
            return out;
        }
        return Contours.borders(m, dm.labels());
    }

    /** The pale fill of hue {@code h}: evenly spaced round the colour wheel, low saturation, bright. */
    static Color hue(int h) {
        return Color.getHSBColor((float) h / HUES, 0.24f, 0.99f);
    }

    private static Mesh meshFor(Dataset train) {
        double[] xs = new double[train.rows()];
        double[] ys = new double[train.rows()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = train.get(i, 0);
            ys[i] = train.get(i, 1);
        }
        return Mesh.around(xs, ys, DecisionBoundary.PADDING_PERCENT / 100.0, MESH).squared(DecisionBoundary.SQUARE_UP_TO);
    }

    private static Mlp mlp(Classifier c) {
        if (!(c instanceof ModelClassifier mc) || !(mc.model() instanceof Mlp m)) {
            throw new IllegalArgumentException("linear regions need an mlp, got " + c.getClass().getSimpleName());
        }
        if (m.inputDimension() != 2) {
            throw new IllegalArgumentException("linear regions are drawn for an mlp with 2 inputs, got " + m.inputDimension());
        }
        if (!piecewiseLinear(m.units())) {
            throw new IllegalArgumentException("linear regions need piecewise-linear hidden units (relu, leaky-relu, prelu, hard-tanh,"
                    + " identity, maxout), got " + m.units().name());
        }
        return m;
    }

    /** Whether MLP hidden units of this kind split the input space into linear regions (relu family, hard tanh, maxout). */
    public static boolean piecewiseLinear(HiddenUnits u) {
        return ActivationRegions.piecewiseLinear(u);
    }

    /**
     * The activation pattern of every mesh node, as a region id: 0, 1, ... in order of first
     * appearance (bottom row first).
     */
    record Patterns(Mesh mesh, int[] region, List<String> patterns) {
        int count() {
            return patterns.size();
        }

        static Patterns of(Mlp m, Mesh mesh) {
            Forward f = new Forward(m);
            Map<String, Integer> ids = new HashMap<>();
            List<String> patterns = new ArrayList<>();
            int[] region = new int[mesh.size()];
            double[] x = new double[2];
            for (int j = 0; j < mesh.n(); j++) {
                x[1] = mesh.y(j);
                for (int i = 0; i < mesh.n(); i++) {
                    x[0] = mesh.x(i);
                    String key = f.pattern(x);
                    Integer id = ids.get(key);
                    if (id == null) {
                        id = patterns.size();
                        ids.put(key, id);
                        patterns.add(key);
                    }
                    region[j * mesh.n() + i] = id;
                }
            }
            return new Patterns(mesh, region, List.copyOf(patterns));
        }

        /** {@link #hues} per mesh node. */
        int[] colours(int hues) {
            int[] hueOf = hues(hues);
            int[] out = new int[region.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = hueOf[region[k]];
            }
            return out;
        }

        /**
         * A colour index in 0..hues-1 per region: regions in id order take the first hue, counting
         * round from one picked by the pattern's hash, that no already coloured neighbour on the
         * mesh has (the hash alone when all are taken). Deterministic.
         */
        int[] hues(int hues) {
            int r = count();
            List<java.util.Set<Integer>> neighbours = new ArrayList<>(r);
            for (int q = 0; q < r; q++) {
                neighbours.add(new java.util.HashSet<>());
            }
            int n = mesh.n();
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    int a = region[j * n + i];
                    if (i + 1 < n) {
                        link(neighbours, a, region[j * n + i + 1]);
                    }
                    if (j + 1 < n) {
                        link(neighbours, a, region[(j + 1) * n + i]);
                    }
                }
            }
            int[] hueOf = new int[r];
            java.util.Arrays.fill(hueOf, -1);
            for (int q = 0; q < r; q++) {
                int start = Math.floorMod(mix(patterns.get(q).hashCode()), hues);
                hueOf[q] = start;
                for (int s = 0; s < hues; s++) {
                    int h = (start + s) % hues;
                    boolean free = true;
                    for (int nb : neighbours.get(q)) {
                        if (hueOf[nb] == h) {
                            free = false;
                            break;
                        }
                    }
                    if (free) {
                        hueOf[q] = h;
                        break;
                    }
                }
            }
            return hueOf;
        }

        private static void link(List<java.util.Set<Integer>> neighbours, int a, int b) {
            if (a != b) {
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }

        /** Spreads a String hash over all bits (String.hashCode of similar patterns differ only in low bits). */
        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x7feb352d;
            h ^= h >>> 15;
            h *= 0x846ca68b;
            return h ^ (h >>> 16);
        }
    }

    /**
     * An Mlp's activation patterns as strings (one char per hidden unit: its piece) and their exact
     * regions inside a box, from {@link ActivationRegions}.
     */
    static final class Forward {
        private final ActivationRegions regions;
        private final int[] pieces;
        private final char[] key;

        Forward(Mlp m) {
            regions = m.regions();
            pieces = new int[regions.size()];
            key = new char[regions.size()];
        }

        /** The activation pattern of the row x (2 values) as a string, one char per hidden unit: its piece. */
        String pattern(double[] x) {
            regions.pattern(x, 0, pieces);
            for (int u = 0; u < pieces.length; u++) {
                key[u] = (char) pieces[u];
            }
            return new String(key);
        }

        /**
         * The exact region of an activation pattern inside the box {xMin, xMax, yMin, yMax}: the
         * intersection of the half-planes of {@link ActivationRegions#region}, one convex polygon,
         * is the box clipped by them (Sutherland and Hodgman 1974). Returns {xs, ys} of its
         * vertices in order (fewer than 3 when it is empty).
         *
         * @param insetPx every kink edge moved inwards by this many pixels (0: the exact region)
         * @param pixels  pixels per data unit {in x, in y}; may be null when insetPx is 0
         */
        double[][] polygon(String pattern, double[] box, double insetPx, double[] pixels) {
            int[] p = new int[pattern.length()];
            for (int u = 0; u < p.length; u++) {
                p[u] = pattern.charAt(u);
            }
            double[][] poly = {{box[0], box[1], box[1], box[0]}, {box[2], box[2], box[3], box[3]}};
            for (double[] hp : regions.region(p).halfSpaces()) {
                if (insetPx > 0) {
                    // the pixel distance to the line is (g . x + h) / |(gx / px, gy / py)|
                    hp[2] -= insetPx * Math.hypot(hp[0] / pixels[0], hp[1] / pixels[1]);
                }
                poly = clip(poly, hp);
                if (poly[0].length < 3) {
                    break;
                }
            }
            return poly;
        }

        /** The convex polygon {xs, ys} cut to the half-plane gx x + gy y + h >= 0. */
        static double[][] clip(double[][] poly, double[] hp) {
            int n = poly[0].length;
            Polylines out = new Polylines();
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double xi = poly[0][i];
                double yi = poly[1][i];
                double xj = poly[0][j];
                double yj = poly[1][j];
                double si = hp[0] * xi + hp[1] * yi + hp[2];
                double sj = hp[0] * xj + hp[1] * yj + hp[2];
                if (si >= 0) {
                    out.to(xi, yi);
                }
                if ((si >= 0) != (sj >= 0)) {
                    double t = si / (si - sj);
                    out.to(xi + t * (xj - xi), yi + t * (yj - yi));
                }
            }
            return new double[][] {out.xs(), out.ys()};
        }
    }
}
