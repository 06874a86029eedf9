package versus.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities from the regularised incomplete beta and gamma functions. Computing the
 * upper tail directly (not {@code 1 - cdf}) keeps small p-values accurate, and an infinite
 * statistic gives p = 0 rather than NaN.
 */
final class Tails {
    private Tails() {}

    /** P(|T| &gt;= |t|) for Student's t with {@code df} degrees of freedom: I_{df/(df+t^2)}(df/2, 1/2). */
    static double studentTwoSided(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return Math.min(1, Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5));
    }

    /** P(T &lt;= x) for Student's t with {@code df} degrees of freedom. */
    static double studentCdf(double x, double df) {
        double half = studentTwoSided(x, df) / 2;
        return x < 0 ? half : 1 - half;
    }

    /** P(X &gt;= x) for chi-squared with {@code df} degrees of freedom: Q(df/2, x/2). */
    static double chiSquaredUpper(double x, double df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** P(F &gt;= f) for Fisher's F(d1, d2): I_{d2/(d2+d1 f)}(d2/2, d1/2). */
    static double fUpper(double f, double d1, double d2) {
        return f <= 0 ? 1 : Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** P(|Z| &gt;= |z|) for the standard normal: erfc(|z| / sqrt 2). */
    static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }
}
