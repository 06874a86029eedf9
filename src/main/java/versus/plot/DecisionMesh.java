package versus.plot;

import versus.math.Vectors;
import versus.model.Classifier;

/**
 * A classifier read on a {@link Mesh} in the plane of two features: every node is the row
 * {@code base} with features {@code fx} and {@code fy} replaced by the node's coordinates.
 *
 * @param labels  {@code decide(scores)} per node, -1 where a score is not finite (diverged model)
 * @param scores  node-major, {@code k} scores per node
 * @param k       scores per node
 * @param argmax  whether every node decided for its largest score (ties aside), so that each
 *                class region is where {@link #lead} is >= 0
 */
record DecisionMesh(Mesh mesh, int[] labels, double[] scores, int k, boolean argmax) {
    static DecisionMesh evaluate(Classifier c, Mesh mesh, double[] base, int fx, int fy) {
        int n = mesh.n();
        int k = c.numScores();
        int[] labels = new int[mesh.size()];
        double[] scores = new double[mesh.size() * k];
        double[] row = base.clone();
        double[] s = new double[k];
        boolean argmax = k > 1;
        for (int j = 0; j < n; j++) {
            row[fy] = mesh.y(j);
            for (int i = 0; i < n; i++) {
                row[fx] = mesh.x(i);
                c.scores(row, 0, s);
                int node = j * n + i;
                boolean finite = Vectors.allFinite(s);
                labels[node] = finite ? c.decide(s) : -1;
                System.arraycopy(s, 0, scores, node * k, k);
                if (argmax && finite && s[Vectors.argmax(s, k)] != s[labels[node]]) {
                    argmax = false;
                }
            }
        }
        return new DecisionMesh(mesh, labels, scores, k, argmax);
    }

    /** The single score per node (one-score models). */
    double[] score() {
        return lead(-1);
    }

    /**
     * Per node: how far class {@code cls}'s score leads the best other score, s_cls - max_{j != cls} s_j
     * (zero on the border of its argmax region); with {@code cls} = -1 the first score itself.
     */
    double[] lead(int cls) {
        double[] out = new double[mesh.size()];
        for (int node = 0; node < out.length; node++) {
            int o = node * k;
            if (cls < 0) {
                out[node] = scores[o];
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (j != cls) {
                    best = Math.max(best, scores[o + j]);
                }
            }
            out[node] = scores[o + cls] - best;
        }
        return out;
    }

    /**
     * Whether the classifier decides a single score by its sign (class 1 iff score >= 0), so that
     * the boundary is the zero level set of the score and can be interpolated between nodes.
     */
    static boolean signDecision(Classifier c) {
        return c.numScores() == 1 && c.numClasses() == 2
                && c.decide(new double[] {-1e-9}) == 0 && c.decide(new double[] {0}) == 1 && c.decide(new double[] {1e-9}) == 1;
    }
}
