package versus.eval;

import java.util.ArrayList;
import java.util.List;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.model.Regressor;

/**
 * What is predicted, and so what a learner returns, which metrics apply, which resampling is
 * valid and which report parts are written. Classification, ranking and multi-label data all
 * carry class labels (ranking: relevance grades with query groups; multi-label: the label
 * powerset), so their learners return a {@link Classifier}; regression predicts a real value
 * with a {@link Regressor}. No learner and no data loader produce regression data yet.
 */
public enum Task {
    /** One class per row. */
    CLASSIFICATION,
    /** Graded relevance within query groups: ranking metrics for one-score models, class metrics otherwise. */
    RANKING,
    /** A set of labels per row. */
    MULTI_LABEL,
    /** A real value per row. */
    REGRESSION;

    /** The task of loaded data: multi-label with label sets, ranking with query groups, else classification. */
    public static Task of(Dataset data) {
        if (data.isMultiLabel()) {
            return MULTI_LABEL;
        }
        return data.hasQids() ? RANKING : CLASSIFICATION;
    }

    /** The type of trained model a learner of this task returns. */
    public Class<?> modelType() {
        return this == REGRESSION ? Regressor.class : Classifier.class;
    }

    /**
     * Whether protocols may stratify: by class for classification and ranking, by label sets
     * (iterative stratification) for multi-label data; never for real values.
     */
    public boolean stratifies() {
        return this != REGRESSION;
    }

    /** Whether the report counts a confusion matrix: only where each row has one predicted class. */
    public boolean hasConfusionMatrix() {
        return this == CLASSIFICATION || this == RANKING;
    }

    /** The canonical names of the metrics that apply, in documentation order. */
    public List<String> metricNames() {
        if (this == REGRESSION) {
            List<String> out = new ArrayList<>();
            RegressionMetric.ALL.forEach(m -> out.add(m.name()));
            return List.copyOf(out);
        }
        List<String> out = new ArrayList<>();
        for (String name : Metrics.names()) {
            if (applies(Metrics.byName(name).orElseThrow())) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /** Whether a classification, ranking or multi-label metric applies to this task's predictions. */
    public boolean applies(Metric m) {
        return switch (this) {
            case CLASSIFICATION -> !m.needsRanking() && !m.needsLabelSets();
            case RANKING -> !m.needsLabelSets();
            case MULTI_LABEL -> m.needsLabelSets();
            case REGRESSION -> false;
        };
    }
}
