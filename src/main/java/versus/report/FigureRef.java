package versus.report;

/**
 * A figure written into the results folder: its caption, the PNG path relative to the folder
 * (an SVG with the same stem sits next to it), and optional Markdown shown under it (for
 * example an iterates table).
 */
public record FigureRef(String caption, String png, String extraMarkdown) {
    /** Draws figures into the results folder being written; returns them in report order. */
    @FunctionalInterface
    public interface Drawer {
        java.util.List<FigureRef> draw(java.nio.file.Path resultsFolder) throws java.io.IOException;
    }
}
