package versus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.ModelClassifier;
import versus.optim.Adam;

class BudgetTest {
    private static final Dataset DATA = TrainerTest.blobs(2, 50, 3); // 100 rows

    private static ModelClassifier fit(TrainerSpec spec, History h) {
        return (ModelClassifier) Presets.logisticRegression(1e-3, Adam.withRate(0.05), spec).fit(DATA, new SplittableRandom(1), h);
    }

    @Test
    void gradientEvaluationBudgetIsExactAcrossUnevenBatches() {
        // 100 rows in batches of 32: 32, 32, 32, 4 per epoch; 250 evaluations end 50 rows into epoch 3
        History h = new History();
        ModelClassifier c = fit(TrainerSpec.miniBatch(1, 32).withBudget(new Budget.GradientEvaluations(250)), h);
        assertEquals(250.0, c.diagnostics().get("gradient-evaluations"));
        assertEquals(2.5, c.diagnostics().get("epochs-run"), 1e-12);
        assertEquals(3, h.series("train-loss").length, "the partial third epoch is recorded");
        assertTrue(h.notes().contains("budget of 250 gradient evaluations spent in epoch 3"), h.notes().toString());
    }

    @Test
    void epochsBudgetReplacesTheEpochCount() {
        TrainerSpec spec = TrainerSpec.miniBatch(100, 10).withBudget(new Budget.Epochs(4));
        assertEquals(4, spec.epochs());
        assertEquals(Optional.empty(), spec.budget());
        ModelClassifier c = fit(spec, new History());
        assertEquals(4.0, c.diagnostics().get("epochs-run"));
        assertEquals(400.0, c.diagnostics().get("gradient-evaluations"));
    }

    @Test
    void withoutBudgetUsageIsStillRecorded() {
        ModelClassifier c = fit(TrainerSpec.fullBatch(7), new History());
        assertEquals(7.0, c.diagnostics().get("epochs-run"));
        assertEquals(700.0, c.diagnostics().get("gradient-evaluations"));
    }

    @Test
    void budgetMatchesFixedEpochsWhenItIsAWholeNumberOfEpochs() {
        History a = new History();
        History b = new History();
        fit(TrainerSpec.miniBatch(3, 25), a);
        fit(TrainerSpec.miniBatch(1, 25).withBudget(new Budget.GradientEvaluations(300)), b);
        assertEquals(java.util.Arrays.toString(a.series("train-loss")), java.util.Arrays.toString(b.series("train-loss")));
    }

    @Test
    void anExpiredTimeBudgetStopsAfterTheFirstStep() {
        // a nanosecond is over before the first step ends, whatever the machine: one batch, no timing assumption
        ModelClassifier c = fit(TrainerSpec.miniBatch(1, 10).withBudget(new Budget.Seconds(1e-9)), new History());
        assertEquals(10.0, c.diagnostics().get("gradient-evaluations"));
        assertEquals(0.1, c.diagnostics().get("epochs-run"), 1e-12);
    }

    @Test
    void budgetsValidateTheirAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new Budget.Epochs(0));
        assertThrows(IllegalArgumentException.class, () -> new Budget.GradientEvaluations(0));
        assertThrows(IllegalArgumentException.class, () -> new Budget.Seconds(-1));
        assertThrows(IllegalArgumentException.class, () -> new Budget.Seconds(Double.NaN));
        assertTrue(new Budget.GradientEvaluations(1).reproducible());
        assertTrue(!new Budget.Seconds(1).reproducible());
        assertEquals("1.5 wall-clock seconds", new Budget.Seconds(1.5).amount());
        // averaging from an epoch the epochs budget never reaches is an error, not silently clamped
        assertThrows(IllegalArgumentException.class, () -> TrainerSpec.miniBatch(100, 10).withAveraging(50).withBudget(new Budget.Epochs(5)));
    }
}
