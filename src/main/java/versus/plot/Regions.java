package versus.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Filled class regions of a labelled {@link Mesh} as few rectangles: each row's runs of equal
 * labels become one rectangle, and a run repeated in the next row grows the same rectangle. An
 * 80 x 80 mesh gives a few hundred rectangles instead of 6400 markers, which keeps the SVG small.
 * Each rectangle reaches {@link #OVERLAP} of a row into the row above, so anti-aliased edges of
 * touching rectangles do not leave pale seams; the class boundary is drawn over it anyway.
 */
final class Regions {
    /** Upward overlap in rows: about one pixel at the usual panel sizes. */
    static final double OVERLAP = 0.15;

    private record Run(int from, int to, int label, int firstRow) {
    }

    private Regions() {
    }

    /** One set of rectangles per label {@code 0..numLabels-1}; nodes labelled outside that range are left empty. */
    static Polylines[] of(Mesh m, int[] labels, int numLabels) {
        Polylines[] out = new Polylines[numLabels];
        for (int k = 0; k < numLabels; k++) {
            out[k] = new Polylines();
        }
        int n = m.n();
        List<Run> open = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Run> next = new ArrayList<>();
            int i = 0;
            while (i < n) {
                int label = labels[j * n + i];
                int end = i + 1;
                while (end < n && labels[j * n + end] == label) {
                    end++;
                }
                next.add(continued(open, i, end, label, j));
                i = end;
            }
            for (Run r : open) {
                if (!next.contains(r)) {
                    emit(m, r, j - 1, out);
                }
            }
            open = next;
        }
        for (Run r : open) {
            emit(m, r, n - 1, out);
        }
        return out;
    }

    /** The open run with the same columns and label, or a new one starting at this row. */
    private static Run continued(List<Run> open, int from, int to, int label, int row) {
        for (Run r : open) {
            if (r.from == from && r.to == to && r.label == label) {
                return r;
            }
        }
        return new Run(from, to, label, row);
    }

    private static void emit(Mesh m, Run r, int lastRow, Polylines[] out) {
        if (r.label < 0 || r.label >= out.length) {
            return;
        }
        double halfX = m.dx() / 2;
        double halfY = m.dy() / 2;
        double x0 = Math.max(m.xMin(), m.x(r.from) - halfX);
        double x1 = Math.min(m.xMax(), m.x(r.to - 1) + halfX);
        double y0 = Math.max(m.yMin(), m.y(r.firstRow) - halfY);
        double y1 = Math.min(m.yMax(), m.y(lastRow) + halfY + OVERLAP * m.dy());
        out[r.label].rectangle(x0, y0, x1, y1);
    }
}
