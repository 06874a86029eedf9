package versus.plot;

import org.knowm.xchart.XYChart;

/**
 * A function's values on a {@link Mesh} drawn as a contour map: pale sky-blue bands between
 * levels, darkest at the lowest values so the eye finds the valley, under grey level lines (the
 * look of {@link OptimizerPaths}' test functions). For functions that are costly to evaluate, such
 * as a training objective over a data set: the caller evaluates the mesh once.
 */
final class LevelBands {
    /** Contour segments are cut in 3 so the smooth painting stays on the interpolated line. */
    private static final int SUBDIVISION = 3;

    private LevelBands() {
    }

    /**
     * {@code count} levels above the smallest finite value v0, at v0 plus log-spaced heights from
     * 1/300 of the range to 90% of it: valleys of smooth functions (quadratic near a minimum) get
     * nested rings instead of one blot, and steep walls do not crowd out the rest.
     */
    static double[] above(double[] values, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            return new double[] {Double.isFinite(lo) ? lo : 0};
        }
        double range = hi - lo;
        double[] heights = TestFunctions.logLevels(range / 300, 0.9 * range, count);
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = lo + heights[k];
        }
        return out;
    }

    /**
     * Bands and level lines of {@code values} (node-major on {@code m}) at the ascending
     * {@code levels}; non-finite values (an overflowing loss) count as above every level.
     */
    static void draw(XYChart c, Mesh m, double[] values, double[] levels, String legend) {
        draw(c, m, values, levels, legend, SUBDIVISION);
    }

    /**
     * As {@link #draw(XYChart, Mesh, double[], double[], String)} with the level lines subdivided
     * {@code subdivision} times (1 = as traced); figures with many other series keep their SVG
     * small with 1.
     */
    static void draw(XYChart c, Mesh m, double[] values, double[] levels, String legend, int subdivision) {
        double top = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                top = Math.max(top, v);
            }
        }
        double ceiling = Double.isFinite(top) ? Math.max(top, levels[levels.length - 1]) + 1 + Math.abs(top) : 1;
        double[] v = new double[values.length];
        int[] band = new int[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = Double.isFinite(values[k]) ? values[k] : ceiling;
            int below = 0;
            while (below < levels.length && v[k] >= levels[below]) {
                below++;
            }
            band[k] = below;
        }
        Polylines[] bands = Regions.of(m, band, levels.length + 1);
        for (int k = 0; k < bands.length; k++) {
            if (!bands[k].isEmpty()) {
                double t = (double) k / levels.length;
                Style.fill(c, "band " + k, bands[k], Palette.pale(Palette.SKY_BLUE, 0.55 + 0.45 * t));
            }
        }
        Polylines lines = new Polylines();
        for (double level : levels) {
            lines.append(Contours.level(m, v, level));
        }
        if (!lines.isEmpty()) {
            Polylines fine = subdivision > 1 ? lines.subdivided(subdivision) : lines;
            Style.curve(c, legend, fine.xs(), fine.ys(), Palette.GREY, 0.8f);
        }
    }
}
