package versus.report;

import java.util.Optional;

/**
 * One significance test requested in the experiment file ({@code tests:}): which test, the
 * baseline model every other model is compared with (null = every pair), the metric, the level
 * alpha, and for the Bayesian test the region of practical equivalence.
 */
public record SignificanceSpec(Kind kind, String baseline, String metric, double alpha, double rope) {
    public SignificanceSpec {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(rope >= 0) || !Double.isFinite(rope)) {
            throw new IllegalArgumentException("rope must be a finite number >= 0, got " + rope);
        }
    }

    /** The tests and their YAML names; see {@code versus.stats} for formulas and citations. */
    public enum Kind {
        /** Per data set, over repeated holdout / k-fold splits (Nadeau and Bengio 2003). */
        CORRECTED_T("corrected-t"),
        /** Per data set, over 5 x 2-fold cross-validation (Dietterich 1998). */
        FIVE_BY_TWO_CV("5x2cv"),
        /** Per data set, on one holdout's per-row correctness (McNemar 1947; Dietterich 1998). */
        MCNEMAR("mcnemar"),
        /** Across data sets, on mean scores (Demsar 2006). */
        WILCOXON("wilcoxon"),
        /** Across data sets, all models at once, with the Nemenyi post-hoc test (Demsar 2006). */
        FRIEDMAN_NEMENYI("friedman-nemenyi"),
        /** Per data set, Bayesian correlated t-test with a rope (Benavoli et al. 2017). */
        BAYESIAN_ROPE("bayesian-rope");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public static Optional<Kind> parse(String name) {
            for (Kind k : values()) {
                if (k.token.equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }
}
