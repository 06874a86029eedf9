package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.train.Budget;

/** How {@code budget:} reaches each model kind, as the report's models table states it. */
class BudgetPlanTest {
    @TempDir
    Path dir;

    private ExperimentPlan plan(String budget) throws IOException {
        String yaml = String.join("\n",
                "name: budgeted",
                "budget: " + budget,
                "datasets: [{generator: gauss, n: 60}]",
                "models:",
                "  - {name: lr, model: linear, loss: logistic}",
                "  - {name: mlp, model: mlp, hidden: [4]}",
                "  - {name: svm, model: kernel-svm, kernel: rbf}",
                "  - {name: smile, model: smile-logistic}",
                "  - {name: and, model: fixed-network, layers: [{weights: [[1, 1]], biases: [-1.5]}]}",
                "");
        return PlanBuilder.build(YamlSource.read(Files.writeString(dir.resolve("b.yaml"), yaml)));
    }

    private static Map<String, String> summaries(ExperimentPlan p) {
        return p.models().stream().collect(Collectors.toMap(ExperimentPlan.ModelSpec::name, ExperimentPlan.ModelSpec::summary));
    }

    @Test
    void gradientEvaluationsApplyToGradientModelsOnlyAndSayWhereNot() throws IOException {
        ExperimentPlan p = plan("{gradient-evaluations: 1200}");
        assertEquals(new Budget.GradientEvaluations(1200), p.budget().orElseThrow());
        Map<String, String> s = summaries(p);
        assertTrue(s.get("lr").endsWith("budget 1,200 gradient evaluations"), s.get("lr"));
        assertTrue(s.get("mlp").contains("budget 1,200 gradient evaluations"), s.get("mlp"));
        assertTrue(s.get("svm").contains("does not apply (SMO is not a gradient method"), s.get("svm"));
        assertTrue(s.get("smile").endsWith("not budgeted (Smile trains its own way)"), s.get("smile"));
        assertTrue(s.get("and").endsWith("the budget does not apply (nothing is trained)"), s.get("and"));
        assertTrue(p.describeProtocol().contains("Training budget: 1,200 gradient evaluations per fit"), p.describeProtocol());
    }

    @Test
    void secondsApplyToKernelSvmsTooAndAreFlaggedAsNotReproducible() throws IOException {
        ExperimentPlan p = plan("{seconds: 2.5}");
        Map<String, String> s = summaries(p);
        assertTrue(s.get("svm").endsWith("SMO stops at the budget of 2.5 wall-clock seconds per fit"), s.get("svm"));
        assertTrue(s.get("lr").endsWith("budget 2.5 wall-clock seconds"), s.get("lr"));
        assertTrue(p.describeProtocol().contains("not reproducible across machines or thread counts"), p.describeProtocol());
    }

    @Test
    void noBudgetLeavesTheProtocolSentenceAlone() throws IOException {
        ExperimentPlan p = PlanBuilder.build(YamlSource.read(Files.writeString(dir.resolve("n.yaml"),
                "name: n\ndatasets: [{generator: gauss, n: 60}]\nmodels: [{name: lr, model: linear, loss: logistic}]\n")));
        assertEquals(p.protocol().describe(), p.describeProtocol());
        assertTrue(summaries(p).get("lr").contains("at most 1000 iterations"));
    }
}
