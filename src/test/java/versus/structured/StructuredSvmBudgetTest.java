package versus.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.MultiLabelGenerator;
import versus.train.Budget;
import versus.train.History;

/** Budgets for the structured SVM: one gradient evaluation per row step, n per cutting-plane iteration. */
class StructuredSvmBudgetTest {
    private static Dataset data() {
        return MultiLabelGenerator.generate(90, 4, List.of("a", "b", "c"), 0.2, new SplittableRandom(8));
    }

    @Test
    void subgradientStopsAfterExactlyTheBudgetedSteps() {
        History history = new History();
        var c = new StructuredSvm(new StructuredSvmSpec(1e-3, 30, true), Optional.of(new Budget.GradientEvaluations(500)))
                .fit(data(), new SplittableRandom(1), history);
        Map<String, Double> used = c.diagnostics();
        assertEquals(500.0, used.get("gradient-evaluations"));
        assertEquals(500 / 90.0, used.get("epochs-run"), 1e-12);
        assertEquals(6, history.series("objective").length); // 5 whole epochs and the partial sixth
        assertTrue(history.notes().get(0).startsWith("500 gradient evaluations budget spent in epoch 6"), history.notes().toString());
    }

    @Test
    void withoutABudgetTheSpecsEpochsRunAndAreReported() {
        var c = new StructuredSvm(new StructuredSvmSpec(1e-3, 4, false)).fit(data(), new SplittableRandom(1), new History());
        assertEquals(4.0, c.diagnostics().get("epochs-run"));
        assertEquals(360.0, c.diagnostics().get("gradient-evaluations"));
    }

    @Test
    void cuttingPlaneDoesNotStartAnIterationThatWouldPassTheBudget() {
        StructuredSvmSpec spec = new StructuredSvmSpec(1e-4, 200, true, new StructuredSvmSpec.CuttingPlane(1e-9));
        History history = new History();
        var c = new StructuredSvm(spec, Optional.of(new Budget.GradientEvaluations(250))).fit(data(), new SplittableRandom(1), history);
        assertEquals(2.0, c.diagnostics().get("epochs-run")); // 2 x 90 <= 250 < 3 x 90
        assertEquals(180.0, c.diagnostics().get("gradient-evaluations"));
        assertEquals(2, history.series("dual").length);
        assertTrue(history.notes().get(0).startsWith("250 gradient evaluations budget spent after iteration 2"), history.notes().toString());
    }
}
