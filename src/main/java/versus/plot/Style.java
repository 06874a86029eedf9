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
        XYChart c = new XYChart(width, height);
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
        s.setPlotContentSize(1.0); // no blank band inside the axes: the data range is set by the figure
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
    }

    /** Puts the legend under the plot in rows, for narrow panels. */
    static void legendBelow(Styler s) {
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
    }

    /** Fixes the axis ranges (XChart would otherwise round them outwards to tick values). */
    static void range(XYChart c, double xMin, double xMax, double yMin, double yMax) {
        AxesChartStyler s = c.getStyler();
        s.setXAxisMin(xMin);
        s.setXAxisMax(xMax);
        s.setYAxisMin(yMin);
        s.setYAxisMax(yMax);
    }

    /** A solid line without markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color colour, float width) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        return s;
    }

    /** A dashed line without markers. */
    static XYSeries dashed(XYChart c, String name, double[] x, double[] y, Color colour, float width) {
        XYSeries s = line(c, name, x, y, colour, width);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        return s;
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

    /**
     * NaN-separated polylines in one series. {@code smooth} paints each polyline as one path
     * (XChart's smooth mode; otherwise it strokes every segment on its own, so a dash pattern
     * restarts at every point and the SVG holds one element per segment): right for dense
     * polylines such as contours, where its horizontal tangent at each point bends the line by
     * under a pixel, wrong for a two-point line, which it would turn into an S.
     */
    static XYSeries lines(XYChart c, String name, Polylines pieces, Color colour, float width, boolean dashed, boolean smooth) {
        double[] x = pieces.xs();
        double[] y = pieces.ys();
        XYSeries s = dashed ? dashed(c, name, x, y, colour, width) : line(c, name, x, y, colour, width);
        s.setSmooth(smooth);
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
