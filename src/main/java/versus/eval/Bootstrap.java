package versus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * The bootstrap (Efron 1983, JASA 78:316-331; Efron &amp; Tibshirani 1997, JASA 92:548-560): each
 * of {@code resamples} splits trains on n rows drawn uniformly <em>with replacement</em> (so
 * {@code Split.train} repeats rows, listed ascending, which {@link Dataset#subset} supports) and
 * tests on the out-of-bag rows, those never drawn (about 36.8% of them, since (1 - 1/n)^n -&gt;
 * 1/e). A draw that leaves no row out of bag is redrawn from the same generator, so the splits
 * still depend only on the seed. Split {@code index = repeat = r}, {@code fold = 0}.
 *
 * <p>With query ids the units drawn are whole query groups (a cluster bootstrap): a drawn group
 * brings all its rows, once per draw, and a group not drawn is out of bag, so no query is split
 * between training and test.
 *
 * <p>The estimator says how the runner turns the per-resample numbers into one estimate; see
 * {@link BootstrapEstimator}. The .632 estimators also need each fitted model scored on its own
 * training sample (the resubstitution error).
 *
 * @param resamples number of bootstrap samples, at least 1
 * @param estimator how the per-resample numbers are combined
 */
public record Bootstrap(int resamples, Estimator estimator) implements Protocol {
    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        }
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must be one of oob, 632, 632+, got null");
        }
    }

    /** The bootstrap estimate of generalisation performance. */
    public enum Estimator {
        /** The mean out-of-bag value: pessimistic, the model saw only ~63.2% of the distinct rows. */
        OOB("oob"),
        /** Efron's .632: per resample 0.368 resubstitution + 0.632 out-of-bag, averaged. */
        POINT_632("632"),
        /** Efron &amp; Tibshirani's .632+: .632 with more weight on out-of-bag as overfitting grows. */
        POINT_632_PLUS("632+");

        private final String token;

        Estimator(String token) { this.token = token; }

        /** The YAML name: {@code oob}, {@code 632} or {@code 632+}. */
        public String token() { return token; }

        /** Whether the runner must also score each model on its own training sample. */
        public boolean needsResubstitution() { return this != OOB; }

        /** Whether the runner must also supply the no-information value (see {@link BootstrapEstimator}). */
        public boolean needsNoInformation() { return this == POINT_632_PLUS; }

        /** The estimator of a YAML name (case-insensitive; {@code .632} and {@code .632+} too), or empty. */
        public static Optional<Estimator> parse(String name) {
            String s = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            s = s.startsWith(".") ? s.substring(1) : s;
            for (Estimator e : values()) {
                if (e.token.equals(s)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public String name() { return "bootstrap"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        Resampling.Groups groups = Resampling.Groups.ofData(data);
        int units = groups != null ? groups.numGroups() : n;
        if (units < 2) {
            throw new IllegalArgumentException("bootstrap needs at least 2 " + (groups != null ? "query groups" : "rows")
                    + ", got " + units + ": one unit is always drawn, leaving nothing out of bag");
        }
        int[] unitOfRow = groups != null ? groups.groupOfRow() : Resampling.identity(n);
        List<Split> out = new ArrayList<>(resamples);
        for (int r = 0; r < resamples; r++) {
            out.add(split(drawsWithOutOfBag(units, rng), unitOfRow, r));
        }
        return out;
    }

    /** How often each of {@code units} units is drawn in {@code units} draws with replacement; redrawn until one is never drawn. */
    private static int[] drawsWithOutOfBag(int units, RandomGenerator rng) {
        int[] count = new int[units];
        while (true) {
            Arrays.fill(count, 0);
            int distinct = 0;
            for (int i = 0; i < units; i++) {
                if (count[rng.nextInt(units)]++ == 0) {
                    distinct++;
                }
            }
            if (distinct < units) {
                return count;
            }
        }
    }

    /** Training rows: each row once per draw of its unit, ascending; test rows: those of undrawn units. */
    private static Split split(int[] count, int[] unitOfRow, int r) {
        int trainSize = 0;
        int testSize = 0;
        for (int u : unitOfRow) {
            if (count[u] == 0) {
                testSize++;
            } else {
                trainSize += count[u];
            }
        }
        int[] train = new int[trainSize];
        int[] test = new int[testSize];
        int a = 0;
        int b = 0;
        for (int i = 0; i < unitOfRow.length; i++) {
            int c = count[unitOfRow[i]];
            if (c == 0) {
                test[b++] = i;
            }
            for (int k = 0; k < c; k++) {
                train[a++] = i;
            }
        }
        return new Split(r, r, 0, train, test);
    }
}
