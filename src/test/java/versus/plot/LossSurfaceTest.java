package versus.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.io.TempDir;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.model.Activation;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.Model;
import versus.objective.Objective;
import versus.optim.AdaGrad;
import versus.optim.Adam;
import versus.optim.Momentum;
import versus.optim.Minimizer;
import versus.optim.RmsProp;
import versus.optim.Schedule;
import versus.optim.Sgd;

class LossSurfaceTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    static List<Named<Minimizer>> sixOptimizers() {
        return List.of(new Named<>("gd 0.5", 0, new Sgd(new Schedule.Constant(0.5))),
                new Named<>("momentum 0.9", 1, new Momentum(new Schedule.Constant(0.1), 0.9, false)),
                new Named<>("nesterov 0.9", 2, new Momentum(new Schedule.Constant(0.1), 0.9, true)),
                new Named<>("adagrad 0.5", 3, new AdaGrad(new Schedule.Constant(0.5), 1e-8)),
                new Named<>("rmsprop 0.05", 4, new RmsProp(new Schedule.Constant(0.05), 0.9, 1e-8)),
                new Named<>("adam 0.1", 5, Adam.withRate(0.1)));
    }

    /** The mean logistic loss of w x + b plus (lambda / 2) w^2, computed here from its formula. */
    private static double byHand(Dataset d, double w, double b, double lambda) {
        double sum = 0;
        for (int i = 0; i < d.rows(); i++) {
            double y = d.label(i) == 1 ? 1 : -1;
            sum += Math.log1p(Math.exp(-y * (w * d.get(i, 0) + b)));
        }
        return sum / d.rows() + lambda / 2 * w * w;
    }

    @Test
    void exactSurfaceEqualsTheObjectiveAtMeshNodes() {
        Dataset d = SurfaceFixtures.line(50, 1);
        Objective o = SurfaceFixtures.logistic1d(0.1);
        o.model().parameters()[0] = 0.7;
        o.model().parameters()[1] = -0.2;
        try (ParameterProbe probe = new ParameterProbe(o, d, SurfaceFixtures.all(d))) {
            LossSurface.Surface f = new LossSurface.Surface("J", probe, null, new double[] {0, 0}, null, null);
            Mesh m = new Mesh(-3, 3, -2, 2, 9);
            LinearModel check = new LinearModel(1, 1);
            Objective twin = new Objective(check, o.loss(), o.regularizer());
            for (int j = 0; j < m.n(); j++) {
                for (int i = 0; i < m.n(); i++) {
                    check.parameters()[0] = m.x(i);
                    check.parameters()[1] = m.y(j);
                    double expected = twin.value(d);
                    assertEquals(expected, f.value(m.x(i), m.y(j)), 1e-12);
                    assertEquals(byHand(d, m.x(i), m.y(j), 0.1), f.value(m.x(i), m.y(j)), 1e-12);
                }
            }
            double[] g = new double[2];
            double h = 1e-6;
            f.gradient(0.4, 0.9, g);
            assertEquals((f.value(0.4 + h, 0.9) - f.value(0.4 - h, 0.9)) / (2 * h), g[0], 1e-7);
            assertEquals((f.value(0.4, 0.9 + h) - f.value(0.4, 0.9 - h)) / (2 * h), g[1], 1e-7);
        }
        assertArrayEquals(new double[] {0.7, -0.2}, o.model().parameters(), 0, "the probe puts the parameters back");
    }

    @Test
    void minimizerHasZeroGradientAndIsAbsentOnSeparableDataWithoutPenalty() {
        Dataset d = SurfaceFixtures.line(60, 2);
        Objective o = SurfaceFixtures.logistic1d(0.05);
        try (ParameterProbe probe = new ParameterProbe(o, d, SurfaceFixtures.all(d))) {
            LossSurface.Surface f = new LossSurface.Surface("J", probe, null, new double[] {0, 0}, null, null);
            double[] min = LossSurface.minimizer(f, new double[] {-2, 2});
            assertNotNull(min);
            double[] g = new double[2];
            f.gradient(min[0], min[1], g);
            assertEquals(0, Math.hypot(g[0], g[1]), 1e-8);
            assertTrue(f.value(min[0], min[1]) <= f.value(min[0] + 0.01, min[1] - 0.01));
        }
        Dataset separable = Dataset.of("sep", 1, new double[] {-2, -1, 1, 2}, new int[] {0, 0, 1, 1}, List.of("neg", "pos"));
        Objective free = SurfaceFixtures.logistic1d(0);
        try (ParameterProbe probe = new ParameterProbe(free, separable, SurfaceFixtures.all(separable))) {
            LossSurface.Surface f = new LossSurface.Surface("J", probe, null, new double[] {0, 0}, null, null);
            assertNull(LossSurface.minimizer(f, new double[] {0, 0}));
        }
    }

    @Test
    void filterNormalisationGivesEveryUnitBlockTheNormOfItsWeights() {
        Mlp m = new Mlp(2, new int[] {5, 3}, new Activation.Relu(), 2);
        m.initialize(new Initializer.Normal(1.0), new SplittableRandom(3));
        double[] theta = m.parameters();
        for (int l = 0; l < m.layers(); l++) {
            for (int j = 0; j < m.fanOut(l); j++) {
                theta[m.biasOffset(l) + j] = 0.1 * (j + 1); // non-zero biases: their direction must stay 0
            }
        }
        double[] d = LossSurface.filterNormalizedDirection(m, new SplittableRandom(9));
        List<int[]> blocks = LossSurface.blocks(m);
        assertEquals(5 + 3 + 2, blocks.size(), "one block per unit of every layer");
        boolean[] covered = new boolean[theta.length];
        for (int[] b : blocks) {
            double dn = 0;
            double tn = 0;
            for (int i : b) {
                dn += d[i] * d[i];
                tn += theta[i] * theta[i];
                covered[i] = true;
            }
            assertEquals(Math.sqrt(tn), Math.sqrt(dn), 1e-12);
        }
        assertEquals(m.fanIn(1), blocks.get(5).length, "a layer-2 unit's block is its fan-in");
        assertEquals(m.weightOffset(1), blocks.get(5)[0]);
        for (int i = 0; i < theta.length; i++) {
            assertEquals(m.penalized(i), covered[i], "blocks cover exactly the weights, index " + i);
            if (!covered[i]) {
                assertEquals(0, d[i], 0, "biases get direction 0");
            }
        }
        assertArrayEquals(d, LossSurface.filterNormalizedDirection(m, new SplittableRandom(9)), 0, "deterministic from the generator");

        LinearModel lin = new LinearModel(3, 2);
        double[] w = lin.parameters();
        for (int i = 0; i < w.length; i++) {
            w[i] = i - 3.5;
        }
        double[] dl = LossSurface.filterNormalizedDirection(lin, new SplittableRandom(4));
        double dn = 0;
        double tn = 0;
        for (int i = 0; i < w.length; i++) {
            if (lin.penalized(i)) {
                dn += dl[i] * dl[i];
                tn += w[i] * w[i];
            } else {
                assertEquals(0, dl[i], 0);
            }
        }
        assertEquals(Math.sqrt(tn), Math.sqrt(dn), 1e-12, "other models: the penalised parameters are one block");
    }

    @Test
    void sliceIsTheObjectiveAtThetaStarPlusTheDirections() {
        Dataset d = TeachingSets.generate("moons", 80, 0.1, new SplittableRandom(1));
        Objective o = SurfaceFixtures.mlp(d, new int[] {6}, new Activation.Relu(), 2);
        SurfaceFixtures.trainAdam(o, d, 0.05, 100, 100);
        Model model = o.model();
        double[] star = model.parameters().clone();
        double[] d1 = LossSurface.filterNormalizedDirection(model, new SplittableRandom(1));
        double[] d2 = LossSurface.filterNormalizedDirection(model, new SplittableRandom(2));
        Mesh m = new Mesh(-1, 1, -1, 1, 5);
        double[] plane;
        try (ParameterProbe probe = new ParameterProbe(o, d, SurfaceFixtures.all(d))) {
            plane = probe.plane(m, star, d1, d2);
        }
        assertArrayEquals(star, model.parameters(), 0);
        double jStar = o.value(d);
        assertEquals(jStar, plane[2 * 5 + 2], 1e-12, "centre node is theta*");
        // corner (a, b) = (1, -1)
        double[] p = star.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] += d1[i] - d2[i];
        }
        System.arraycopy(p, 0, model.parameters(), 0, p.length);
        assertEquals(o.value(d), plane[4], 1e-12);
        System.arraycopy(star, 0, model.parameters(), 0, star.length);
    }

    @Test
    void pcaDirectionsAreOrthonormalAndTheFinalPointProjectsToTheOrigin() {
        Dataset d = TeachingSets.generate("moons", 80, 0.1, new SplittableRandom(1));
        Objective o = SurfaceFixtures.mlp(d, new int[] {6}, new Activation.Tanh(), 3);
        List<double[]> snaps = SurfaceFixtures.trainAdam(o, d, 0.05, 200, 10);
        versus.compute.PathPca pca = versus.compute.PathPca.of(snaps);
        int p = pca.v1().length;
        assertEquals(1, versus.math.Vectors.dot(pca.v1(), 0, pca.v1(), 0, p), 1e-12);
        assertEquals(1, versus.math.Vectors.dot(pca.v2(), 0, pca.v2(), 0, p), 1e-12);
        assertEquals(0, versus.math.Vectors.dot(pca.v1(), 0, pca.v2(), 0, p), 1e-12);
        int last = snaps.size() - 1;
        assertEquals(0, pca.x()[last], 0);
        assertEquals(0, pca.y()[last], 0);
        assertTrue(pca.explained1() >= pca.explained2() && pca.explained1() + pca.explained2() <= 1 + 1e-12);

        // a path inside a plane through its end: two directions hold all of it, and they span the plane
        double[] end = {1, 2, 3, 4};
        double[] u = {1, 0, 1, 0};
        double[] v = {0, 1, 0, -1};
        List<double[]> planar = new ArrayList<>();
        for (int t = 0; t <= 10; t++) {
            double a = (10 - t) * 0.3;
            double b = Math.sin(t);
            planar.add(new double[] {end[0] + a * u[0] + b * v[0], end[1] + a * u[1] + b * v[1], end[2] + a * u[2] + b * v[2],
                    end[3] + a * u[3] + b * v[3]});
        }
        planar.add(end.clone());
        versus.compute.PathPca q = versus.compute.PathPca.of(planar);
        assertEquals(1, q.explained1() + q.explained2(), 1e-12);
        for (int i = 0; i < planar.size(); i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(planar.get(i)[k], end[k] + q.x()[i] * q.v1()[k] + q.y()[i] * q.v2()[k], 1e-12, "reconstruction");
            }
        }
        // a straight path still gets an orthonormal pair, all of it along the first
        versus.compute.PathPca s = versus.compute.PathPca.of(List.of(new double[] {3, 0, 0}, new double[] {2, 0, 0}, new double[] {1, 0, 0}));
        assertEquals(1, s.explained1(), 1e-12);
        assertEquals(0, versus.math.Vectors.dot(s.v1(), 0, s.v2(), 0, 3), 1e-12);
        assertEquals(1, versus.math.Vectors.dot(s.v2(), 0, s.v2(), 0, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> versus.compute.PathPca.of(List.of(new double[] {1}, new double[] {1})));
    }

    @Test
    void interpolationHitsBothEndsAtZeroAndOne() {
        Dataset d = SurfaceFixtures.line(40, 3);
        Objective o = SurfaceFixtures.logistic1d(0.01);
        double[] a = {0.5, 1};
        double[] b = {2, -1};
        double[] t = LossSurface.interpolationTimes();
        assertEquals(-0.5, t[0], 0);
        assertEquals(1.5, t[t.length - 1], 1e-12);
        double[] v = LossSurface.interpolation(o, d, SurfaceFixtures.all(d), a, b, t);
        assertEquals(byHand(d, 0.5, 1, 0.01), v[40], 1e-12);
        assertEquals(0, t[40], 1e-12);
        assertEquals(1, t[120], 1e-12);
        assertEquals(byHand(d, 2, -1, 0.01), v[120], 1e-12);
        assertEquals(byHand(d, 1.25, 0, 0.01), v[80], 1e-12);
    }

    @Test
    void interpolationChartMarksTheObjectiveAtBothEndsOnEverySample() {
        Dataset train = SurfaceFixtures.line(40, 3);
        Dataset test = SurfaceFixtures.line(25, 8);
        Objective o = SurfaceFixtures.logistic1d(0.01);
        double[] a = {0.5, 1};
        double[] b = {2, -1};
        XYChart c = LossSurface.interpolation1d("lr", o, List.of(new LossSurface.Sample("training J", train, SurfaceFixtures.all(train)),
                new LossSurface.Sample("test J", test, SurfaceFixtures.all(test))), new Named<>("initial", 0, a), new Named<>("trained", 0, b));
        XYSeries atA = c.getSeriesCollection().stream().filter(s -> s.getName().startsWith("\u03b8_a")).findFirst().orElseThrow();
        XYSeries atB = c.getSeriesCollection().stream().filter(s -> s.getName().startsWith("\u03b8_b")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {0, 0}, atA.getXData(), 0);
        assertArrayEquals(new double[] {1, 1}, atB.getXData(), 0);
        assertArrayEquals(new double[] {byHand(train, 0.5, 1, 0.01), byHand(test, 0.5, 1, 0.01)}, atA.getYData(), 1e-12);
        assertArrayEquals(new double[] {byHand(train, 2, -1, 0.01), byHand(test, 2, -1, 0.01)}, atB.getYData(), 1e-12);
        XYSeries testCurve = c.getSeriesCollection().stream().filter(s -> s.getName().startsWith("test J")).findFirst().orElseThrow();
        assertEquals(byHand(test, 1.25, 0, 0.01), testCurve.getYData()[80], 1e-12);
        assertArrayEquals(new double[] {0, 0}, o.model().parameters(), 0);
    }

    @Test
    void everyLossSurfaceFigureIsWrittenAndLeavesTheModelAsItWas() throws IOException {
        Dataset line = SurfaceFixtures.line(60, 4);
        Objective lin = SurfaceFixtures.logistic1d(0.01);
        var exact = LossSurface.exact2d("logistic loss", lin, line, SurfaceFixtures.all(line), sixOptimizers(), new double[] {-2, 2}, 40);
        assertArrayEquals(new double[] {0, 0}, lin.model().parameters(), 0);
        SurfaceFixtures.write(exact, dir, "exact");

        Dataset d = TeachingSets.generate("moons", 100, 0.1, new SplittableRandom(2));
        Objective o = SurfaceFixtures.mlp(d, new int[] {8}, new Activation.Relu(), 1);
        List<double[]> path = SurfaceFixtures.trainAdam(o, d, 0.05, 150, 5);
        double[] star = o.model().parameters().clone();
        int[] rows = SurfaceFixtures.all(d);
        SurfaceFixtures.write(LossSurface.randomSlice("mlp", o, d, rows, new SplittableRandom(1), 1, 21), dir, "slice");
        SurfaceFixtures.write(LossSurface.pcaPath("mlp", o, d, rows, new Named<>("adam", 0, path)), dir, "pca");
        Objective other = SurfaceFixtures.mlp(d, new int[] {8}, new Activation.Relu(), 2);
        SurfaceFixtures.trainAdam(other, d, 0.05, 150, 150);
        SurfaceFixtures.write(LossSurface.interpolation1d("mlp", o, d, rows, new Named<>("seed 1", 0, star),
                new Named<>("seed 2", 1, other.model().parameters().clone())), dir, "interpolation");
        assertArrayEquals(star, o.model().parameters(), 0);
    }

    @Test
    void exactSurfaceRejectsModelsWithMoreThanTwoParameters() {
        Dataset d = SurfaceFixtures.line(10, 1);
        Objective o = new Objective(new LinearModel(2, 1), SurfaceFixtures.logistic1d(0).loss(), new versus.objective.Regularizer.None());
        assertThrows(IllegalArgumentException.class,
                () -> LossSurface.exact2d("x", o, d, SurfaceFixtures.all(d), sixOptimizers(), new double[] {0, 0}, 5));
    }
}
