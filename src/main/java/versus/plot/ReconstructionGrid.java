package versus.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * Square images side by side, one strip per row of the figure: the original test images on
 * top, then each model's reconstruction of the same images, on one white (low) to black (high)
 * grey scale fixed by the originals' range (reconstructions beyond it are clipped to it).
 */
public final class ReconstructionGrid {
    static final int PANEL_WIDTH = 980;
    /** Largest pixel size in screen pixels (few, small images would otherwise fill the width). */
    private static final int MAX_CELL = 40;
    /** Narrowest strip, so that its title fits. */
    private static final int MIN_WIDTH = 480;
    private static final int GAP = 1;

    private ReconstructionGrid() {
    }

    /** One strip: its title and {@code count} images of {@code side x side} pixels, row-major, one after another. */
    public record Strip(String title, double[] pixels) {
    }

    /** The strips stacked in one column; the first strip (the originals) fixes the grey scale. */
    public static Figure figure(List<Strip> strips, int side, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : strips.get(0).pixels()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        List<org.knowm.xchart.internal.chartpart.IChart> panels = new ArrayList<>();
        for (Strip s : strips) {
            panels.add(strip(s, side, count, lo, hi));
        }
        return new Figure(panels, 1);
    }

    private static HeatMapChart strip(Strip s, int side, int count, double lo, double hi) {
        int columns = count * (side + GAP) - GAP;
        int cell = Math.max(1, Math.min(MAX_CELL, (PANEL_WIDTH - 40) / columns));
        HeatMapChart c = new HeatMapChart(Math.max(MIN_WIDTH, columns * cell + 40), side * cell + 60, Styler.ChartTheme.XChart);
        c.setTitle(s.title());
        HeatMapStyler st = c.getStyler();
        Style.axes(st);
        st.setLegendVisible(false);
        st.setXAxisTicksVisible(false);
        st.setYAxisTicksVisible(false);
        st.setPlotGridLinesVisible(false);
        st.setPlotBorderVisible(false);
        st.setRangeColors(new Color[] {Color.WHITE, Color.BLACK});
        st.setMin(lo);
        st.setMax(hi);
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            xs.add(i);
        }
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < side; i++) {
            ys.add(i);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int img = 0; img < count; img++) {
            for (int r = 0; r < side; r++) {
                for (int col = 0; col < side; col++) {
                    double v = Math.max(lo, Math.min(hi, s.pixels()[img * side * side + r * side + col]));
                    // image row 0 is the top; the heat map's y axis runs upwards
                    cells.add(new Number[] {img * (side + GAP) + col, side - 1 - r, v});
                }
            }
        }
        c.addSeries(s.title(), xs, ys, cells);
        return c;
    }
}
