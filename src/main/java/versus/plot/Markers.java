package versus.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * Outline markers XChart lacks: hollow rings (test points, circled support vectors) and an x
 * (margin violators). XChart passes one marker size per chart, so each marker scales it.
 */
final class Markers {
    private Markers() {
    }

    /** A hollow circle {@code scale} times the chart's marker size. */
    static Marker ring(double scale, float lineWidth) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int size) {
                double r = scale * size / 2;
                g.setStroke(new BasicStroke(lineWidth));
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        };
    }

    /** An x {@code scale} times the chart's marker size. */
    static Marker cross(double scale, float lineWidth) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int size) {
                double r = scale * size / 2;
                g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
                g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
            }
        };
    }
}
