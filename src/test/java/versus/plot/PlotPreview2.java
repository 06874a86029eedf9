package versus.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.model.Activation;
import versus.model.Classifier;
import versus.objective.Objective;
import versus.stats.Direction;
import versus.stats.FriedmanNemenyi;

/**
 * Not a test: writes the loss-surface, critical-difference, linear-region and gradient-norm
 * figures to a folder (default /tmp/plot-preview2) for a person to look at, with file sizes and
 * timings. Run like {@link PlotPreview}.
 */
public final class PlotPreview2 {
    private PlotPreview2() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plot-preview2");
        long t0 = System.nanoTime();
        Dataset line = SurfaceFixtures.line(100, 4);
        Objective lin = SurfaceFixtures.logistic1d(0.01);
        write(LossSurface.exact2d("Logistic loss + L2 on 1-D data", lin, line, SurfaceFixtures.all(line), LossSurfaceTest.sixOptimizers(),
                new double[] {-3, 3}, 60), dir, "loss-surface-exact", t0);

        Dataset sep = Dataset.of("separable", 1, new double[] {-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2}, new int[] {0, 0, 0, 0, 1, 1, 1, 1},
                List.of("neg", "pos"));
        t0 = System.nanoTime();
        write(LossSurface.exact2d("Logistic loss, separable data, no penalty", SurfaceFixtures.logistic1d(0), sep, SurfaceFixtures.all(sep),
                LossSurfaceTest.sixOptimizers(), new double[] {-1, 1}, 60), dir, "loss-surface-exact-separable", t0);
        Objective hinge = new Objective(new versus.model.LinearModel(1, 1), new versus.loss.BinaryMargin(versus.loss.Hinge.svm()),
                versus.objective.Regularizer.ElasticNet.l2(0.05));
        t0 = System.nanoTime();
        write(LossSurface.exact2d("Hinge loss + L2", hinge, line, SurfaceFixtures.all(line), LossSurfaceTest.sixOptimizers(),
                new double[] {-2, 2}, 60), dir, "loss-surface-exact-hinge", t0);

        Dataset moons = TeachingSets.generate("moons", 300, 0.15, new SplittableRandom(2));
        int[] rows = SurfaceFixtures.all(moons);
        Objective mlp = SurfaceFixtures.mlp(moons, new int[] {16, 16}, new Activation.Relu(), 1);
        List<double[]> path = SurfaceFixtures.trainAdam(mlp, moons, 0.01, 600, 10);
        t0 = System.nanoTime();
        write(LossSurface.randomSlice("relu 2-[16,16]-2", mlp, moons, rows, new SplittableRandom(1)), dir, "loss-surface-slice", t0);
        t0 = System.nanoTime();
        write(LossSurface.pcaPath("relu 2-[16,16]-2", mlp, moons, rows, new Named<>("adam 0.01", 3, path)), dir, "loss-surface-pca", t0);
        Objective other = SurfaceFixtures.mlp(moons, new int[] {16, 16}, new Activation.Relu(), 2);
        SurfaceFixtures.trainAdam(other, moons, 0.01, 600, 600);
        t0 = System.nanoTime();
        write(LossSurface.interpolation1d("relu 2-[16,16]-2", mlp, moons, rows, new Named<>("seed 1", 0, mlp.model().parameters().clone()),
                new Named<>("seed 2", 1, other.model().parameters().clone())), dir, "loss-surface-interpolation", t0);

        SplittableRandom rng = new SplittableRandom(3);
        for (int k : new int[] {3, 6, 10}) {
            List<String> names = new ArrayList<>();
            String[] pool = {"logreg", "linear-svm", "rbf-svm", "mlp-relu", "mlp-tanh", "smile-logistic", "smile-svm", "smile-mlp",
                "pegasos", "perceptron"};
            for (int j = 0; j < k; j++) {
                names.add(pool[j]);
            }
            double[][] scores = new double[14][k];
            for (double[] row : scores) {
                for (int j = 0; j < k; j++) {
                    row[j] = 0.7 + 0.012 * (j * 7 % k) + 0.03 * rng.nextGaussian();
                }
            }
            t0 = System.nanoTime();
            write(CriticalDifference.chart(FriedmanNemenyi.test(names, scores, Direction.HIGHER_IS_BETTER, 0.05)), dir,
                    "critical-difference-" + k, t0);
        }

        Objective small = SurfaceFixtures.mlp(moons, new int[] {8}, new Activation.Relu(), 5);
        SurfaceFixtures.trainAdam(small, moons, 0.02, 400, 400);
        Objective leaky = SurfaceFixtures.mlp(moons, new int[] {32, 32}, new Activation.LeakyRelu(0.1), 6);
        SurfaceFixtures.trainAdam(leaky, moons, 0.01, 800, 800);
        List<Named<Classifier>> nets = List.of(new Named<>("relu 2-[8]-2", 0, SurfaceFixtures.classifier(small, 2)),
                new Named<>("relu 2-[16,16]-2", 1, SurfaceFixtures.classifier(mlp, 2)),
                new Named<>("leaky-relu 2-[32,32]-2", 2, SurfaceFixtures.classifier(leaky, 2)));
        t0 = System.nanoTime();
        write(LinearRegions.figure(nets, moons), dir, "linear-regions", t0);
        t0 = System.nanoTime();
        write(LinearRegions.panel("relu 2-[16,16]-2", nets.get(1).value(), moons), dir, "linear-regions-one", t0);

        Objective huge = SurfaceFixtures.mlp(moons, new int[] {64, 64, 64}, new Activation.Relu(), 7);
        SurfaceFixtures.trainAdam(huge, moons, 0.005, 300, 300);
        t0 = System.nanoTime();
        write(LinearRegions.figure(List.of(new Named<>("relu 2-[64,64,64]-2", 0, SurfaceFixtures.classifier(huge, 2)),
                new Named<>("relu 2-[16,16]-2", 1, SurfaceFixtures.classifier(mlp, 2))), moons), dir, "linear-regions-huge", t0);

        t0 = System.nanoTime();
        write(GradientNorms.chart(SurfaceFixtures.gradientHistories()), dir, "gradient-norms", t0);
    }

    private static void write(Object chartOrFigure, Path dir, String name, long t0) throws java.io.IOException {
        Figure f = chartOrFigure instanceof Figure fig ? fig : Figure.of((org.knowm.xchart.internal.chartpart.IChart) chartOrFigure);
        long built = System.nanoTime();
        List<Path> written = FigureWriter.write(f, dir, name);
        System.out.printf("%-32s build %6.0f ms  write %5.0f ms  png %8d  svg %8d bytes%n", name, (built - t0) / 1e6,
                (System.nanoTime() - built) / 1e6, Files.size(written.get(0)), Files.size(written.get(1)));
    }
}
