package versus.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import versus.eval.ConfusionMatrix;

/**
 * A confusion matrix as a heat map with the count written in each cell: rows are the true class
 * (first class at the top, as in the course notes' tables), columns the predicted class, cells
 * shaded white to blue by count. Pass the matrix pooled over splits for a whole protocol.
 */
public final class ConfusionMatrixPlot {
    static final int PANEL_WIDTH = 520;
    static final int PANEL_HEIGHT = 460;

    private ConfusionMatrixPlot() {
    }

    /** One panel per model. */
    public static Figure figure(List<Named<ConfusionMatrix>> models, List<String> classNames) {
        List<HeatMapChart> panels = new ArrayList<>();
        for (Named<ConfusionMatrix> m : models) {
            panels.add(chart(m.name(), m.value(), classNames));
        }
        return Figure.grid(panels);
    }

    public static HeatMapChart chart(String title, ConfusionMatrix cm, List<String> classNames) {
        int k = cm.numClasses();
        if (classNames.size() != k) {
            throw new IllegalArgumentException("expected " + k + " class names, got " + classNames.size());
        }
        // with a theme: the bare (width, height) constructor leaves fonts and colours unset
        HeatMapChart c = new HeatMapChart(PANEL_WIDTH, PANEL_HEIGHT, Styler.ChartTheme.XChart);
        c.setTitle(title + " (n = " + cm.total() + ", accuracy " + Style.number(cm.accuracy()) + ")");
        c.setXAxisTitle("predicted class");
        c.setYAxisTitle("true class");
        HeatMapStyler s = c.getStyler();
        Style.axes(s);
        s.setLegendVisible(false); // the counts are written in the cells
        s.setShowValue(true);
        s.setValueFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
        s.setValueFontColor(java.awt.Color.BLACK);
        s.setHeatMapDecimalValueFormatter(v -> Long.toString(Math.round(v)));
        s.setRangeColors(Palette.blueRamp());
        s.setMin(0);
        s.setMax(Math.max(1, maxCount(cm)));
        s.setPlotGridLinesVisible(false);
        s.setDrawBorder(true);

        List<String> rows = new ArrayList<>(classNames);
        java.util.Collections.reverse(rows); // the y axis runs upwards: put the first class on top
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                cells.add(new Number[] {p, k - 1 - t, cm.count(t, p)});
            }
        }
        c.addSeries("counts", classNames, rows, cells);
        return c;
    }

    private static long maxCount(ConfusionMatrix cm) {
        long max = 0;
        for (int t = 0; t < cm.numClasses(); t++) {
            for (int p = 0; p < cm.numClasses(); p++) {
                max = Math.max(max, cm.count(t, p));
            }
        }
        return max;
    }
}
