package versus.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A line of text anchored at a data point, aligned left, centred or right of it and centred
 * vertically on it: XChart's own text annotation only centres, which cannot line names up against
 * a line end. Painted as glyph outlines like the rest of XChart's text, so an SVG needs no fonts.
 */
final class TextLabel extends Annotation {
    enum Align { LEFT, CENTRE, RIGHT }

    private final String text;
    private final double x;
    private final double y;
    private final Align align;
    private final Font font;
    private final Color colour;

    TextLabel(String text, double x, double y, Align align, Font font, Color colour) {
        super(false);
        this.text = text;
        this.x = x;
        this.y = y;
        this.align = align;
        this.font = font;
        this.colour = colour;
    }

    /** The advance width of {@code text} in pixels at {@code font} (for laying out space beside an axis). */
    static double width(String text, Font font) {
        return new TextLayout(text, font, new java.awt.font.FontRenderContext(null, true, true)).getAdvance();
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || text.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double advance = layout.getAdvance();
        double capHeight = font.createGlyphVector(g.getFontRenderContext(), "H").getVisualBounds().getHeight();
        double px = getXAxisScreenValue(x);
        double py = getYAxisScreenValue(y);
        double left = switch (align) {
            case LEFT -> px;
            case CENTRE -> px - advance / 2;
            case RIGHT -> px - advance;
        };
        double baseline = py + capHeight / 2;
        Shape outline = AffineTransform.getTranslateInstance(left, baseline).createTransformedShape(layout.getOutline(null));
        Color saved = g.getColor();
        g.setColor(colour);
        g.fill(outline);
        g.setColor(saved);
        bounds = new Rectangle2D.Double(left, baseline - layout.getAscent(), advance, layout.getAscent() + layout.getDescent());
    }
}
