package versus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.Constraint;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Schedule;
import versus.optim.Sgd;

/** Pegasos as a composition: hinge + L2 + SGD at rate 1/(lambda t), optional projection, averaging. */
class PegasosTest {
    private static final double LAMBDA = 0.01;

    private static GradientLearner pegasos(TrainerSpec trainer) {
        return new GradientLearner(LinearModel::new, new BinaryMargin(Hinge.svm()), Regularizer.ElasticNet.l2(LAMBDA),
                new Initializer.Zero(), new Sgd(new Schedule.Inverse(1 / LAMBDA, 0)), trainer);
    }

    private static double objective(ModelClassifier c, Dataset d) {
        return new Objective(c.model(), c.loss(), Regularizer.ElasticNet.l2(LAMBDA)).value(d);
    }

    @Test
    void projectionTouchesOnlyPenalisedWeights() {
        LinearModel m = new LinearModel(2, 1);
        double[] w = m.parameters();
        w[0] = 3;
        w[1] = 4;
        w[2] = 10; // bias
        new Constraint.L2Ball(1).project(m);
        assertEquals(0.6, w[0], 1e-15);
        assertEquals(0.8, w[1], 1e-15);
        assertEquals(10, w[2], 0);
        new Constraint.L2Ball(2).project(m); // already inside: unchanged
        assertEquals(0.6, w[0], 1e-15);
    }

    @Test
    void pegasosConvergesToTheObjectiveOfAMuchLongerRun() {
        Dataset d = TrainerTest.blobs(2, 150, 21);
        Constraint ball = new Constraint.L2Ball(1 / Math.sqrt(LAMBDA));
        TrainerSpec shortRun = TrainerSpec.miniBatch(30, 1).withConstraint(ball).withAveraging(10);
        TrainerSpec longRun = TrainerSpec.miniBatch(300, 1).withConstraint(ball).withAveraging(100);
        double a = objective((ModelClassifier) pegasos(shortRun).fit(d, new SplittableRandom(1), new History()), d);
        double b = objective((ModelClassifier) pegasos(longRun).fit(d, new SplittableRandom(1), new History()), d);
        // the objective at w = 0 is 1 (mean hinge 1, no penalty): 30 epochs close 99% of the gap to a 300-epoch run
        assertTrue(b <= a && a - b < 0.01, "short " + a + " vs long " + b);
        History h = new History();
        ModelClassifier c = (ModelClassifier) pegasos(shortRun.withObjectiveTrace(true)).fit(d, new SplittableRandom(1), h);
        assertEquals(30, h.series("objective").length);
        assertEquals(1.0, c.diagnostics().get("training-errors") / d.rows() < 0.05 ? 1.0 : 0.0, 0);
        double width = c.diagnostics().get("margin-width");
        assertTrue(width > 0 && Double.isFinite(width));
        assertTrue(c.diagnostics().get("support-vectors") >= c.diagnostics().get("margin-violators"));
    }

    @Test
    void averagingReturnsTheMeanOfTheIterates() {
        Dataset d = TrainerTest.blobs(2, 10, 3);
        double[][] iterates = new double[3][];
        for (int e = 1; e <= 3; e++) {
            iterates[e - 1] = ((ModelClassifier) pegasos(TrainerSpec.fullBatch(e)).fit(d, new SplittableRandom(1), new History()))
                    .model().parameters();
        }
        double[] averaged = ((ModelClassifier) pegasos(TrainerSpec.fullBatch(3).withAveraging(2)).fit(d, new SplittableRandom(1),
                new History())).model().parameters();
        double[] expected = new double[averaged.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (iterates[1][i] + iterates[2][i]) / 2; // full batch: one step per epoch, averaged from epoch 2
        }
        assertArrayEquals(expected, averaged, 1e-12);
    }
}
