package versus.loss;

/**
 * Modified Huber loss quadratic down to the switch point t &lt; 1 and linear (its tangent) below:
 * {@code l(m) = 0 for m > 1; (1 - m)^2 for t <= m <= 1; (1 - t)(1 + t - 2m) for m < t}.
 * <ul>
 * <li>t = -1: {@code modified-huber}, Zhang (2004) and scikit-learn's {@code ModifiedHuber}:
 *     -4m for m &lt; -1, (1 - m)^2 for -1 &lt;= m &lt;= 1, 0 for m &gt; 1. It is classification
 *     calibrated with P(y=+1 | s) = (clip(s, -1, 1) + 1) / 2 (Zhang 2004), which we do not expose
 *     as probabilities (it saturates at 0 and 1 outside [-1, 1]).</li>
 * <li>t = 0: {@code modified-huber-notes}, the DL1 notes' form (seed 004, GOLDEN C01):
 *     -2m + 1 for m &lt;= 0, (m - 1)^2 for 0 &lt; m &lt;= 1, 0 otherwise; twice the "smooth hinge"
 *     of Rennie and Srebro (2005). It differs from Zhang's form only for m &lt; 0 (e.g. 5 vs 8 at
 *     m = -2; GOLDEN D05).</li>
 * </ul>
 * Both are continuously differentiable (C1): {@code l'(m) = 0, -2(1 - m), -2(1 - t)} on the three
 * pieces, so no subgradient choice is needed; only l'' jumps, at t and at 1. Linear growth for
 * m &lt; t: no overflow for any finite margin whose true loss is a finite double.
 */
public record ModifiedHuber(double switchPoint) implements MarginLoss {
    public ModifiedHuber {
        if (!(switchPoint < 1) || !Double.isFinite(switchPoint)) {
            throw new IllegalArgumentException("switchPoint must be a finite number < 1, got " + switchPoint);
        }
    }

    /** Zhang (2004) / scikit-learn: quadratic on [-1, 1]. */
    public static ModifiedHuber zhang() { return new ModifiedHuber(-1.0); }

    /** The DL1 notes' variant (GOLDEN C01): quadratic on [0, 1]. */
    public static ModifiedHuber notes() { return new ModifiedHuber(0.0); }

    @Override
    public String name() {
        if (switchPoint == -1) {
            return "modified-huber";
        }
        return switchPoint == 0 ? "modified-huber-notes" : "modified-huber(switch " + switchPoint + ")";
    }

    @Override
    public double value(double m) {
        if (m > 1) {
            return 0;
        }
        if (m >= switchPoint) {
            double r = 1 - m;
            return r * r;
        }
        return (1 - switchPoint) * (1 + switchPoint - 2 * m);
    }

    @Override
    public double derivative(double m) {
        if (m > 1) {
            return 0;
        }
        return m >= switchPoint ? -2 * (1 - m) : -2 * (1 - switchPoint);
    }
}
