package versus.loss;

/**
 * Crammer-Singer multiclass hinge {@code L(s, y) = max(0, margin + max_{k != y} s_k - s_y)}
 * (Crammer and Singer 2001; LIBLINEAR -s 4), margin 1 by default.
 * Subgradient: when active ({@code margin + s_r - s_y >= 0} for the arg-max rival r) +1 on s_r and
 * -1 on s_y, else 0. At the hinge's kink (equality) we take the active side, as {@link Hinge} does;
 * when several rivals tie for the maximum we put the +1 on the first (lowest index) of them; both
 * choices are elements of the subdifferential. K = 2 is allowed: it is then the binary hinge on
 * s_y - s_other with two scores. Decision argmax; no probabilities.
 */
public record CrammerSinger(double margin) implements MulticlassLoss {
    public CrammerSinger {
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite number >= 0, got " + margin);
        }
    }

    /** Margin 1. */
    public CrammerSinger() {
        this(1.0);
    }

    @Override public String name() { return "crammer-singer"; }
    @Override public int numOutputs(int numClasses) { return numClasses; }

    @Override
    public double valueAndGradient(double[] scores, int label, double[] dScores) {
        int k = dScores.length;
        int rival = -1;
        for (int j = 0; j < k; j++) {
            dScores[j] = 0;
            if (j != label && (rival < 0 || scores[j] > scores[rival])) {
                rival = j;
            }
        }
        double violation = margin + scores[rival] - scores[label];
        if (violation < 0) {
            return 0;
        }
        dScores[rival] = 1;
        dScores[label] = -1;
        return violation;
    }
}
