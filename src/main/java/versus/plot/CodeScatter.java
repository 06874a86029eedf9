package versus.plot;

import java.awt.Font;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Two-dimensional codes of an autoencoder as a scatter plot coloured by class: training rows
 * filled, test rows as rings, each class's name at the mean of its training points. Classes
 * beyond the palette's eight colours repeat a colour with a diamond instead of a circle.
 */
public final class CodeScatter {
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 560;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private CodeScatter() {
    }

    /**
     * Points of one part (training or test): x and y coordinates and the class of each.
     */
    public record Points(double[] x, double[] y, int[] labels) {
        public Points {
            if (x.length != y.length || x.length != labels.length) {
                throw new IllegalArgumentException("x, y and labels differ in length: " + x.length + ", " + y.length + ", " + labels.length);
            }
        }
    }

    /** One panel: the training and test codes of one model. */
    public static XYChart chart(String title, String xTitle, String yTitle, Points train, Points test, List<String> classNames) {
        XYChart c = Style.xy(title, xTitle, yTitle, PANEL_WIDTH, PANEL_HEIGHT);
        Style.legendBelow(c.getStyler());
        c.getStyler().setMarkerSize(6);
        int k = classNames.size();
        for (int cls = 0; cls < k; cls++) {
            Marker filled = cls < Palette.size() ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND;
            double[][] tr = ofClass(train, cls);
            double[][] te = ofClass(test, cls);
            if (tr[0].length > 0) {
                Style.points(c, classNames.get(cls), tr[0], tr[1], Palette.forClass(cls), filled);
            }
            if (te[0].length > 0) {
                Style.points(c, classNames.get(cls) + " (test)", te[0], te[1], Palette.forClass(cls), Markers.ring(1.3, 1.4f))
                        .setShowInLegend(false);
            }
            if (tr[0].length > 0) {
                c.addAnnotation(new TextLabel(classNames.get(cls), versus.math.Vectors.mean(tr[0]), versus.math.Vectors.mean(tr[1]), TextLabel.Align.CENTRE, LABEL, Palette.BLACK));
            }
        }
        return c;
    }

    private static double[][] ofClass(Points p, int cls) {
        int n = 0;
        for (int l : p.labels()) {
            n += l == cls ? 1 : 0;
        }
        double[][] out = new double[2][n];
        int at = 0;
        for (int i = 0; i < p.labels().length; i++) {
            if (p.labels()[i] == cls) {
                out[0][at] = p.x()[i];
                out[1][at++] = p.y()[i];
            }
        }
        return out;
    }
}
