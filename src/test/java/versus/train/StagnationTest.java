package versus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.model.ModelClassifier;
import versus.optim.Adam;

/**
 * The stop on training-loss stagnation ({@link TrainerSpec.Stagnation}) is scikit-learn's
 * MLPClassifier rule: an epoch whose loss is not below best - tol counts, any other resets the
 * count, and training stops once the count exceeds n_iter_no_change. The rule is replayed here,
 * independently, on the recorded train-loss series.
 */
class StagnationTest {
    private static final TrainerSpec.Stagnation SKLEARN = new TrainerSpec.Stagnation(1e-4, 10);

    /** The first epoch (1-based) at which scikit-learn's _update_no_improvement_count stops, or 0. */
    private static int sklearnStop(double[] loss, double tol, int patience) {
        double best = Double.POSITIVE_INFINITY;
        int count = 0;
        for (int t = 0; t < loss.length; t++) {
            count = loss[t] > best - tol ? count + 1 : 0;
            best = Math.min(best, loss[t]);
            if (count > patience) {
                return t + 1;
            }
        }
        return 0;
    }

    private static ModelClassifier fit(int epochs, History h) {
        Dataset d = TrainerTest.blobs(2, 100, 1);
        // batches of 20 of the 200 rows: all batches equal, so the row-weighted epoch loss the rule sees is train-loss
        TrainerSpec spec = TrainerSpec.miniBatch(epochs, 20).withStagnation(SKLEARN);
        return (ModelClassifier) Presets.logisticRegression(1e-2, Adam.withRate(0.05), spec).fit(d, new SplittableRandom(2), h);
    }

    @Test
    void stopsWhereScikitLearnsRuleStopsAndSaysItConverged() {
        History h = new History();
        Map<String, Double> d = fit(1000, h).diagnostics();
        double[] loss = h.series("train-loss");
        assertTrue(loss.length < 1000, "ran all epochs");
        assertEquals(sklearnStop(loss, 1e-4, 10), loss.length);
        assertEquals(1.0, d.get("converged"));
        assertEquals((double) loss.length, d.get("epochs-run"));
        assertEquals(1e-4, d.get("tolerance"));
        int t = loss.length - 1;
        assertEquals(Math.abs(loss[t] - loss[t - 1]) / loss[t - 1], d.get("final-relative-change"), 1e-15);
    }

    @Test
    void anEpochLimitBeforeTheRuleIsNotConvergence() {
        History h = new History();
        Map<String, Double> d = fit(5, h).diagnostics();
        double[] loss = h.series("train-loss");
        assertEquals(5, loss.length);
        assertEquals(0.0, d.get("converged"));
        assertEquals(Math.abs(loss[4] - loss[3]) / loss[3], d.get("final-relative-change"), 1e-15);
        assertTrue(h.notes().get(h.notes().size() - 1).startsWith("not converged"), h.notes().toString());
    }

    @Test
    void withoutARuleNothingIsClaimed() {
        Dataset data = TrainerTest.blobs(2, 100, 1);
        Map<String, Double> d = Presets.logisticRegression(1e-2, Adam.withRate(0.05), TrainerSpec.miniBatch(5, 16))
                .fit(data, new SplittableRandom(2), new History()).diagnostics();
        assertTrue(!d.containsKey("converged") && !d.containsKey("final-relative-change"), d.toString());
    }

    @Test
    void rejectsABadRule() {
        assertThrows(IllegalArgumentException.class, () -> new TrainerSpec.Stagnation(-1e-4, 10));
        assertThrows(IllegalArgumentException.class, () -> new TrainerSpec.Stagnation(Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new TrainerSpec.Stagnation(1e-4, 0));
    }
}
