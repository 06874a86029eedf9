package versus.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * Writes a figure as {@code baseName.png} (1x, the figure's pixel size) and {@code baseName.svg}
 * (VectorGraphics2D; XChart draws text as glyph outlines, so an SVG needs no fonts). The only
 * class of this package that touches files. Works headless.
 */
public final class FigureWriter {
    private FigureWriter() {
    }

    /** Writes one chart; returns the PNG and SVG paths. */
    public static List<Path> write(IChart chart, Path directory, String baseName) throws IOException {
        return write(Figure.of(chart), directory, baseName);
    }

    /** Writes a figure (one chart or a grid of panels); returns the PNG and SVG paths. */
    public static List<Path> write(Figure figure, Path directory, String baseName) throws IOException {
        if (baseName.isEmpty() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("baseName must be a plain file name without extension, got '" + baseName + "'");
        }
        Files.createDirectories(directory);
        Path png = directory.resolve(baseName + ".png");
        Path svg = directory.resolve(baseName + ".svg");
        try (OutputStream out = Files.newOutputStream(png)) {
            writePng(figure, out);
        }
        try (OutputStream out = Files.newOutputStream(svg)) {
            writeSvg(figure, out);
        }
        return List.of(png, svg);
    }

    static void writePng(Figure figure, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            blank(g, figure);
            figure.paint(g);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    static void writeSvg(Figure figure, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        blank(g, figure);
        figure.paint(g);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height())).writeTo(raw);
        out.write(compact(raw.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Cuts every decimal number to 2 decimals: VectorGraphics2D writes full double precision
     * ("56.968750000000014") for coordinates in pixels, where 0.01 px is far below what any
     * viewer shows; this about halves the file (text is stored as glyph outlines).
     */
    static String compact(String svg) {
        return DECIMALS.matcher(svg).replaceAll("$1");
    }

    private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");

    /** White canvas: a grid's last row may have empty cells. */
    private static void blank(Graphics2D g, Figure figure) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.width(), figure.height());
    }
}
