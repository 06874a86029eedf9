package versus.plot;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import versus.plot.TextLabel.Align;
import versus.stats.FriedmanNemenyi;

/**
 * Demsar's critical-difference diagram (Demsar 2006, "Statistical comparisons of classifiers
 * over multiple data sets", JMLR 7, Figure 1) of a {@link FriedmanNemenyi} result: an axis of
 * average ranks 1..k (1 = best, on the left), every model joined to its rank by an elbow line and
 * named with its average rank, the better half on the left and the worse half on the right, a bar
 * of length CD above the axis, and thick bars under the axis joining each maximal group of models
 * that are adjacent in rank and whose ranks differ by less than CD (no pair within a group differs
 * significantly by Nemenyi). The title gives the data sets, alpha and the Friedman
 * (Iman-Davenport) p-value: Demsar reads the post-hoc groups only after it rejects.
 */
public final class CriticalDifference {
    static final int WIDTH = 800;
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Vertical layout in data units of about 22 px each (see {@link #height}). */
    private static final double NAME_STEP = 1.0;
    private static final double CLIQUE_STEP = 0.45;
    private static final double PIXELS_PER_UNIT = 22;

    private CriticalDifference() {
    }

    /** The diagram with the default title. */
    public static XYChart chart(FriedmanNemenyi r) {
        String p = r.pValue() < 0.001 ? "p < 0.001" : "p = " + Style.significant(r.pValue(), 2);
        String verdict = r.pValue() < r.alpha() ? "" : ", not significant";
        return chart("Average ranks over " + r.datasets() + " data sets (Friedman / Iman-Davenport " + p + verdict + ")", r);
    }

    /** The diagram with a title of the caller's. */
    public static XYChart chart(String title, FriedmanNemenyi r) {
        int k = r.numModels();
        double[] ranks = r.averageRanks();
        int[] order = byRank(ranks);
        List<int[]> cliques = cliques(r);
        int[] row = cliqueRows(cliques, ranks);
        int cliqueRows = 0;
        for (int v : row) {
            cliqueRows = Math.max(cliqueRows, v + 1);
        }
        int left = (k + 1) / 2;
        int perSide = left;
        double cliqueBottom = -(cliqueRows + 0.6) * CLIQUE_STEP;
        double yMin = cliqueBottom - perSide * NAME_STEP - 0.6;
        double yMax = 2.2;

        // room for the names beside the axis, in rank units, from the longest name in pixels
        double widest = 0;
        for (int j = 0; j < k; j++) {
            widest = Math.max(widest, TextLabel.width(label(r, j), NAME));
        }
        double plotWidth = WIDTH - 40;
        double text = widest + 30;
        double span = Math.max(1, k - 1);
        double side = span * text / Math.max(plotWidth - 2 * text, 0.35 * plotWidth);
        double xMin = 1 - side;
        double xMax = k + side;

        XYChart c = Style.xy(title, "", "", WIDTH, height(yMax - yMin));
        hideAxes(c);
        Style.range(c, xMin, xMax, yMin, yMax);

        // the rank axis with integer ticks (labelled) and half ticks
        Polylines axis = new Polylines().segment(1, 0, k, 0);
        for (int t = 1; t <= k; t++) {
            axis.segment(t, 0, t, 0.28);
            c.addAnnotation(new TextLabel(Integer.toString(t), t, 0.62, Align.CENTRE, TICK, Palette.BLACK));
            if (t < k) {
                axis.segment(t + 0.5, 0, t + 0.5, 0.14);
            }
        }
        Style.line(c, "axis", axis.xs(), axis.ys(), Palette.BLACK, 1.2f);

        // CD bar above the axis, from rank 1
        double cd = r.criticalDifference();
        double cdEnd = Math.min(1 + cd, xMax);
        Polylines bar = new Polylines().segment(1, 1.35, cdEnd, 1.35).segment(1, 1.2, 1, 1.5).segment(cdEnd, 1.2, cdEnd, 1.5);
        Style.line(c, "cd", bar.xs(), bar.ys(), Palette.BLACK, 1.6f);
        c.addAnnotation(new TextLabel("CD = " + Style.significant(cd, 3) + " (Nemenyi, \u03b1 = " + Style.number(r.alpha()) + ")",
                cdEnd + 0.04 * span, 1.35, Align.LEFT, TICK, Palette.BLACK));

        // elbows from each rank down to its name: better half left, worse half right
        Polylines elbows = new Polylines();
        for (int pos = 0; pos < k; pos++) {
            int j = order[pos];
            boolean onLeft = pos < left;
            int line = onLeft ? pos : k - 1 - pos;
            double y = cliqueBottom - (line + 0.5) * NAME_STEP;
            double end = onLeft ? 1 - 0.15 * side : k + 0.15 * side;
            elbows.end().to(ranks[j], 0).to(ranks[j], y).to(end, y).end();
            c.addAnnotation(new TextLabel(label(r, j), onLeft ? end - 0.03 * side : end + 0.03 * side, y,
                    onLeft ? Align.RIGHT : Align.LEFT, NAME, Palette.BLACK));
        }
        Style.line(c, "models", elbows.xs(), elbows.ys(), Palette.GREY, 1.2f);

        // cliques: thick bars just past their end ranks
        Polylines bars = new Polylines();
        double overhang = 0.03 * span;
        for (int q = 0; q < cliques.size(); q++) {
            int[] members = cliques.get(q);
            double y = -(row[q] + 1) * CLIQUE_STEP;
            bars.segment(ranks[members[0]] - overhang, y, ranks[members[members.length - 1]] + overhang, y);
        }
        if (!bars.isEmpty()) {
            Style.line(c, "cliques", bars.xs(), bars.ys(), Palette.BLACK, 4f);
        }
        return c;
    }

    /** "name (2.35)": the model and its average rank. */
    private static String label(FriedmanNemenyi r, int j) {
        return r.models().get(j) + " (" + String.format(java.util.Locale.ROOT, "%.2f", r.averageRanks()[j]) + ")";
    }

    /** Pixel height for a layout of {@code units} vertical data units plus the title. */
    private static int height(double units) {
        return (int) Math.round(units * PIXELS_PER_UNIT + 60);
    }

    private static void hideAxes(XYChart c) {
        var s = c.getStyler();
        s.setLegendVisible(false);
        s.setAxisTicksVisible(false);
        s.setAxisTitlesVisible(false);
        s.setPlotGridLinesVisible(false);
        s.setPlotBorderVisible(false);
    }

    /** Model indices by average rank, best first (ties by index). */
    static int[] byRank(double[] ranks) {
        Integer[] idx = new Integer[ranks.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> ranks[i]).thenComparingInt(i -> i));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /**
     * The groups the diagram joins: runs of models consecutive in rank order whose extreme members
     * do not differ significantly ({@link FriedmanNemenyi#significant(int, int)} false, i.e. their
     * ranks differ by less than CD, hence so does every pair inside), of at least two models and
     * not contained in another such run. Each group lists model indices in rank order; groups are
     * ordered by their best member.
     */
    static List<int[]> cliques(FriedmanNemenyi r) {
        int[] order = byRank(r.averageRanks());
        int k = order.length;
        List<int[]> out = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < k; i++) {
            int j = i;
            while (j + 1 < k && !r.significant(order[i], order[j + 1])) {
                j++;
            }
            // a run ending where the previous one ended lies inside it
            if (j > i && j > lastEnd) {
                out.add(java.util.Arrays.copyOfRange(order, i, j + 1));
                lastEnd = j;
            }
        }
        return out;
    }

    /**
     * A row under the axis for each clique: the first row where it does not touch an earlier
     * clique, so that disjoint groups share a row and overlapping ones stack.
     */
    private static int[] cliqueRows(List<int[]> cliques, double[] ranks) {
        int[] row = new int[cliques.size()];
        List<Double> rowEnds = new ArrayList<>();
        for (int q = 0; q < cliques.size(); q++) {
            int[] m = cliques.get(q);
            double from = ranks[m[0]];
            double to = ranks[m[m.length - 1]];
            int r = 0;
            while (r < rowEnds.size() && rowEnds.get(r) >= from - 0.1) {
                r++;
            }
            if (r == rowEnds.size()) {
                rowEnds.add(to);
            } else {
                rowEnds.set(r, to);
            }
            row[q] = r;
        }
        return row;
    }
}
