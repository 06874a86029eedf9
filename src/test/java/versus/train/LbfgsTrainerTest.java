package versus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.loss.LossCatalog;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.ActivationCatalog;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Lbfgs;
import versus.optim.Schedule;
import versus.optim.Sgd;

/** Full-batch L-BFGS training against long gradient descent on the same convex objective. */
class LbfgsTrainerTest {
    private static Dataset moons() {
        return TeachingSets.generate("moons", 300, 0.2, new SplittableRandom(4));
    }

    private static int[] all(Dataset d) {
        int[] rows = new int[d.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }

    @Test
    void logisticRegressionReachesTheOptimumThatLongGradientDescentApproaches() {
        Dataset data = moons();
        Objective lbfgsObjective = new Objective(new LinearModel(2, 1), LossCatalog.coding("logistic", 2), Regularizer.ElasticNet.l2(1e-2));
        History history = new History();
        LbfgsTrainer.train(TrainerSpec.fullBatch(100), lbfgsObjective, new Lbfgs(10, 1e-9), data, new SplittableRandom(1), history);
        double lbfgsValue = lbfgsObjective.value(data, all(data));

        Objective gdObjective = new Objective(new LinearModel(2, 1), LossCatalog.coding("logistic", 2), Regularizer.ElasticNet.l2(1e-2));
        new Trainer(TrainerSpec.fullBatch(5000)).train(gdObjective, new Sgd(new Schedule.Constant(1.0)), data, new SplittableRandom(1), new History());
        double gdValue = gdObjective.value(data, all(data));

        assertEquals(gdValue, lbfgsValue, 1e-9);
        double[] grad = new double[3];
        lbfgsObjective.valueAndGradient(data, all(data), 0, data.rows(), grad);
        for (double g : grad) {
            assertTrue(Math.abs(g) <= 1e-8, "gradient " + g);
        }
        int iterations = history.series("train-loss").length;
        assertTrue(iterations < 30, "iterations " + iterations);
        assertTrue(history.notes().get(0).startsWith("L-BFGS converged after " + iterations + " iterations"), history.notes().toString());
        double[] losses = history.series("train-loss");
        for (int i = 1; i < losses.length; i++) {
            assertTrue(losses[i] <= losses[i - 1]);
        }
        assertEquals(iterations, history.series("line-search-evaluations").length);
    }

    @Test
    void anMlpTrainsAndEarlyStoppingRestoresTheBestValidationEpoch() {
        Dataset data = moons();
        Mlp net = new Mlp(2, new int[] {8}, ActivationCatalog.units("tanh").orElseThrow(), 2);
        net.initialize(new Initializer.Xavier(), new SplittableRandom(9));
        SplittableRandom rng = new SplittableRandom(2);
        Objective objective = new Objective(net, LossCatalog.coding("cross-entropy", 2), Regularizer.ElasticNet.l2(1e-4));
        double before = objective.value(data, all(data));
        History history = new History();
        TrainerSpec spec = new TrainerSpec(200, Integer.MAX_VALUE, false, Optional.of(new TrainerSpec.EarlyStopping(0.2, 5, true)));
        LbfgsTrainer.train(spec, objective, new Lbfgs(), data, rng, history);
        double[] validation = history.series("validation-loss");
        assertTrue(validation.length > 5);
        double best = Double.POSITIVE_INFINITY;
        for (double v : validation) {
            best = Math.min(best, v);
        }
        assertTrue(objective.value(data, all(data)) < before / 2, "objective " + objective.value(data, all(data)) + " from " + before);
        // the restored parameters are the best epoch's: their validation loss is the minimum seen
        int[][] parts = ValidationSplit.of(data, 0.2, new SplittableRandom(2));
        assertEquals(best, objective.lossAndError(data, parts[1])[0], 1e-12);
    }

    @Test
    void aGradientEvaluationBudgetIsNeverPassed() {
        Dataset data = moons(); // 300 rows: every evaluation of J is 300 per-row gradients
        Objective objective = new Objective(new LinearModel(2, 1), LossCatalog.coding("logistic", 2), Regularizer.ElasticNet.l2(1e-6));
        History history = new History();
        Trainer.Usage used = LbfgsTrainer.train(TrainerSpec.fullBatch(100).withBudget(new Budget.GradientEvaluations(1500)),
                objective, new Lbfgs(10, 1e-12), data, new SplittableRandom(1), history);
        assertEquals(1500, used.gradientEvaluations(), "5 whole passes of 300 fit in the budget: " + used);
        assertEquals(history.series("train-loss").length, (int) used.epochsRun());
        assertTrue(history.notes().get(history.notes().size() - 1).startsWith("1,500 gradient evaluations budget"), history.notes().toString());
        // 1,700 allows 5 passes as well: the sixth would pass the budget and is not made
        Trainer.Usage five = LbfgsTrainer.train(TrainerSpec.fullBatch(100).withBudget(new Budget.GradientEvaluations(1700)),
                new Objective(new LinearModel(2, 1), LossCatalog.coding("logistic", 2), Regularizer.ElasticNet.l2(1e-6)),
                new Lbfgs(10, 1e-12), data, new SplittableRandom(1), new History());
        assertEquals(1500, five.gradientEvaluations());
    }

    @Test
    void aDivergentStartIsReportedAsDivergence() {
        Dataset data = moons();
        LinearModel model = new LinearModel(2, 1);
        java.util.Arrays.fill(model.parameters(), Double.NaN);
        Objective objective = new Objective(model, LossCatalog.coding("logistic", 2), new Regularizer.None());
        org.junit.jupiter.api.Assertions.assertThrows(DivergedException.class,
                () -> LbfgsTrainer.train(TrainerSpec.fullBatch(10), objective, new Lbfgs(), data, new SplittableRandom(1), new History()));
    }
}
