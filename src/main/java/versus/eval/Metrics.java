package versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classification and ranking metrics by canonical name (what {@code versus list metrics} prints and the
 * YAML {@code metrics:} list accepts).
 *
 * <table>
 *   <caption>Canonical metrics</caption>
 *   <tr><th>name</th><th>definition</th></tr>
 *   <tr><td>accuracy, error</td><td>trace / n, 1 - accuracy</td></tr>
 *   <tr><td>balanced-accuracy</td><td>mean recall over the classes present in the truth</td></tr>
 *   <tr><td>precision, recall, specificity, f1</td><td>class 1 vs rest when K = 2, macro mean when K &gt; 2</td></tr>
 *   <tr><td>f1-micro, f1-weighted</td><td>F1 of pooled counts; support-weighted mean F1</td></tr>
 *   <tr><td>log-loss, brier</td><td>mean -ln p(true), clipped at 1e-15; mean sum_k (p_k - 1{y=k})^2</td></tr>
 *   <tr><td>auc, pr-auc</td><td>ROC AUC (rank statistic), average precision; macro one-vs-rest when K &gt; 2</td></tr>
 *   <tr><td>pair-accuracy, kendall-tau, ndcg@K, map</td><td>ranking metrics over query groups (data with qid);
 *   see {@link RankingMetrics}; {@code ndcg@10} is listed, any K &gt;= 1 is accepted</td></tr>
 *   <tr><td>hamming-loss, subset-accuracy, example-f1, jaccard, label-f1-micro, label-f1-macro</td>
 *   <td>multi-label data only; see {@link MultiLabelMetric}</td></tr>
 * </table>
 *
 * <p>Aliases: {@code <quantity>-<averaging>} for quantity precision, recall, specificity, f1 and
 * averaging binary, macro, micro, weighted (e.g. {@code recall-macro}).
 */
public final class Metrics {
    private static final List<Metric> CANONICAL = List.of(
            ConfusionMetric.ACCURACY,
            ConfusionMetric.ERROR,
            ConfusionMetric.BALANCED_ACCURACY,
            new ClassScore(ClassScore.Quantity.PRECISION, Averaging.BINARY_OR_MACRO),
            new ClassScore(ClassScore.Quantity.RECALL, Averaging.BINARY_OR_MACRO),
            new ClassScore(ClassScore.Quantity.SPECIFICITY, Averaging.BINARY_OR_MACRO),
            new ClassScore(ClassScore.Quantity.F1, Averaging.BINARY_OR_MACRO),
            new ClassScore(ClassScore.Quantity.F1, Averaging.MICRO),
            new ClassScore(ClassScore.Quantity.F1, Averaging.WEIGHTED),
            ProbabilityLoss.LOG_LOSS,
            ProbabilityLoss.BRIER,
            CurveArea.AUC,
            CurveArea.PR_AUC,
            RankingMetrics.PAIR_ACCURACY,
            RankingMetrics.KENDALL_TAU,
            RankingMetrics.ndcg(10),
            RankingMetrics.MAP,
            MultiLabelMetric.HAMMING_LOSS,
            MultiLabelMetric.SUBSET_ACCURACY,
            MultiLabelMetric.EXAMPLE_F1,
            MultiLabelMetric.JACCARD,
            MultiLabelMetric.LABEL_F1_MICRO,
            MultiLabelMetric.LABEL_F1_MACRO);

    private Metrics() {}

    /** The canonical names, in documentation order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(CANONICAL.size());
        for (Metric m : CANONICAL) {
            names.add(m.name());
        }
        return List.copyOf(names);
    }

    /** The metric of a canonical name or alias, or empty for an unknown name. */
    public static Optional<Metric> byName(String name) {
        for (Metric m : CANONICAL) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        for (ClassScore.Quantity q : ClassScore.Quantity.values()) {
            for (Averaging a : Averaging.values()) {
                if (a != Averaging.BINARY_OR_MACRO && name.equals(q.token() + "-" + a.token())) {
                    return Optional.of(new ClassScore(q, a));
                }
            }
        }
        return RankingMetrics.parse(name);
    }
}
