package versus.plot;

import java.util.Arrays;

/**
 * Many separate pieces (segments, polylines, rectangles) packed into the x and y arrays of ONE
 * XChart series, separated by NaN: XChart breaks a line at a NaN y value and closes the current
 * polygon of a {@code PolygonArea} series there. One series instead of hundreds keeps the legend
 * clean and the SVG small. A scatter series simply takes the points of one unended piece.
 */
final class Polylines {
    private double[] x = new double[64];
    private double[] y = new double[64];
    private int size;
    private boolean open;

    /** Appends a point to the current piece. */
    Polylines to(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, 2 * size);
            y = Arrays.copyOf(y, 2 * size);
        }
        x[size] = px;
        y[size] = py;
        size++;
        open = true;
        return this;
    }

    /** Ends the current piece; the next point starts a new one. */
    Polylines end() {
        if (open) {
            to(Double.NaN, Double.NaN);
            open = false;
        }
        return this;
    }

    Polylines segment(double x0, double y0, double x1, double y1) {
        return end().to(x0, y0).to(x1, y1).end();
    }

    /** An axis-aligned rectangle as a closed polygon (for {@code PolygonArea} series). */
    Polylines rectangle(double x0, double y0, double x1, double y1) {
        return end().to(x0, y0).to(x1, y0).to(x1, y1).to(x0, y1).end();
    }

    /** Appends the pieces of {@code other} as separate pieces. */
    Polylines append(Polylines other) {
        end();
        for (int i = 0; i < other.size; i++) {
            if (Double.isNaN(other.y[i])) {
                end();
            } else {
                to(other.x[i], other.y[i]);
            }
        }
        return end();
    }

    /**
     * The same pieces with every segment cut into {@code k} equal parts: for smooth painting
     * ({@link Style#curve}), whose bend between points shrinks with their spacing.
     */
    Polylines subdivided(int k) {
        Polylines out = new Polylines();
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(y[i])) {
                out.end();
                continue;
            }
            if (i > 0 && !Double.isNaN(y[i - 1])) {
                for (int s = 1; s < k; s++) {
                    double t = (double) s / k;
                    out.to(x[i - 1] + t * (x[i] - x[i - 1]), y[i - 1] + t * (y[i] - y[i - 1]));
                }
            }
            out.to(x[i], y[i]);
        }
        return out.end();
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Number of pieces. */
    int pieces() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(y[i])) {
                n++;
            }
        }
        return n + (open ? 1 : 0);
    }

    double[] xs() {
        return Arrays.copyOf(x, size);
    }

    double[] ys() {
        return Arrays.copyOf(y, size);
    }
}
