package versus.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.MultiLabelGenerator;
import versus.loss.LossCatalog;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.objective.Regularizer;
import versus.optim.Lbfgs;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.TrainerSpec;

/** Binary relevance's history: per-label curves summed, a label that stopped early counted at its last value. */
class BinaryRelevanceHistoryTest {
    @Test
    void labelsThatConvergeEarlyKeepTheirLastLossInTheSumAndTheirNotes() {
        Dataset data = MultiLabelGenerator.generate(120, 4, List.of("a", "b", "c"), 0.2, new SplittableRandom(3));
        GradientLearner logistic = new GradientLearner(LinearModel::new, LossCatalog.coding("logistic", 2),
                Regularizer.ElasticNet.l2(1e-2), new Initializer.Zero(), new Lbfgs(10, 1e-6), TrainerSpec.fullBatch(200));
        History history = new History();
        new BinaryRelevance(logistic).fit(data, new SplittableRandom(1), history);
        // the same label models again, one by one, to know each one's last loss
        List<Double> last = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int l = 0; l < 3; l++) {
            int[] y = new int[data.rows()];
            for (int i = 0; i < y.length; i++) {
                y[i] = data.labelSets().has(i, l) ? 1 : 0;
            }
            History h = new History();
            logistic.fit(new Dataset(data.name(), data.features(), y, data.featureNames(), List.of("0", "1"), null),
                    new SplittableRandom(rng.nextLong()), h);
            double[] loss = h.series("train-loss");
            last.add(loss[loss.length - 1]);
            lengths.add(loss.length);
        }
        assertTrue(lengths.stream().distinct().count() > 1, "the labels should converge after different iterations: " + lengths);
        double[] sum = history.series("train-loss");
        assertEquals(lengths.stream().mapToInt(Integer::intValue).max().orElseThrow(), sum.length);
        assertEquals(last.get(0) + last.get(1) + last.get(2), sum[sum.length - 1], 1e-12);
        assertEquals(3, history.notes().stream().filter(n -> n.startsWith("label ") && n.contains("L-BFGS converged")).count(),
                history.notes().toString());
    }
}
