package versus.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.loss.SoftmaxCrossEntropy;
import versus.model.Activation;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.optim.Schedule;
import versus.optim.Sgd;
import versus.svm.Kernel;
import versus.svm.KernelSvm;
import versus.train.GradientLearner;
import versus.train.History;
import versus.train.Learner;
import versus.train.Presets;
import versus.train.TrainerSpec;

/**
 * Not a test: writes every figure to a folder (default /tmp/plot-preview) for a person to look
 * at, and prints the SVG sizes and the mesh timing. Run from the test classpath:
 * {@code java -cp target/test-classes:target/classes:... versus.plot.PlotPreview [DIR]}.
 */
public final class PlotPreview {
    private PlotPreview() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plot-preview");
        Fixtures f = Fixtures.trained();
        long t0 = System.nanoTime();
        for (Named<Classifier> m : f.models()) {
            DecisionMesh.evaluate(m.value(), DecisionBoundary.meshFor(f.train(), f.test(), 0, 1), DecisionBoundary.meanRow(f.train()), 0, 1);
        }
        System.out.printf("mesh 80x80 x %d models: %.0f ms%n", f.models().size(), (System.nanoTime() - t0) / 1e6);
        report(FigureWriter.write(DecisionBoundary.figure(f.models(), f.train(), f.test()), dir, "decision-boundary"));
        report(FigureWriter.write(SurrogateLosses.chart(), dir, "surrogate-losses"));
    }

    static void report(List<Path> written) throws java.io.IOException {
        for (Path p : written) {
            System.out.printf("%-50s %8d bytes%n", p, java.nio.file.Files.size(p));
        }
    }

    /** Small trained models on a 2-D teaching set, shared by the preview and the tests. */
    record Fixtures(Dataset train, Dataset test, List<Named<Classifier>> models, List<History> histories) {
        static Fixtures trained() {
            RandomGenerator rng = new SplittableRandom(7);
            Dataset all = TeachingSets.generate("moons", 240, 0.15, rng);
            int[] tr = new int[180];
            int[] te = new int[60];
            for (int i = 0; i < 240; i++) {
                if (i < 180) {
                    tr[i] = i;
                } else {
                    te[i - 180] = i;
                }
            }
            Dataset train = all.subset(tr);
            Dataset test = all.subset(te);
            TrainerSpec spec = TrainerSpec.miniBatch(60, 16);
            List<String> names = List.of("linear-svm", "logreg", "rbf-svm", "mlp");
            List<Learner> learners = List.of(
                    new GradientLearner(LinearModel::new, new BinaryMargin(Hinge.svm()), Regularizer.ElasticNet.l2(0.01),
                            new Initializer.Zero(), new Sgd(new Schedule.Constant(0.05)), spec),
                    Presets.logisticRegression(1e-3, new Sgd(new Schedule.Constant(0.2)), spec),
                    new KernelSvm(new Kernel.Rbf(1.0), 1.0),
                    new GradientLearner((d, k) -> new Mlp(d, new int[] {16}, new Activation.Tanh(), k), new SoftmaxCrossEntropy(),
                            new Regularizer.None(), new Initializer.Xavier(), Adam.withRate(0.02), spec));
            List<Classifier> fitted = new ArrayList<>();
            List<History> histories = new ArrayList<>();
            for (Learner l : learners) {
                History h = new History();
                fitted.add(l.fit(train, rng, h));
                histories.add(h);
            }
            return new Fixtures(train, test, Named.inOrder(names, fitted), histories);
        }
    }
}
