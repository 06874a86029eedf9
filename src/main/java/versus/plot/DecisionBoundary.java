package versus.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import versus.data.Dataset;
import versus.model.Classifier;

/**
 * Decision regions of trained classifiers in the plane of two features, one panel per model:
 * <ul>
 * <li>pale class regions from an {@value #MESH} x {@value #MESH} mesh of {@code decide(scores(x))}
 *     over the data range plus {@value #PADDING_PERCENT}% padding (the shorter side widened to
 *     equal scales when the two ranges are comparable);
 * <li>the boundary: the interpolated zero level of the score for one-score models, the zero level
 *     of each class's lead over the others for argmax decisions, else the borders between mesh
 *     labels;
 * <li>for margin models the margins f = +-1: exact lines, and 2/||w|| in the legend, for linear
 *     models, mesh contours otherwise; support vectors circled, margin violators crossed;
 * <li>training points filled and test points hollow, in their class colour.
 * </ul>
 * With more than two features the others are held at the values of a base row (usually the
 * training means, {@link #meanRow}). Reads the classifiers only through {@code scores} and
 * {@code decide} (plus support vectors and linear weights where a model has them); classifiers
 * are not thread-safe, so one figure at a time per classifier.
 */
public final class DecisionBoundary {
    /** Mesh nodes per side. */
    public static final int MESH = 80;
    static final int PADDING_PERCENT = 10;
    /** Contour segments (about 6 px at this panel size) are cut in 3 so the smooth painting stays straight. */
    static final int CONTOUR_SUBDIVISION = 3;
    /** Feature ranges within this ratio get equal scales (panels are about square). */
    static final double SQUARE_UP_TO = 2.5;
    static final int PANEL_WIDTH = 720;
    static final int PANEL_HEIGHT = 520;
    /**
     * At most this many training and test points are drawn per panel (every k-th row beyond it,
     * as the title says): each point costs about 100 bytes of SVG, and thousands of points hide
     * the regions anyway. Counts in the legend stay the full ones.
     */
    static final int MAX_POINTS = 1200;
    /** How much of the class colour is bleached out of the region fill. */
    private static final double REGION_PALENESS = 0.78;

    private DecisionBoundary() {
    }

    /** Panels for 2-D data (features 0 and 1); {@code test} may be null. */
    public static Figure figure(List<Named<Classifier>> models, Dataset train, Dataset test) {
        return figure(models, train, test, 0, 1, meanRow(train));
    }

    /**
     * One panel per model in a grid, in the plane of features {@code fx} and {@code fy}.
     *
     * @param test may be null (no test points drawn)
     * @param base a full feature row; features other than fx and fy keep its values
     */
    public static Figure figure(List<Named<Classifier>> models, Dataset train, Dataset test, int fx, int fy, double[] base) {
        List<XYChart> panels = new ArrayList<>();
        for (Named<Classifier> m : models) {
            panels.add(panel(m.name(), m.value(), train, test, fx, fy, base));
        }
        return Figure.grid(panels);
    }

    /** The training column means: a neutral base row for the features not plotted. */
    public static double[] meanRow(Dataset train) {
        double[] mean = new double[train.cols()];
        for (int i = 0; i < train.rows(); i++) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += train.get(i, j) / train.rows();
            }
        }
        return mean;
    }

    /** The mesh box: all training and test points of the two features, padded. */
    static Mesh meshFor(Dataset train, Dataset test, int fx, int fy) {
        int n = train.rows() + (test == null ? 0 : test.rows());
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (Dataset d : test == null ? List.of(train) : List.of(train, test)) {
            for (int i = 0; i < d.rows(); i++, k++) {
                xs[k] = d.get(i, fx);
                ys[k] = d.get(i, fy);
            }
        }
        return Mesh.around(xs, ys, PADDING_PERCENT / 100.0, MESH).squared(SQUARE_UP_TO);
    }

    /** One model's panel. */
    public static XYChart panel(String name, Classifier c, Dataset train, Dataset test, int fx, int fy, double[] base) {
        check(train, test, fx, fy, base);
        Mesh mesh = meshFor(train, test, fx, fy);
        DecisionMesh dm = DecisionMesh.evaluate(c, mesh, base, fx, fy);
        XYChart chart = Style.xy(name, train.featureNames().get(fx), train.featureNames().get(fy), PANEL_WIDTH, PANEL_HEIGHT);
        Style.range(chart, mesh.xMin(), mesh.xMax(), mesh.yMin(), mesh.yMax());

        int k = c.numClasses();
        Polylines[] regions = Regions.of(mesh, dm.labels(), k);
        for (int cls = 0; cls < k; cls++) {
            if (!regions[cls].isEmpty()) {
                Style.fill(chart, "region " + cls, regions[cls], Palette.pale(Palette.forClass(cls), REGION_PALENESS));
            }
        }
        lines(chart, c, dm, base, fx, fy);
        int rows = train.rows() + (test == null ? 0 : test.rows());
        int stride = (rows + MAX_POINTS - 1) / MAX_POINTS;
        if (stride > 1) {
            chart.setTitle(name + " (every " + stride + ordinal(stride) + " point shown)");
        }
        for (Dataset d : test == null ? List.of(train) : List.of(train, test)) {
            boolean isTrain = d == train;
            for (int cls = 0; cls < d.numClasses(); cls++) {
                Polylines pts = classPoints(d, cls, fx, fy, stride);
                if (!pts.isEmpty()) {
                    String label = (isTrain ? "train " : "test ") + d.classNames().get(cls);
                    Style.points(chart, label, pts.xs(), pts.ys(), Palette.forClass(cls),
                            isTrain ? SeriesMarkers.CIRCLE : Markers.ring(1.1, 1.6f));
                }
            }
        }
        MarginPoints.of(c, train, fx, fy, stride).ifPresent(mp -> {
            if (mp.numSupportVectors() > 0) {
                Style.points(chart, "support vectors: " + mp.numSupportVectors(), mp.supportVectors().xs(),
                        mp.supportVectors().ys(), Palette.BLACK, Markers.ring(2.0, 1.2f));
            }
            if (mp.numViolators() > 0) {
                Style.points(chart, "violators: " + mp.numViolators(), mp.violators().xs(), mp.violators().ys(),
                        Palette.BLACK, Markers.cross(1.1, 1.4f));
            }
        });
        return chart;
    }

    /** The boundary and, for margin models, the margin lines (with the width of a linear model's margin). */
    private static void lines(XYChart chart, Classifier c, DecisionMesh dm, double[] base, int fx, int fy) {
        Mesh m = dm.mesh();
        boolean margin = MarginPoints.hasMargin(c);
        Optional<LinearSlice> linear = margin ? LinearSlice.of(c, base, fx, fy) : Optional.empty();
        Polylines boundary = new Polylines();
        Polylines margins = new Polylines();
        if (linear.isPresent()) {
            LinearSlice s = linear.get();
            boundary = exact(s, m, 0);
            margins = exact(s, m, -1).append(exact(s, m, 1));
        } else if (DecisionMesh.signDecision(c)) {
            double[] score = dm.score();
            boundary = Contours.level(m, score, 0);
            if (margin) {
                margins.append(Contours.level(m, score, -1)).append(Contours.level(m, score, 1));
            }
        } else if (dm.argmax()) {
            // each class region is {lead >= 0}: interpolated, smooth borders (drawn once per side when K > 2)
            for (int cls = dm.k() == 2 ? 1 : 0; cls < dm.k(); cls++) {
                boundary.append(Contours.level(m, dm.lead(cls), 0));
            }
        } else {
            boundary = Contours.borders(m, dm.labels());
        }
        if (!boundary.isEmpty()) {
            draw(chart, "boundary", boundary, Style.LINE, linear.isEmpty());
        }
        if (!margins.isEmpty()) {
            String label = linear.map(s -> "margins f = \u00b11, 2/||w|| = " + Style.number(s.marginWidth())).orElse("margins f = \u00b11");
            Style.dash(draw(chart, label, margins, 1.2f, linear.isEmpty()));
        }
    }

    /** Mesh contours as curves, exact two-point lines as lines (see {@link Style#curve}). */
    private static XYSeries draw(XYChart chart, String name, Polylines p, float width, boolean contour) {
        Polylines fine = p.subdivided(CONTOUR_SUBDIVISION);
        return contour ? Style.curve(chart, name, fine.xs(), fine.ys(), Palette.BLACK, width)
                : Style.line(chart, name, p.xs(), p.ys(), Palette.BLACK, width);
    }

    private static Polylines exact(LinearSlice s, Mesh m, double level) {
        Polylines out = new Polylines();
        double[] e = s.line(level, m.xMin(), m.xMax(), m.yMin(), m.yMax());
        if (e != null) {
            out.segment(e[0], e[1], e[2], e[3]);
        }
        return out;
    }

    private static String ordinal(int n) {
        return n % 10 == 2 && n % 100 != 12 ? "nd" : n % 10 == 3 && n % 100 != 13 ? "rd" : "th";
    }

    private static Polylines classPoints(Dataset d, int cls, int fx, int fy, int stride) {
        Polylines p = new Polylines();
        for (int i = 0; i < d.rows(); i += stride) {
            if (d.label(i) == cls) {
                p.to(d.get(i, fx), d.get(i, fy));
            }
        }
        return p;
    }

    private static void check(Dataset train, Dataset test, int fx, int fy, double[] base) {
        int d = train.cols();
        if (fx < 0 || fx >= d || fy < 0 || fy >= d || fx == fy) {
            throw new IllegalArgumentException("feature indices must be two different values in 0.." + (d - 1) + ", got " + fx + " and " + fy);
        }
        if (base.length != d) {
            throw new IllegalArgumentException("base row has " + base.length + " values, the data have " + d + " features");
        }
        if (test != null && test.cols() != d) {
            throw new IllegalArgumentException("test data have " + test.cols() + " features, training data " + d);
        }
    }
}
