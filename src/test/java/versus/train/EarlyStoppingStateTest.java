package versus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.loss.LossCatalog;
import versus.model.ActivationCatalog;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.optim.Schedule;

/** Restoring the best epoch restores the batch-norm running statistics with the weights. */
class EarlyStoppingStateTest {
    @Test
    void theRestoredNetworkScoresTheBestValidationLossExactly() {
        Dataset data = TeachingSets.generate("spiral", 300, 0.3, new SplittableRandom(5));
        Mlp net = new Mlp(2, new int[] {16, 16}, ActivationCatalog.units("relu").orElseThrow(), 3, new MlpOptions(0, 0, true));
        net.initialize(new Initializer.Kaiming(), new SplittableRandom(6));
        Objective objective = new Objective(net, LossCatalog.coding("cross-entropy", 3), Regularizer.ElasticNet.l2(1e-4));
        TrainerSpec spec = new TrainerSpec(200, 16, true, Optional.of(new TrainerSpec.EarlyStopping(0.25, 4, true)));
        History history = new History();
        new Trainer(spec).train(objective, new Adam(new Schedule.Constant(0.05), 0.9, 0.999, 1e-8), data, new SplittableRandom(7), history);
        double[] validation = history.series("validation-loss");
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int e = 0; e < validation.length; e++) {
            if (validation[e] < best) {
                best = validation[e];
                bestEpoch = e;
            }
        }
        assertTrue(bestEpoch < validation.length - 1, "the run must have stopped after its best epoch to test the restore");
        int[][] parts = ValidationSplit.of(data, 0.25, new SplittableRandom(7));
        // evaluation mode normalises with the running statistics: they must be the best epoch's as well
        assertEquals(best, objective.lossAndError(data, parts[1])[0], 1e-12);
    }
}
