package versus.plot;

import java.util.List;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxSeries;
import org.knowm.xchart.style.BoxStyler;

/**
 * The spread of one metric over the splits of a protocol, one box per model (median, quartiles,
 * whiskers at the furthest values within 1.5 IQR, outliers as points: XChart's box plot). Boxes
 * that barely overlap hint at a real difference; the significance tests in the report say how
 * much.
 */
public final class FoldScores {
    private FoldScores() {
    }

    /** @param models per model its metric value on each split (NaN values are left out) */
    public static BoxChart chart(String metric, List<Named<double[]>> models) {
        BoxChart c = new BoxChart(Style.WIDTH, Style.HEIGHT, org.knowm.xchart.style.Styler.ChartTheme.XChart);
        c.setTitle(metric + " per split");
        c.setXAxisTitle("model");
        c.setYAxisTitle(metric);
        BoxStyler s = c.getStyler();
        Style.axes(s);
        s.setLegendVisible(false); // the x axis names the boxes
        s.setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        s.setMarkerSize(6);
        for (Named<double[]> m : models) {
            double[] v = java.util.Arrays.stream(m.value()).filter(Double::isFinite).toArray();
            if (v.length == 0) {
                continue;
            }
            BoxSeries b = c.addSeries(m.name(), v);
            b.setFillColor(Palette.pale(m.paint(), 0.6));
            b.setLineColor(m.paint());
            b.setMarkerColor(m.paint());
        }
        return c;
    }
}
