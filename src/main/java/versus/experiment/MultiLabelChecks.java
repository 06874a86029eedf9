package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import versus.data.Dataset;
import versus.eval.Metric;
import versus.eval.Metrics;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.structured.StructuredSvm;
import versus.train.MultiLabelLearner;

/**
 * What may meet multi-label data (data with label sets) and what may not, checked once the data
 * are loaded: multi-label metrics, models and plots only on multi-label data, and single-label
 * ones only on single-label data. Each mismatch is a located one-line error.
 */
final class MultiLabelChecks {
    private MultiLabelChecks() {
    }

    static void check(ExperimentPlan plan, DataSpec spec, Dataset d) {
        YamlSource src = plan.source();
        boolean multi = d.isMultiLabel();
        String what = "dataset '" + spec.name() + "' is " + (multi ? "multi-label" : "single-label");
        for (int i = 0; i < plan.metrics().size(); i++) {
            Metric m = plan.metrics().get(i);
            if (m.needsLabelSets() != multi) {
                throw src.error("/metrics/" + i, "metric " + m.name() + " is for " + (multi ? "single-label" : "multi-label")
                        + " data and " + what + "; use " + String.join(", ", metricsFor(multi)));
            }
        }
        for (ModelSpec m : plan.models()) {
            versus.train.Learner learner = m.runsOn(spec.name()) ? m.learnerFor().apply(d.numClasses()) : null;
            if (multi && learner instanceof StructuredSvm s && s.spec().labelPairs()
                    && d.labelSets().numLabels() > StructuredSvm.MAX_PAIRWISE_LABELS) {
                throw src.error(m.pointer() + "/label-pairs", "label-pairs: true enumerates all 2^L label sets and dataset '"
                        + spec.name() + "' has L = " + d.labelSets().numLabels() + " labels; at most "
                        + StructuredSvm.MAX_PAIRWISE_LABELS + " are supported, use label-pairs: false (exact per label)");
            }
            if (learner != null && (learner instanceof MultiLabelLearner) != multi) {
                throw src.error(m.pointer() + "/model", "model '" + m.name() + "' " + (multi
                        ? "predicts one class and " + what + "; use model structured-svm, or multi-label: binary-relevance"
                        : "predicts label sets and " + what + "; give the dataset 'labels: [...]' (several 0/1 label columns)"));
            }
        }
        if (!multi) {
            return;
        }
        if (plan.protocol().bootstrapEstimator().filter(versus.eval.Bootstrap.Estimator::needsResubstitution).isPresent()) {
            throw src.error("/protocol/estimator", what + "; the .632 estimators are for single-label data, use estimator: oob");
        }
        for (PlotSpec plot : plan.plots()) {
            if (plot.kind().singleLabelOnly() && plot.covers(spec.name())) {
                throw src.error(plot.pointer(), "plot " + plot.kind().token() + " needs single-label data and " + what
                        + "; use fold-scores or learning-curve");
            }
        }
    }

    /** The protocol's description, saying how stratification works when some data are multi-label. */
    static String describeProtocol(String description, List<Runner.Loaded> data) {
        for (Runner.Loaded l : data) {
            if (l.data().isMultiLabel() && description.startsWith("stratified ")) {
                return description + " (iterative stratification of the label sets, Sechidis et al. 2011, on multi-label data)";
            }
        }
        return description;
    }

    private static List<String> metricsFor(boolean multi) {
        List<String> out = new ArrayList<>();
        for (String n : Metrics.names()) {
            if (Metrics.byName(n).orElseThrow().needsLabelSets() == multi) {
                out.add(n);
            }
        }
        return out;
    }
}
