package versus.plot;

/**
 * An n x n grid of nodes spanning the box [xMin, xMax] x [yMin, yMax] edge to edge, node (i, j)
 * at index {@code j * n + i} (rows of constant y, bottom first). Nodes sit on the box edges so
 * contours reach them; the cell of a node is the box of half-spacings around it, clipped to the
 * box, so cells tile the box exactly.
 */
record Mesh(double xMin, double xMax, double yMin, double yMax, int n) {
    Mesh {
        if (n < 2) {
            throw new IllegalArgumentException("a mesh needs >= 2 nodes per side, got " + n);
        }
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty mesh box [" + xMin + ", " + xMax + "] x [" + yMin + ", " + yMax + "]");
        }
    }

    /**
     * The box around the points {@code (xs[i], ys[i])} widened by {@code padding} times its
     * width and height on every side (a degenerate side gets width 1 first).
     */
    static Mesh around(double[] xs, double[] ys, double padding, int n) {
        double[] bx = span(xs);
        double[] by = span(ys);
        double px = padding * (bx[1] - bx[0]);
        double py = padding * (by[1] - by[0]);
        return new Mesh(bx[0] - px, bx[1] + px, by[0] - py, by[1] + py, n);
    }

    /**
     * This box with its shorter side widened (about its centre) to the longer one when the two
     * ranges are within {@code maxRatio} of each other, so that on a square plot one unit is as
     * long on both axes and distances, angles and margins look true; left alone otherwise (two
     * features on very different scales).
     */
    Mesh squared(double maxRatio) {
        double w = xMax - xMin;
        double h = yMax - yMin;
        if (Math.max(w, h) / Math.min(w, h) > maxRatio) {
            return this;
        }
        double side = Math.max(w, h);
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        return new Mesh(cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2, n);
    }

    private static double[] span(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            if (Double.isFinite(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        if (lo > hi) {
            return new double[] {-1, 1};
        }
        if (lo == hi) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        return new double[] {lo, hi};
    }

    double dx() { return (xMax - xMin) / (n - 1); }
    double dy() { return (yMax - yMin) / (n - 1); }
    double x(int i) { return i == n - 1 ? xMax : xMin + i * dx(); }
    double y(int j) { return j == n - 1 ? yMax : yMin + j * dy(); }
    int size() { return n * n; }
}
