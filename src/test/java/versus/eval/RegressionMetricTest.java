package versus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import versus.model.Regressor;

/**
 * The regression metrics against scikit-learn 1.2.1 ({@code mean_squared_error} (square-rooted),
 * {@code mean_absolute_error}, {@code r2_score}, {@code explained_variance_score}); the cases
 * and numbers are printed by {@code scripts/reference/sklearn_regression_metrics.py} (recorded in
 * {@code scripts/reference/sklearn_regression_metrics.md}).
 */
class RegressionMetricTest {
    /** Case A: a constant bias in the predictions, so R^2 and explained variance differ. */
    private static final double[] TRUTH_A = {3.0, -0.5, 2.0, 7.0, 4.2};
    private static final double[] PRED_A = {3.5, 0.0, 2.5, 7.5, 3.0};

    /** Case B: y = 2x + 1 + noise and the least-squares line through it. */
    private static final double[] TRUTH_B = {2.032, -0.159, -3.005, -2.692, 3.958, 4.349, 1.482, 2.375, 1.119, 4.59,
        3.021, -3.083, 3.78, -2.462, 2.945, -1.416, 3.579, 1.267, -0.21, 1.129};
    private static final double[] PRED_B = {2.090555225132274, -0.7399112791688192, -2.5029316000915554,
        -2.6917578202559582, 3.4489479314170044, 4.215813601064272, 1.857412647174185, 2.8034705461611398,
        1.369932711443636, 4.3872986377441885, 3.468215913066434, -2.7977317193278166, 3.7899912066118953,
        -2.560735545039842, 2.8053973443260825, -1.4643873891873425, 3.8343075644055817, 1.354518326124093,
        -0.5086954993756734, 0.4392891977762243};

    /** A hand-made regressor: the prediction is the row's only feature. */
    private static final Regressor FIRST_FEATURE = (x, offset) -> x[offset];

    private static RealPredictions viaEvaluator(double[] truth, double[] predicted) {
        return Evaluator.predict(FIRST_FEATURE, predicted.clone(), 1, truth);
    }

    @Test
    void matchScikitLearnWithABias() {
        RealPredictions p = viaEvaluator(TRUTH_A, PRED_A);
        assertEquals(0.6985699678629192, RegressionMetric.RMSE.compute(p), 1e-14);
        assertEquals(0.64, RegressionMetric.MAE.compute(p), 1e-14);
        assertEquals(0.9202405857740585, RegressionMetric.R2.compute(p), 1e-14);
        assertEquals(0.9244246861924686, RegressionMetric.EXPLAINED_VARIANCE.compute(p), 1e-14);
    }

    @Test
    void matchScikitLearnOnALeastSquaresFit() {
        RealPredictions p = viaEvaluator(TRUTH_B, PRED_B);
        assertEquals(0.33535272200543165, RegressionMetric.RMSE.compute(p), 1e-13);
        assertEquals(0.2700983000443908, RegressionMetric.MAE.compute(p), 1e-13);
        assertEquals(0.9820097310806283, RegressionMetric.R2.compute(p), 1e-13);
        // least-squares residuals have mean zero, so explained variance equals R^2
        assertEquals(0.9820097310806283, RegressionMetric.EXPLAINED_VARIANCE.compute(p), 1e-13);
    }

    @Test
    void aConstantTruthIsOneWhenPerfectAndZeroOtherwise() {
        RealPredictions perfect = new RealPredictions(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        RealPredictions off = new RealPredictions(new double[] {2, 2, 2}, new double[] {2, 3, 2});
        assertEquals(1, RegressionMetric.R2.compute(perfect));
        assertEquals(0, RegressionMetric.R2.compute(off));
        assertEquals(0, RegressionMetric.EXPLAINED_VARIANCE.compute(off));
        assertEquals(0, RegressionMetric.RMSE.compute(perfect));
    }

    @Test
    void namesDirectionsAndBadInput() {
        for (RegressionMetric m : RegressionMetric.ALL) {
            assertEquals(m, RegressionMetric.byName(m.name()).orElseThrow());
        }
        assertTrue(RegressionMetric.R2.higherIsBetter());
        assertTrue(!RegressionMetric.RMSE.higherIsBetter());
        assertTrue(RegressionMetric.byName("accuracy").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new RealPredictions(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.predict(FIRST_FEATURE, new double[3], 1, new double[2]));
    }
}
