package versus.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marching squares on a {@link Mesh}: whether and where a line crosses a cell edge is decided per
 * edge, and the crossings of each cell are joined (two crossings: one segment; three or four, a
 * saddle or a meeting of three classes: each crossing to the cell centre). The segments are then
 * chained into polylines, so that a dashed style runs on along the line instead of restarting
 * at every cell. Two kinds of edges: level sets of node values (crossing point linearly
 * interpolated, so a smooth field gives a smooth line) and borders between node labels
 * (crossing at the edge midpoint).
 */
final class Contours {
    /** Where an edge from node a to node b is crossed, as a fraction t in [0, 1] from a; NaN when it is not. */
    @FunctionalInterface
    private interface Crossing {
        double at(int a, int b);
    }

    private Contours() {
    }

    /** The set {@code values = level}; NaN values count as below every level. */
    static Polylines level(Mesh m, double[] values, double level) {
        return trace(m, (a, b) -> {
            double va = values[a];
            double vb = values[b];
            if ((va >= level) == (vb >= level)) {
                return Double.NaN;
            }
            double t = (level - va) / (vb - va);
            return t >= 0 && t <= 1 ? t : Double.NaN;
        });
    }

    /** The borders between nodes of different labels (decision boundaries of any number of classes). */
    static Polylines borders(Mesh m, int[] labels) {
        return trace(m, (a, b) -> labels[a] == labels[b] ? Double.NaN : 0.5);
    }

    private static Polylines trace(Mesh m, Crossing crossing) {
        Graph g = new Graph();
        int n = m.n();
        long[] ids = new long[4];
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                int c0 = j * n + i;
                int c1 = c0 + 1;
                int c3 = c0 + n;
                int c2 = c3 + 1;
                int k = 0;
                // the edges bottom, right, top, left, each named by its two nodes (lower index first)
                int[][] edges = {{c0, c1}, {c1, c2}, {c3, c2}, {c0, c3}};
                for (int[] e : edges) {
                    double t = crossing.at(e[0], e[1]);
                    if (!Double.isNaN(t)) {
                        long id = (long) e[0] * m.size() + e[1];
                        // from the nodes' own coordinates, so both cells sharing the edge agree exactly
                        g.point(id, lerp(m.x(e[0] % n), m.x(e[1] % n), t), lerp(m.y(e[0] / n), m.y(e[1] / n), t));
                        ids[k++] = id;
                    }
                }
                if (k == 2) {
                    g.link(ids[0], ids[1]);
                } else if (k > 2) {
                    long centre = -1 - c0;
                    g.point(centre, (m.x(i) + m.x(i + 1)) / 2, (m.y(j) + m.y(j + 1)) / 2);
                    for (int e = 0; e < k; e++) {
                        g.link(ids[e], centre);
                    }
                }
            }
        }
        return g.chains();
    }

    private static double lerp(double a, double b, double t) {
        return a + t * (b - a);
    }

    private record Segment(long a, long b) {
    }

    /** Crossing points and the segments between them; points meet at most 2 segments except cell centres. */
    private static final class Graph {
        private final Map<Long, double[]> points = new HashMap<>();
        private final Map<Long, List<Long>> links = new HashMap<>();
        private final List<Long> order = new ArrayList<>();

        void point(long id, double x, double y) {
            if (points.putIfAbsent(id, new double[] {x, y}) == null) {
                order.add(id);
            }
        }

        void link(long a, long b) {
            links.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            links.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }

        /** Walks every segment once: open chains from their ends (or junctions) first, then closed loops. */
        Polylines chains() {
            Polylines out = new Polylines();
            Set<Segment> used = new HashSet<>();
            for (boolean loops : new boolean[] {false, true}) {
                for (long start : order) {
                    List<Long> next = links.getOrDefault(start, List.of());
                    if (!loops && next.size() == 2) {
                        continue; // an inner point of a chain: start from its ends
                    }
                    for (long first : next) {
                        if (!take(used, start, first)) {
                            continue;
                        }
                        walk(out, start, first, used);
                    }
                }
            }
            return out;
        }

        private void walk(Polylines out, long from, long to, Set<Segment> used) {
            double[] p = points.get(from);
            out.to(p[0], p[1]);
            long prev = from;
            long at = to;
            while (true) {
                p = points.get(at);
                out.to(p[0], p[1]);
                List<Long> next = links.get(at);
                if (next.size() != 2) {
                    break;
                }
                long step = next.get(0) == prev ? next.get(1) : next.get(0);
                if (!take(used, at, step)) {
                    break;
                }
                prev = at;
                at = step;
            }
            out.end();
        }

        /** Marks the segment a-b as drawn; false if it already was. */
        private static boolean take(Set<Segment> used, long a, long b) {
            return used.add(new Segment(Math.min(a, b), Math.max(a, b)));
        }
    }
}
