package versus.eval;

/** A number computed from {@link Predictions}; each metric says whether higher is better. */
public interface Metric {
    /** Canonical name as accepted in YAML and written in results files. */
    String name();

    boolean higherIsBetter();

    /** Whether {@link #compute} needs class probabilities (log-loss, Brier, AUC). */
    default boolean needsProbabilities() { return false; }

    /** Whether {@link #compute} needs query groups and ranking scores (pair accuracy, NDCG, ...). */
    default boolean needsRanking() { return false; }

    /** Whether {@link #compute} needs label sets (multi-label metrics such as Hamming loss). */
    default boolean needsLabelSets() { return false; }

    double compute(Predictions p);
}
