package versus.optim;

/**
 * A line search for a step {@code a > 0} along a descent direction p that satisfies the strong
 * Wolfe conditions
 * <pre>
 *   f(x + a p) <= f(x) + c1 a g.p          (sufficient decrease)
 *   |g(x + a p).p| <= c2 |g.p|             (curvature)
 * </pre>
 * by bracketing and zooming with safeguarded cubic interpolation (Nocedal and Wright 2006,
 * Algorithms 3.5 and 3.6, equation 3.59). Every trial evaluates value and gradient together.
 * Buffers are allocated once; a search allocates nothing.
 */
final class WolfeLineSearch {
    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    private static final int MAX_EVALUATIONS = 40;

    private final DifferentiableFunction f;
    private final double[] trialX;
    private final double[] trialG;
    private double value;
    private int evaluations;
    private boolean wolfe;
    private double slope;   // g.p at the last trial point
    private double bestA;   // the lowest trial point of this search (kept in xOut, gOut)
    private double bestF;

    WolfeLineSearch(DifferentiableFunction f, int n) {
        this.f = f;
        trialX = new double[n];
        trialG = new double[n];
    }

    /** The value at the accepted point. */
    double value() { return value; }

    /** Function evaluations of the last search. */
    int evaluations() { return evaluations; }

    /** Whether the last step met both Wolfe conditions (else it only decreased f). */
    boolean satisfiedWolfe() { return wolfe; }

    /**
     * Searches along p from x (value fx, directional derivative dphi0 = g.p < 0), starting with
     * step a1. On success writes the new point and gradient into xOut and gOut and returns the
     * step. Without a Wolfe step in the evaluation budget it falls back to the lowest point seen
     * if that decreased f ({@link #satisfiedWolfe()} false), and returns 0 when nothing did
     * (xOut and gOut are then meaningless).
     */
    double search(double[] x, double fx, double[] g, double[] p, double dphi0, double a1, double[] xOut, double[] gOut) {
        evaluations = 0;
        wolfe = true;
        double aPrev = 0;
        double fPrev = fx;
        double dPrev = dphi0;
        double a = a1;
        bestA = 0;
        bestF = fx;
        while (evaluations < MAX_EVALUATIONS) {
            double fa = trial(x, p, a, xOut, gOut);
            double da = slope;
            if (!Double.isFinite(fa) || fa > fx + C1 * a * dphi0 || (evaluations > 1 && fa >= fPrev)) {
                return zoom(x, fx, p, dphi0, aPrev, fPrev, dPrev, a, fa, da, xOut, gOut);
            }
            if (Math.abs(da) <= -C2 * dphi0) {
                keep(xOut, gOut, fa);
                return a;
            }
            if (da >= 0) {
                return zoom(x, fx, p, dphi0, a, fa, da, aPrev, fPrev, dPrev, xOut, gOut);
            }
            aPrev = a;
            fPrev = fa;
            dPrev = da;
            a *= 2;
        }
        return fallback(fx);
    }

    /** Algorithm 3.6: shrinks [lo, hi] (f(lo) the lowest value satisfying decrease) until a strong Wolfe step is found. */
    private double zoom(double[] x, double fx, double[] p, double dphi0, double lo, double fLo, double dLo,
                        double hi, double fHi, double dHi, double[] xOut, double[] gOut) {
        while (evaluations < MAX_EVALUATIONS) {
            double a = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            double fa = trial(x, p, a, xOut, gOut);
            double da = slope;
            if (!Double.isFinite(fa) || fa > fx + C1 * a * dphi0 || fa >= fLo) {
                hi = a;
                fHi = fa;
                dHi = da;
            } else {
                if (Math.abs(da) <= -C2 * dphi0) {
                    keep(xOut, gOut, fa);
                    return a;
                }
                if (da * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = a;
                fLo = fa;
                dLo = da;
            }
            if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) {
                break;
            }
        }
        return fallback(fx);
    }

    /** Without a Wolfe step, the lowest point seen is taken if it decreased f (xOut holds it); otherwise 0. */
    private double fallback(double fx) {
        wolfe = false;
        if (bestA > 0 && bestF < fx) {
            value = bestF;
            return bestA;
        }
        return 0;
    }

    /**
     * The minimiser of the cubic through (lo, fLo, dLo) and (hi, fHi, dHi) (Nocedal and Wright
     * equation 3.59), kept inside the middle 80% of the interval; bisection when the cubic has no
     * real minimiser or a value is not finite.
     */
    static double interpolate(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        double left = Math.min(lo, hi);
        double right = Math.max(lo, hi);
        double margin = 0.1 * (right - left);
        double mid = 0.5 * (lo + hi);
        if (!Double.isFinite(fHi) || !Double.isFinite(dHi)) {
            return mid;
        }
        double d1 = dLo + dHi - 3 * (fLo - fHi) / (lo - hi);
        double disc = d1 * d1 - dLo * dHi;
        if (!(disc >= 0)) {
            return mid;
        }
        double d2 = Math.copySign(Math.sqrt(disc), hi - lo);
        double a = hi - (hi - lo) * (dHi + d2 - d1) / (dHi - dLo + 2 * d2);
        if (!Double.isFinite(a) || a < left + margin || a > right - margin) {
            return mid;
        }
        return a;
    }

    /** Evaluates f at x + a p (the slope g.p goes to {@link #slope}) and keeps the point when it is the lowest so far. */
    private double trial(double[] x, double[] p, double a, double[] xOut, double[] gOut) {
        for (int i = 0; i < x.length; i++) {
            trialX[i] = x[i] + a * p[i];
        }
        evaluations++;
        double fa = f.valueAndGradient(trialX, trialG);
        slope = dot(trialG, p);
        if (fa < bestF) {
            bestF = fa;
            bestA = a;
            keep(xOut, gOut, fa);
        }
        return fa;
    }

    private void keep(double[] xOut, double[] gOut, double fa) {
        System.arraycopy(trialX, 0, xOut, 0, xOut.length);
        System.arraycopy(trialG, 0, gOut, 0, gOut.length);
        value = fa;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
