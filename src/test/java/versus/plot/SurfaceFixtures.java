package versus.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.loss.BinaryMargin;
import versus.loss.Logistic;
import versus.loss.SoftmaxCrossEntropy;
import versus.model.Activation;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.optim.Optimizer;
import versus.optim.OptimizerSpec;
import versus.train.History;

/** Small problems for the loss-surface, linear-region and gradient-norm figures, trained by a plain full-batch loop. */
final class SurfaceFixtures {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SurfaceFixtures() {
    }

    /** n points on a line, class 1 around +1 and class 0 around -1 (unit noise): overlapping, so logistic loss has a minimum. */
    static Dataset line(int n, long seed) {
        RandomGenerator rng = new SplittableRandom(seed);
        double[] x = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[i] = (y[i] == 1 ? 1 : -1) + rng.nextGaussian() + 0.5;
        }
        return Dataset.of("line", 1, x, y, List.of("neg", "pos"));
    }

    /** Logistic loss with a small L2 penalty on a 1-input 1-output linear model: J(w, b). */
    static Objective logistic1d(double lambda) {
        return new Objective(new LinearModel(1, 1), new BinaryMargin(new Logistic()), Regularizer.ElasticNet.l2(lambda));
    }

    static int[] all(Dataset d) {
        int[] r = new int[d.rows()];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return r;
    }

    /** A softmax Mlp objective on 2-D data, initialised from {@code seed}. */
    static Objective mlp(Dataset d, int[] hidden, Activation f, long seed) {
        Mlp m = new Mlp(2, hidden, f, d.numClasses());
        m.initialize(new Initializer.Xavier(), new SplittableRandom(seed));
        return new Objective(m, new SoftmaxCrossEntropy(), Regularizer.ElasticNet.l2(1e-4));
    }

    /**
     * Full-batch training: {@code steps} optimizer steps on all rows; returns the parameter
     * snapshots (start and after every {@code every} steps, the final one always included).
     */
    static List<double[]> train(Objective o, Dataset d, OptimizerSpec spec, int steps, int every) {
        int[] rows = all(d);
        double[] p = o.model().parameters();
        double[] g = new double[p.length];
        Optimizer opt = spec.create(p.length);
        List<double[]> snapshots = new ArrayList<>();
        snapshots.add(p.clone());
        for (int t = 1; t <= steps; t++) {
            o.valueAndGradient(d, rows, 0, rows.length, g);
            opt.step(p, g);
            if (t % every == 0 || t == steps) {
                snapshots.add(p.clone());
            }
        }
        return snapshots;
    }

    static List<double[]> trainAdam(Objective o, Dataset d, double rate, int steps, int every) {
        return train(o, d, Adam.withRate(rate), steps, every);
    }

    /** Writes the figure, checks the PNG's size and that the SVG is non-empty XML under 2 MB; returns the SVG size. */
    static long write(Object chartOrFigure, java.nio.file.Path dir, String name) throws java.io.IOException {
        Figure f = chartOrFigure instanceof Figure fig ? fig : Figure.of((org.knowm.xchart.internal.chartpart.IChart) chartOrFigure);
        List<java.nio.file.Path> written = FigureWriter.write(f, dir, name);
        var image = javax.imageio.ImageIO.read(written.get(0).toFile());
        org.junit.jupiter.api.Assertions.assertEquals(f.width(), image.getWidth(), name);
        org.junit.jupiter.api.Assertions.assertEquals(f.height(), image.getHeight(), name);
        long svg = java.nio.file.Files.size(written.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(svg > 5_000 && svg < 2L * 1024 * 1024, name + " SVG size " + svg);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.readString(written.get(1)).startsWith("<?xml"), name);
        return svg;
    }

    static ModelClassifier classifier(Objective o, int classes) {
        return new ModelClassifier(o.model(), o.loss(), classes);
    }

    /**
     * Histories with per-layer gradient norms as a trainer would record them: a deep sigmoid net
     * whose norms shrink by a decade per layer towards the input (vanishing), and a shallow relu
     * net with level norms; a few splits each with noise.
     */
    static List<Named<List<History>>> gradientHistories() {
        RandomGenerator rng = new SplittableRandom(5);
        List<History> deep = new ArrayList<>();
        List<History> shallow = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            History h = new History();
            History g = new History();
            for (int e = 1; e <= 60; e++) {
                for (int l = 1; l <= 4; l++) {
                    h.add(e, "grad-norm-layer-" + l, Math.pow(10, l - 4.0) * Math.exp(-e / 40.0) * (1 + 0.2 * rng.nextDouble()));
                }
                for (int l = 1; l <= 2; l++) {
                    g.add(e, "grad-norm-layer-" + l, 0.3 * l * (1 + 0.1 * rng.nextGaussian()) / Math.sqrt(e));
                }
                h.add(e, "train-loss", 1.0 / e);
            }
            deep.add(h);
            shallow.add(g);
        }
        return List.of(new Named<>("sigmoid 2-[8,8,8]-2", 0, deep), new Named<>("relu 2-[16]-2", 1, shallow));
    }
}
