package versus.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.eval.ConfusionMatrix;
import versus.eval.Predictions;
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
 * at, and prints the file sizes and the mesh timing. After {@code mvn -o test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(mvn -o -q dependency:build-classpath
 * -Dmdep.outputFile=/dev/stdout) versus.plot.PlotPreview [DIR]}.
 */
public final class PlotPreview {
    private PlotPreview() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plot-preview");
        Fixtures f = Fixtures.binary();
        long t0 = System.nanoTime();
        for (Named<Classifier> m : f.models()) {
            DecisionMesh.evaluate(m.value(), DecisionBoundary.meshFor(f.train(), f.test(), 0, 1), DecisionBoundary.meanRow(f.train()), 0, 1);
        }
        System.out.printf("mesh 80x80 x %d models: %.0f ms%n", f.models().size(), (System.nanoTime() - t0) / 1e6);
        report(FigureWriter.write(DecisionBoundary.figure(f.models(), f.train(), f.test()), dir, "decision-boundary"));
        report(FigureWriter.write(SurrogateLosses.chart(), dir, "surrogate-losses"));
        report(FigureWriter.write(Activations.figure(), dir, "activations"));
        report(FigureWriter.write(LearningCurve.figure(List.of("train-loss"), f.histories()), dir, "learning-curve"));
        report(FigureWriter.write(FoldScores.chart("accuracy", f.foldAccuracy()), dir, "fold-scores"));
        report(FigureWriter.write(RocCurve.figure(f.predictions(), f.train().classNames()), dir, "roc"));
        report(FigureWriter.write(PrCurve.figure(f.predictions(), f.train().classNames()), dir, "pr"));
        report(FigureWriter.write(ConfusionMatrixPlot.figure(confusions(f.predictions()), f.train().classNames()), dir, "confusion"));

        List<Named<versus.optim.Minimizer>> optimizers = List.of(
                new Named<>("gd 0.05", 0, new Sgd(new Schedule.Constant(0.05))),
                new Named<>("momentum 0.9", 1, new versus.optim.Momentum(new Schedule.Constant(0.01), 0.9, false)),
                new Named<>("rmsprop", 2, new versus.optim.RmsProp(new Schedule.Constant(0.05), 0.9, 1e-8)),
                new Named<>("adam 0.1", 3, Adam.withRate(0.1)));
        report(FigureWriter.write(OptimizerPaths.figure(TestFunctions.standard(), optimizers, 100), dir, "optimizer-paths"));
        List<Named<double[]>> runs = List.of(
                new Named<>("x0 = 3, rate 0.1", 0, OptimizerPaths.iterates(new Sgd(new Schedule.Constant(0.1)), 3, 10)),
                new Named<>("x0 = -4, step 0.8", 1, OptimizerPaths.iterates(new Sgd(new Schedule.Constant(0.8)), -4, 10)));
        report(FigureWriter.write(OptimizerPaths.parabola(runs), dir, "parabola"));
        Files.writeString(dir.resolve("iterates.md"), OptimizerPaths.iteratesTable(runs));
        System.out.println(OptimizerPaths.iteratesTable(runs));

        Fixtures three = Fixtures.threeClasses();
        report(FigureWriter.write(DecisionBoundary.figure(three.models(), three.train(), three.test()), dir, "decision-boundary-3class"));
        report(FigureWriter.write(RocCurve.figure(three.predictions(), three.train().classNames()), dir, "roc-3class"));
        report(FigureWriter.write(PrCurve.figure(three.predictions(), three.train().classNames()), dir, "pr-3class"));
        report(FigureWriter.write(ConfusionMatrixPlot.figure(confusions(three.predictions()), three.train().classNames()), dir,
                "confusion-3class"));
    }

    static List<Named<ConfusionMatrix>> confusions(List<Named<Predictions>> predictions) {
        List<Named<ConfusionMatrix>> out = new ArrayList<>();
        for (Named<Predictions> p : predictions) {
            out.add(new Named<>(p.name(), p.colour(), ConfusionMatrix.of(p.value())));
        }
        return out;
    }

    static void report(List<Path> written) throws java.io.IOException {
        for (Path p : written) {
            System.out.printf("%-50s %8d bytes%n", p, Files.size(p));
        }
    }

    /**
     * Small models trained on a 2-D set over a few random splits: the first split's classifiers
     * and test predictions, every split's history and test accuracy.
     */
    record Fixtures(Dataset train, Dataset test, List<Named<Classifier>> models, List<Named<List<History>>> histories,
            List<Named<double[]>> foldAccuracy, List<Named<Predictions>> predictions) {
        static final int SPLITS = 5;

        static Fixtures binary() {
            RandomGenerator rng = new SplittableRandom(7);
            Dataset all = TeachingSets.generate("moons", 240, 0.15, rng);
            TrainerSpec spec = TrainerSpec.miniBatch(60, 16);
            List<String> names = List.of("linear-svm", "logreg", "rbf-svm", "mlp");
            List<Learner> learners = List.of(
                    new GradientLearner(LinearModel::new, new BinaryMargin(Hinge.svm()), Regularizer.ElasticNet.l2(0.01),
                            new Initializer.Zero(), new Sgd(new Schedule.Constant(0.05)), spec),
                    Presets.logisticRegression(1e-3, new Sgd(new Schedule.Constant(0.2)), spec),
                    new KernelSvm(new Kernel.Rbf(1.0), 1.0),
                    mlp(spec));
            return train(all, names, learners, rng);
        }

        static Fixtures threeClasses() {
            RandomGenerator rng = new SplittableRandom(11);
            int n = 240;
            double[] x = new double[2 * n];
            int[] y = new int[n];
            double[][] centres = {{-2, 0}, {2, 0}, {0, 2.5}};
            for (int i = 0; i < n; i++) {
                y[i] = i % 3;
                x[2 * i] = centres[y[i]][0] + 1.1 * rng.nextGaussian();
                x[2 * i + 1] = centres[y[i]][1] + 1.1 * rng.nextGaussian();
            }
            Dataset all = Dataset.of("blobs", 2, x, y, List.of("a", "b", "c"));
            TrainerSpec spec = TrainerSpec.miniBatch(60, 16);
            return train(all, List.of("softmax", "mlp", "rbf-svm"),
                    List.of(Presets.softmaxRegression(1e-3, new Sgd(new Schedule.Constant(0.1)), spec), mlp(spec),
                            new KernelSvm(new Kernel.Rbf(0.5), 1.0)), rng);
        }

        private static Learner mlp(TrainerSpec spec) {
            return new GradientLearner((d, k) -> new Mlp(d, new int[] {16}, new Activation.Tanh(), k), new SoftmaxCrossEntropy(),
                    new Regularizer.None(), new Initializer.Xavier(), Adam.withRate(0.02), spec);
        }

        private static Fixtures train(Dataset all, List<String> names, List<Learner> learners, RandomGenerator rng) {
            int n = all.rows();
            int cut = n * 3 / 4;
            Dataset test = all.subset(range(cut, n));
            Dataset pool = all.subset(range(0, cut));
            List<Classifier> first = new ArrayList<>();
            List<List<History>> histories = new ArrayList<>();
            List<double[]> accuracy = new ArrayList<>();
            List<Predictions> predictions = new ArrayList<>();
            for (int m = 0; m < learners.size(); m++) {
                histories.add(new ArrayList<>());
                accuracy.add(new double[SPLITS]);
            }
            Dataset firstTrain = null;
            for (int s = 0; s < SPLITS; s++) {
                int[] rows = new int[pool.rows() * 4 / 5];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = rng.nextInt(pool.rows());
                }
                Dataset train = pool.subset(rows);
                if (s == 0) {
                    firstTrain = train;
                }
                for (int m = 0; m < learners.size(); m++) {
                    History h = new History();
                    Classifier c = learners.get(m).fit(train, rng, h);
                    histories.get(m).add(h);
                    Predictions p = TestModels.predict(c, test);
                    accuracy.get(m)[s] = ConfusionMatrix.of(p).accuracy();
                    if (s == 0) {
                        first.add(c);
                        predictions.add(p);
                    }
                }
            }
            return new Fixtures(firstTrain, test, Named.inOrder(names, first), Named.inOrder(names, histories),
                    Named.inOrder(names, accuracy), Named.inOrder(names, predictions));
        }

        private static int[] range(int from, int to) {
            int[] r = new int[to - from];
            for (int i = 0; i < r.length; i++) {
                r[i] = from + i;
            }
            return r;
        }
    }
}
