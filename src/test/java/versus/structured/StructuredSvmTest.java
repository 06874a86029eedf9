package versus.structured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.LabelSets;
import versus.data.MultiLabelGenerator;
import versus.eval.Evaluator;
import versus.eval.MultiLabelMetric;
import versus.eval.Predictions;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.MultiLabelClassifier;
import versus.objective.Regularizer;
import versus.optim.Schedule;
import versus.optim.Sgd;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.TrainerSpec;

class StructuredSvmTest {
    private static Dataset easy() {
        return MultiLabelGenerator.generate(300, 5, List.of("a", "b", "c", "d"), 0.1, new SplittableRandom(4));
    }

    @Test
    void separatesAnEasyGeneratedSet() {
        Dataset train = easy();
        Dataset test = MultiLabelGenerator.generate(300, 5, List.of("a", "b", "c", "d"), 0.1, new SplittableRandom(4))
                .subset(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        for (boolean pairs : new boolean[] {false, true}) {
            History h = new History();
            MultiLabelClassifier c = new StructuredSvm(new StructuredSvmSpec(1e-3, 20, pairs, new StructuredSvmSpec.Subgradient(11, 1e4)))
                    .fit(train, new SplittableRandom(0), h);
            Predictions p = Evaluator.predict(c, train);
            assertEquals(1.0, MultiLabelMetric.SUBSET_ACCURACY.compute(p), 1e-12, "pairs " + pairs);
            assertEquals(0.0, MultiLabelMetric.HAMMING_LOSS.compute(p), 1e-12);
            assertEquals(1.0, MultiLabelMetric.SUBSET_ACCURACY.compute(Evaluator.predict(c, test)), 1e-12);
            double[] objective = h.series("objective");
            assertEquals(20, objective.length);
            assertTrue(objective[19] < objective[0], "objective falls: " + java.util.Arrays.toString(objective));
            // decide() maps the decoded set to its label-powerset class
            double[] s = new double[c.numScores()];
            c.scores(train.features(), train.offset(0), s);
            assertEquals(train.label(0), c.decide(s));
        }
    }

    @Test
    void sameSeedSameWeights() {
        Dataset train = easy();
        StructuredSvm svm = new StructuredSvm(new StructuredSvmSpec(1e-3, 3, true));
        StructuredSvmClassifier a = (StructuredSvmClassifier) svm.fit(train, new SplittableRandom(7), new History());
        StructuredSvmClassifier b = (StructuredSvmClassifier) svm.fit(train, new SplittableRandom(7), new History());
        assertArrayEquals(a.weights(), b.weights());
    }

    /**
     * Without label pairs the structured hinge with Hamming loss and psi = 1/2 y (x) (x, 1) is the
     * sum over labels of the binary hinge max(0, 1 - y_l (w_l . x + b_l)): binary relevance.
     */
    @Test
    void unaryObjectiveIsTheSumOfPerLabelHingeSvms() {
        Dataset d = MultiLabelGenerator.generate(40, 3, List.of("a", "b", "c"), 1.0, new SplittableRandom(2));
        double lambda = 0.01;
        StructuredObjective objective = new StructuredObjective(3, 3, false, lambda);
        SplittableRandom rng = new SplittableRandom(3);
        double[] w = new double[objective.numParameters()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        double expected = 0;
        LabelSets sets = d.labelSets();
        for (int l = 0; l < 3; l++) {
            double hinge = 0;
            for (int i = 0; i < d.rows(); i++) {
                double s = w[9 + l];
                for (int j = 0; j < 3; j++) {
                    s += w[l * 3 + j] * d.get(i, j);
                }
                hinge += Math.max(0, 1 - (sets.has(i, l) ? 1 : -1) * s);
            }
            double norm = 0;
            for (int j = 0; j < 3; j++) {
                norm += w[l * 3 + j] * w[l * 3 + j];
            }
            expected += 0.5 * lambda * norm + hinge / d.rows();
        }
        assertEquals(expected, objective.valueAndSubgradient(w, d, null), 1e-12);
    }

    @Test
    void binaryRelevanceWrapsAnySingleLabelLearner() {
        Dataset train = easy();
        GradientLearner hinge = new GradientLearner(LinearModel::new, new BinaryMargin(new Hinge(1)),
                Regularizer.ElasticNet.l2(1e-3), new Initializer.Zero(), new Sgd(new Schedule.Constant(0.1)),
                TrainerSpec.miniBatch(10, 1));
        History h = new History();
        MultiLabelClassifier c = new BinaryRelevance(hinge).fit(train, new SplittableRandom(1), h);
        assertEquals(4, c.numLabels());
        assertEquals(1.0, MultiLabelMetric.SUBSET_ACCURACY.compute(Evaluator.predict(c, train)), 1e-12);
        assertEquals(10, h.series("train-loss").length, "per-label histories are summed per epoch");
        Dataset single = Dataset.of("x", 1, new double[] {1, 2}, new int[] {0, 1}, List.of("p", "q"));
        assertThrows(IllegalArgumentException.class, () -> new BinaryRelevance(hinge).fit(single, new SplittableRandom(1), new History()));
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvm(new StructuredSvmSpec(1e-3, 2, false))
                .fit(single, new SplittableRandom(1), new History()));
    }

    /**
     * The cutting plane stops with F(w) within epsilon of its dual bound (Joachims et al. 2009,
     * Theorem 5): w is epsilon-optimal; the dual bound never decreases.
     */
    @Test
    void cuttingPlaneReachesItsTolerance() {
        Dataset train = MultiLabelGenerator.generate(200, 4, List.of("a", "b", "c", "d"), 1.0, new SplittableRandom(6));
        for (boolean pairs : new boolean[] {false, true}) {
            History h = new History();
            double epsilon = 1e-3;
            MultiLabelClassifier c = new StructuredSvm(new StructuredSvmSpec(1e-2, 500, pairs,
                    new StructuredSvmSpec.CuttingPlane(epsilon))).fit(train, new SplittableRandom(0), h);
            double[] primal = h.series("objective");
            double[] dual = h.series("dual");
            int last = primal.length - 1;
            assertTrue(h.notes().isEmpty(), "converged: " + h.notes());
            assertTrue(primal[last] - dual[last] <= epsilon + 1e-9, primal[last] + " vs dual " + dual[last]);
            for (int k = 1; k < dual.length; k++) {
                assertTrue(dual[k] >= dual[k - 1] - 1e-9, "dual bound falls at " + k);
            }
            assertTrue(primal[0] > 3.9, "starts at w = 0 with F = L: " + primal[0]);
            // F of the returned weights, recomputed independently
            double[] w = ((StructuredSvmClassifier) c).weights();
            StructuredObjective f = new StructuredObjective(4, 4, pairs, 1e-2);
            double penalisedBias = 0;
            for (int l = 0; l < 4; l++) {
                penalisedBias += 0.5 * 1e-2 * w[16 + l] * w[16 + l];
            }
            assertEquals(primal[last], f.valueAndSubgradient(w, train, null) + penalisedBias, 1e-9);
            // close to the subgradient solver's optimum (which leaves biases free, so it may be a bit lower)
            History sg = new History();
            new StructuredSvm(new StructuredSvmSpec(1e-2, 200, pairs)).fit(train, new SplittableRandom(0), sg);
            double[] sgObjective = sg.series("objective");
            assertTrue(Math.abs(sgObjective[sgObjective.length - 1] - primal[last]) < 0.05 * primal[last],
                    "subgradient " + sgObjective[sgObjective.length - 1] + " vs cutting plane " + primal[last]);
        }
    }

    @Test
    void specValidatesItself() {
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvmSpec(0, 5, false));
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvmSpec(1e-3, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvmSpec(1e-3, 5, false, new StructuredSvmSpec.Subgradient(6, 1)));
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvmSpec.Subgradient(1, -1));
        assertThrows(IllegalArgumentException.class, () -> new StructuredSvmSpec.CuttingPlane(0));
        assertEquals(6, StructuredSvmSpec.defaultAverageFrom(10));
        assertEquals(1e4, StructuredSvmSpec.defaultT0(1e-3), 1e-9);
    }
}
