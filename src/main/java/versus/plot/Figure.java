package versus.plot;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * One figure file: a single chart or a grid of panels, row by row. XChart has no subplots, so a
 * grid paints each panel chart into its own cell of one canvas; {@link FigureWriter} paints that
 * canvas once as a bitmap (PNG) and once as vector commands (SVG), so both formats hold the
 * whole grid.
 *
 * @param panels  charts, painted left to right, top to bottom
 * @param columns panels per row
 */
public record Figure(List<IChart> panels, int columns) {
    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, got " + columns);
        }
    }

    /** A figure of one chart. */
    public static Figure of(IChart chart) {
        return new Figure(List.of(chart), 1);
    }

    /** Panels in a near-square grid: side by side up to 3, then ceil(sqrt(n)) columns. */
    public static Figure grid(List<? extends IChart> panels) {
        int n = panels.size();
        int columns = n <= 3 ? n : (int) Math.ceil(Math.sqrt(n));
        return new Figure(List.copyOf(panels), Math.max(1, columns));
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Width of a cell: the widest panel. */
    int cellWidth() {
        return panels.stream().mapToInt(IChart::getWidth).max().orElseThrow();
    }

    int cellHeight() {
        return panels.stream().mapToInt(IChart::getHeight).max().orElseThrow();
    }

    public int width() {
        return Math.min(panels.size(), columns) * cellWidth();
    }

    public int height() {
        return rows() * cellHeight();
    }

    /** Paints every panel into its cell of {@code g}, which the caller has filled with white. */
    void paint(Graphics2D g) {
        AffineTransform saved = g.getTransform();
        for (int p = 0; p < panels.size(); p++) {
            IChart chart = panels.get(p);
            g.setTransform(saved);
            g.translate((p % columns) * cellWidth(), (p / columns) * cellHeight());
            chart.paint(g, chart.getWidth(), chart.getHeight());
        }
        g.setTransform(saved);
    }
}
