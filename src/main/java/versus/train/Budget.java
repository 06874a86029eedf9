package versus.train;

import java.util.Locale;

/**
 * How much training every native model of an experiment gets (the YAML's {@code budget:}), so
 * that a comparison is not won by the model that simply trained longer. Exactly one kind:
 *
 * <ul>
 *   <li>{@link Epochs}: every gradient-trained model makes this many passes over its training units;</li>
 *   <li>{@link GradientEvaluations}: every gradient-trained model stops after exactly this many
 *       per-unit gradients (one per training row, or per sampled pair of a ranking objective, in
 *       each mini-batch step, the last batch cut short to land on the count); the full-batch
 *       solvers (L-BFGS, the structured SVM's cutting plane), whose evaluations are whole passes,
 *       make no pass that would exceed it; forward-only passes (early-stopping validation,
 *       objective trace) are not counted;</li>
 *   <li>{@link Seconds}: a wall-clock limit per fit for gradient-trained models (checked after
 *       every step) and for kernel SVMs (SMO stops, its time shared equally by the binary
 *       machines). Not reproducible across machines or thread counts.</li>
 * </ul>
 *
 * Each limit applies per fit (the inner fits of a tuned model each get it too).
 */
public sealed interface Budget {
    /** How much, e.g. "20,000 gradient evaluations". */
    String amount();

    /** A sentence for the report: the amount, per fit, and how it is counted. */
    default String describe() { return amount() + " per fit"; }

    /** Whether the same seed gives the same numbers on any machine and thread count. */
    default boolean reproducible() { return true; }

    /** {@code epochs} passes over the training units. */
    record Epochs(int epochs) implements Budget {
        public Epochs {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
            }
        }

        @Override
        public String amount() { return epochs + " epochs"; }
    }

    /** Exactly {@code count} per-unit gradient evaluations. */
    record GradientEvaluations(long count) implements Budget {
        public GradientEvaluations {
            if (count < 1) {
                throw new IllegalArgumentException("gradient-evaluations must be >= 1, got " + count);
            }
        }

        @Override
        public String amount() { return String.format(Locale.ROOT, "%,d gradient evaluations", count); }

        @Override
        public String describe() {
            return amount() + " per fit (one per training row, or pair, in each mini-batch step, exactly; full-batch solvers make "
                    + "no pass beyond it; validation and objective-trace passes are not counted)";
        }
    }

    /** A wall-clock limit of {@code seconds} per fit. */
    record Seconds(double seconds) implements Budget {
        public Seconds {
            if (!(seconds > 0 && seconds < 1e9)) {
                throw new IllegalArgumentException("seconds must be in (0, 1e9), got " + seconds);
            }
        }

        /** The limit in nanoseconds. */
        public long nanos() { return (long) (seconds * 1e9); }

        @Override
        public String amount() {
            return java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString() + " wall-clock seconds";
        }

        @Override
        public String describe() {
            return amount() + " per fit (a time limit: the numbers are not reproducible across machines or thread counts)";
        }

        @Override
        public boolean reproducible() { return false; }
    }
}
