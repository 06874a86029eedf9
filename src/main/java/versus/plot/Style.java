package versus.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look every figure shares: fonts, white background, light grid, legend placement, and the
 * few kinds of series the figures draw (lines, point sets, filled polygons). Figures choose
 * colours from {@link Palette} and never style axes themselves.
 */
final class Style {
    /** Size of a single-chart figure. */
    static final int WIDTH = 800;
    static final int HEIGHT = 600;

    static final float LINE = 2f;
    static final float THIN = 1f;
    private static final String FONT = Font.SANS_SERIF;

    private Style() {
    }

    /** An empty XY chart with title, axis titles and the shared styling; legend to the right. */
    static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChart(width, height, Styler.ChartTheme.XChart);
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        axes(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        c.getStyler().setMarkerSize(7);
        return c;
    }

    static XYChart xy(String title, String xTitle, String yTitle) {
        return xy(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** Fonts, colours, grid and legend shared by every axes chart (XY, box, heat map). */
    static void axes(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.GRAY);
        s.setPlotGridLinesColor(new Color(0xE6E6E6));
        // solid: XChart outlines dashed grid lines into filled shapes, which bloats the SVG
        s.setPlotGridLinesStroke(new BasicStroke(0.8f));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 11));
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartPadding(8);
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
    }

    /** Puts the legend under the plot in rows, for narrow panels. */
    static void legendBelow(Styler s) {
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
    }

    /**
     * Fixes the axis ranges and lets the plot fill the axes exactly (XChart otherwise leaves a
     * blank band inside them), for figures that choose their own box: a mesh, a padded range.
     */
    static void range(XYChart c, double xMin, double xMax, double yMin, double yMax) {
        AxesChartStyler s = c.getStyler();
        s.setPlotContentSize(1.0);
        s.setXAxisMin(xMin);
        s.setXAxisMax(xMax);
        s.setYAxisMin(yMin);
        s.setYAxisMax(yMax);
    }

    /** A solid polyline through the points, straight between them, without markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color colour, float width) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        return s;
    }

    /**
     * A densely sampled function (or NaN-separated dense polylines such as contours), painted
     * as one path per polyline: XChart's smooth mode. Otherwise XChart strokes every segment on
     * its own, so a dash pattern restarts at every point and the SVG holds one element per
     * segment (12 curves of 500 points: 1.4 MB). Its horizontal tangent at each point bends a
     * dense curve by under a pixel but turns a two-point line into an S: use {@link #line} there.
     */
    static XYSeries curve(XYChart c, String name, double[] x, double[] y, Color colour, float width) {
        XYSeries s = line(c, name, x, y, colour, width);
        s.setSmooth(true);
        return s;
    }

    /** Makes a line dashed; returns it. */
    static XYSeries dash(XYSeries s) {
        float width = s.getLineStyle().getLineWidth();
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        return s;
    }

    /** [min - pad, max + pad] of the finite values, pad = {@code fraction} of the range (1 if the range is 0). */
    static double[] padded(double fraction, double[]... values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : values) {
            for (double a : v) {
                if (Double.isFinite(a)) {
                    lo = Math.min(lo, a);
                    hi = Math.max(hi, a);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = fraction * (hi > lo ? hi - lo : 1);
        return new double[] {lo - pad, hi + pad};
    }

    /** Unconnected markers. */
    static XYSeries points(XYChart c, String name, double[] x, double[] y, Color colour, Marker marker) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(colour);
        return s;
    }

    /** Filled polygons (NaN-separated, see {@link Polylines}) without outline; not in the legend. */
    static XYSeries fill(XYChart c, String name, Polylines shapes, Color colour) {
        XYSeries s = c.addSeries(name, shapes.xs(), shapes.ys());
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(SeriesLines.NONE);
        s.setFillColor(colour);
        s.setShowInLegend(false);
        return s;
    }

    /** A number for legends and tables: at most 4 significant digits, no trailing zeros. */
    static String number(double v) {
        return significant(v, 4);
    }

    /** {@code v} with at most {@code digits} significant digits, trailing zeros dropped. */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        java.math.BigDecimal r = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros();
        double a = Math.abs(v);
        // plain digits in the everyday range, 1.5e-7 style outside it
        String s = a >= 1e-4 && a < 1e6 ? r.toPlainString() : r.toString();
        return s.replace("E+", "e").replace("E", "e");
    }
}
