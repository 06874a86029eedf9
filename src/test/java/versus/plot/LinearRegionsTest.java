package versus.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.loss.BinaryMargin;
import versus.loss.Logistic;
import versus.model.Activation;
import versus.model.HiddenUnits;
import versus.model.Mlp;
import versus.model.ModelClassifier;
import versus.objective.Objective;

class LinearRegionsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    /** A 2-h-1 network whose hidden unit j computes rows[j] . (x, y, 1); output = sum of the hidden units - 1. */
    private static Mlp network(HiddenUnits units, double[][] rows) {
        Mlp m = new Mlp(2, new int[] {rows.length}, units, 1);
        double[] p = m.parameters();
        units.initializeUnits(p, m.biasOffset(0) + m.fanOut(0), rows.length);
        for (int j = 0; j < rows.length; j++) {
            p[m.weightOffset(0) + 2 * j] = rows[j][0];
            p[m.weightOffset(0) + 2 * j + 1] = rows[j][1];
            p[m.biasOffset(0) + j] = rows[j][2];
            p[m.weightOffset(1) + j] = 1;
        }
        p[m.biasOffset(1)] = -1;
        return m;
    }

    private static Mlp relu(double[][] rows) {
        return network(new HiddenUnits.Pointwise(new Activation.Relu()), rows);
    }

    private static int regions(Mlp m) {
        return LinearRegions.Patterns.of(m, new Mesh(-1, 1, -1, 1, 200)).count();
    }

    @Test
    void twoCrossingReluLinesCutThePlaneIntoFour() {
        assertEquals(4, regions(relu(new double[][] {{1, 0, 0}, {0, 1, 0}})));
    }

    @Test
    void twoParallelLinesGiveThreeAndALineOutsideTheBoxNone() {
        assertEquals(3, regions(relu(new double[][] {{1, 0, 0}, {1, 0, -0.5}})));
        assertEquals(2, regions(relu(new double[][] {{1, 0, 0}, {1, 0, -5}})), "x = 5 lies outside [-1, 1]^2");
    }

    @Test
    void threeLinesInGeneralPositionGiveSevenRegions() {
        // x = 0, y = 0 and x + y = 0.5 meet pairwise inside the box: 1 + 3 + 3 regions
        assertEquals(7, regions(relu(new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 1, -0.5}})));
    }

    @Test
    void leakyReluHardTanhAndMaxoutCountTheirPieces() {
        assertEquals(4, regions(network(new HiddenUnits.Pointwise(new Activation.LeakyRelu(0.1)), new double[][] {{1, 0, 0}, {0, 1, 0}})));
        // hard-tanh has kinks at z = -1 and z = 1: z = 2x gives 3 bands across the box
        assertEquals(3, regions(network(new HiddenUnits.Pointwise(new Activation.HardTanh()), new double[][] {{2, 0, 0}})));
        assertEquals(1, regions(network(new HiddenUnits.Pointwise(new Activation.Identity()), new double[][] {{1, 0, 0}, {0, 1, 0}})));
    }

    @Test
    void aSecondLayerBendsTheLinesOfTheFirst() {
        // 2-[2,1]-1: unit 3 = relu(relu(x) + relu(y) - 0.5) switches on the bent line relu(x) + relu(y) = 0.5 (in the
        // quadrant x, y > 0 the segment x + y = 0.5, elsewhere an axis-parallel piece): 4 + the cut of the corner
        // region and of the two half-quadrants
        Mlp m = new Mlp(2, new int[] {2, 1}, new Activation.Relu(), 1);
        double[] p = m.parameters();
        p[m.weightOffset(0)] = 1;
        p[m.weightOffset(0) + 3] = 1;
        p[m.weightOffset(1)] = 1;
        p[m.weightOffset(1) + 1] = 1;
        p[m.biasOffset(1)] = -0.5;
        p[m.weightOffset(2)] = 1;
        // regions: x<0,y<0 (unit 3 off); x>0,y<0 split by x = 0.5; x<0,y>0 split by y = 0.5; x>0,y>0 split by x+y = 0.5
        assertEquals(7, regions(m));
    }

    @Test
    void exactPolygonsTileTheBoxAndHoldTheirMeshNodes() {
        Dataset d = TeachingSets.generate("moons", 120, 0.15, new SplittableRandom(8));
        for (Activation f : new Activation[] {new Activation.Relu(), new Activation.LeakyRelu(0.2), new Activation.HardTanh()}) {
            Objective o = SurfaceFixtures.mlp(d, new int[] {6, 5}, f, 3);
            SurfaceFixtures.trainAdam(o, d, 0.02, 100, 100);
            Mlp m = (Mlp) o.model();
            Mesh mesh = new Mesh(-2, 3, -1.5, 2, 120);
            LinearRegions.Patterns p = LinearRegions.Patterns.of(m, mesh);
            LinearRegions.Forward fw = new LinearRegions.Forward(m);
            double[] box = {mesh.xMin(), mesh.xMax(), mesh.yMin(), mesh.yMax()};
            double[][][] polygons = new double[p.count()][][];
            double area = 0;
            for (int q = 0; q < p.count(); q++) {
                polygons[q] = fw.polygon(p.patterns().get(q), box, 0, null);
                area += LinearRegions.area(polygons[q]);
            }
            // regions thinner than the mesh spacing may be missed: a little area can be left over
            assertEquals(5 * 3.5, area, 0.02 * 5 * 3.5, f.name() + ": the found regions cover the box");
            assertTrue(area <= 5 * 3.5 + 1e-9, f.name() + ": regions do not overlap");
            for (int node = 0; node < mesh.size(); node += 7) {
                double[][] poly = polygons[p.region()[node]];
                assertTrue(inside(poly, mesh.x(node % mesh.n()), mesh.y(node / mesh.n())), f.name() + " node " + node);
            }
        }
    }

    /** Inside a convex polygon or on its edge (within rounding). */
    private static boolean inside(double[][] poly, double x, double y) {
        int n = poly[0].length;
        if (n < 3) {
            return false;
        }
        double sign = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = (poly[0][j] - poly[0][i]) * (y - poly[1][i]) - (poly[1][j] - poly[1][i]) * (x - poly[0][i]);
            if (Math.abs(cross) < 1e-9) {
                continue;
            }
            if (sign == 0) {
                sign = Math.signum(cross);
            } else if (Math.signum(cross) != sign) {
                return false;
            }
        }
        return true;
    }

    @Test
    void neighbouringRegionsGetDifferentColours() {
        Mlp m = relu(new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 1, -0.5}, {1, -1, 0.2}});
        Mesh mesh = new Mesh(-1, 1, -1, 1, 60);
        LinearRegions.Patterns p = LinearRegions.Patterns.of(m, mesh);
        int[] hue = p.colours(LinearRegions.HUES);
        int n = mesh.n();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                if (p.region()[j * n + i] != p.region()[j * n + i + 1]) {
                    assertNotEquals(hue[j * n + i], hue[j * n + i + 1]);
                }
            }
        }
        assertTrue(p.count() >= 8);
    }

    @Test
    void supportsOnlyTwoInputMlpsOfPiecewiseLinearUnits() {
        var logistic = new BinaryMargin(new Logistic());
        assertTrue(LinearRegions.supports(new ModelClassifier(relu(new double[][] {{1, 0, 0}}), logistic, 2)));
        ModelClassifier tanh = new ModelClassifier(new Mlp(2, new int[] {3}, new Activation.Tanh(), 1), logistic, 2);
        assertFalse(LinearRegions.supports(tanh));
        assertFalse(LinearRegions.supports(new ModelClassifier(new Mlp(3, new int[] {3}, new Activation.Relu(), 1), logistic, 2)));
        assertFalse(LinearRegions.supports(TestModels.linear(1, 1, 0)));
        Dataset d = TestModels.moons(20, 1);
        assertThrows(IllegalArgumentException.class, () -> LinearRegions.panel("tanh", tanh, d));
    }

    @Test
    void trainedReluNetworksAreDrawnUnderTwoMegabytes() throws IOException {
        Dataset d = TeachingSets.generate("moons", 200, 0.15, new SplittableRandom(4));
        Objective deep = SurfaceFixtures.mlp(d, new int[] {16, 16}, new Activation.Relu(), 1);
        SurfaceFixtures.trainAdam(deep, d, 0.02, 300, 300);
        Objective leaky = SurfaceFixtures.mlp(d, new int[] {12}, new Activation.LeakyRelu(), 2);
        SurfaceFixtures.trainAdam(leaky, d, 0.02, 300, 300);
        List<Named<versus.model.Classifier>> models = List.of(new Named<>("relu 2-[16,16]-2", 0, SurfaceFixtures.classifier(deep, 2)),
                new Named<>("leaky-relu 2-[12]-2", 1, SurfaceFixtures.classifier(leaky, 2)));
        int count = LinearRegions.count(models.get(0).value(), d);
        assertTrue(count > 10, "a trained 2-[16,16]-2 relu net has many regions, got " + count);
        SurfaceFixtures.write(LinearRegions.figure(models, d), dir, "linear-regions");
    }
}
