package versus.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeometryTest {
    private static final double EPS = 1e-12;

    @Test
    void linearMarginLinesOfUnitNormalLieAtMinusOneZeroPlusOne() {
        LinearSlice s = LinearSlice.of(TestModels.linear(1, 0, 0), new double[] {0, 0}, 0, 1).orElseThrow();
        assertEquals(2, s.marginWidth(), EPS); // 2 / ||w|| with ||w|| = 1
        double[] minus = s.line(-1, -3, 3, -2, 2);
        double[] zero = s.line(0, -3, 3, -2, 2);
        double[] plus = s.line(1, -3, 3, -2, 2);
        // vertical lines x1 = -1, 0, +1 spanning the box's full height
        assertArrayEquals(new double[] {-1, -1, 0, 0, 1, 1}, new double[] {minus[0], minus[2], zero[0], zero[2], plus[0], plus[2]}, EPS);
        assertEquals(4, Math.abs(zero[3] - zero[1]), EPS);
        // the boundary lies midway between the margins
        assertEquals((minus[0] + plus[0]) / 2, zero[0], EPS);
        assertEquals(plus[0] - zero[0], zero[0] - minus[0], EPS);
    }

    @Test
    void slantedLineIsClippedToTheBoxAndMissesAreNull() {
        LinearSlice s = new LinearSlice(1, 1, 0, Math.sqrt(2)); // x + y = level
        double[] e = s.line(0, -1, 1, -1, 1);
        assertEquals(0, e[0] + e[1], EPS);
        assertEquals(0, e[2] + e[3], EPS);
        assertEquals(Math.hypot(2, 2), Math.hypot(e[2] - e[0], e[3] - e[1]), EPS); // corner to corner
        assertNull(s.line(5, -1, 1, -1, 1));
        assertNull(new LinearSlice(0, 0, 1, Double.POSITIVE_INFINITY).line(0, -1, 1, -1, 1));
    }

    @Test
    void sliceFoldsHeldFeaturesIntoTheOffset() {
        versus.model.LinearModel m = new versus.model.LinearModel(3, 1);
        double[] p = m.parameters();
        p[0] = 1;
        p[1] = 2;
        p[2] = 3;
        p[3] = 0.5; // bias
        var c = new versus.model.ModelClassifier(m, new versus.loss.BinaryMargin(versus.loss.Hinge.svm()), 2);
        LinearSlice s = LinearSlice.of(c, new double[] {9, 9, 2}, 0, 1).orElseThrow();
        assertEquals(1, s.a(), EPS);
        assertEquals(2, s.b(), EPS);
        assertEquals(3 * 2 + 0.5, s.c(), EPS);
        assertEquals(2 / Math.sqrt(14), s.marginWidth(), EPS);
    }

    @Test
    void linearKernelSvmHasAnExactSliceMatchingItsScores() {
        var train = TestModels.moons(80, 5);
        var svm = TestModels.linearSvm(train);
        LinearSlice s = LinearSlice.of(svm, new double[] {0, 0}, 0, 1).orElseThrow();
        double[] out = new double[1];
        for (double[] x : new double[][] {{0.3, -0.2}, {1.5, 0.7}, {-1, 1}}) {
            svm.scores(x, 0, out);
            assertEquals(out[0], s.value(x[0], x[1]), 1e-9);
        }
    }

    @Test
    void contourOfALinearFieldLiesOnTheLine() {
        Mesh m = new Mesh(-1, 1, -1, 1, 21);
        double[] v = new double[m.size()];
        for (int j = 0; j < m.n(); j++) {
            for (int i = 0; i < m.n(); i++) {
                v[j * m.n() + i] = 2 * m.x(i) - m.y(j) + 0.1;
            }
        }
        Polylines c = Contours.level(m, v, 0);
        assertEquals(1, c.pieces()); // chained into one polyline
        double[] x = c.xs();
        double[] y = c.ys();
        int points = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) {
                assertEquals(0, 2 * x[i] - y[i] + 0.1, 1e-12);
                points++;
            }
        }
        assertTrue(points > 20);
    }

    @Test
    void bordersSeparateLabelsAndAClosedLoopIsOnePiece() {
        Mesh m = new Mesh(-1, 1, -1, 1, 11);
        int[] labels = new int[m.size()];
        for (int j = 0; j < m.n(); j++) {
            for (int i = 0; i < m.n(); i++) {
                labels[j * m.n() + i] = Math.hypot(m.x(i), m.y(j)) < 0.5 ? 1 : 0;
            }
        }
        Polylines b = Contours.borders(m, labels);
        assertEquals(1, b.pieces());
        double[] x = b.xs();
        double[] y = b.ys();
        assertEquals(x[0], x[x.length - 2], EPS); // closed: back to its start before the NaN
        assertEquals(y[0], y[y.length - 2], EPS);
    }

    @Test
    void regionsCoverEveryNodeOfTheirLabelWithFewRectangles() {
        Mesh m = new Mesh(0, 1, 0, 1, 80);
        int[] labels = new int[m.size()];
        for (int j = 0; j < m.n(); j++) {
            for (int i = 0; i < m.n(); i++) {
                labels[j * m.n() + i] = m.x(i) + m.y(j) > 1 ? 1 : 0;
            }
        }
        Polylines[] r = Regions.of(m, labels, 2);
        assertTrue(r[0].pieces() + r[1].pieces() <= 2 * m.n(), "one rectangle per run and row at most");
        for (int k = 0; k < 2; k++) {
            double[] x = r[k].xs();
            double[] y = r[k].ys();
            for (int j = 0; j < m.n(); j++) {
                for (int i = 0; i < m.n(); i++) {
                    if (labels[j * m.n() + i] == k) {
                        assertTrue(inside(x, y, m.x(i), m.y(j)), "node " + i + "," + j + " of label " + k);
                    }
                }
            }
        }
    }

    @Test
    void identicalRunsInConsecutiveRowsMergeIntoOneRectangle() {
        Mesh m = new Mesh(0, 1, 0, 1, 80);
        int[] labels = new int[m.size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = (k % m.n()) < 30 ? 0 : 1; // vertical stripes
        }
        Polylines[] r = Regions.of(m, labels, 2);
        assertEquals(1, r[0].pieces());
        assertEquals(1, r[1].pieces());
    }

    /** Whether (px, py) lies in one of the NaN-separated rectangles. */
    private static boolean inside(double[] x, double[] y, double px, double py) {
        for (int s = 0; s + 4 < x.length + 1; s += 5) {
            double x0 = Math.min(x[s], x[s + 2]);
            double x1 = Math.max(x[s], x[s + 2]);
            double y0 = Math.min(y[s], y[s + 2]);
            double y1 = Math.max(y[s], y[s + 2]);
            if (px >= x0 - EPS && px <= x1 + EPS && py >= y0 - EPS && py <= y1 + EPS) {
                return true;
            }
        }
        return false;
    }

    @Test
    void meshIsPaddedAndSquaredOnlyForComparableRanges() {
        Mesh m = Mesh.around(new double[] {0, 10}, new double[] {0, 5}, 0.1, 80);
        assertArrayEquals(new double[] {-1, 11, -0.5, 5.5}, new double[] {m.xMin(), m.xMax(), m.yMin(), m.yMax()}, EPS);
        Mesh sq = m.squared(2.5);
        assertEquals(sq.xMax() - sq.xMin(), sq.yMax() - sq.yMin(), EPS);
        assertEquals(2.5, (sq.yMin() + sq.yMax()) / 2, EPS);
        Mesh far = Mesh.around(new double[] {0, 1000}, new double[] {0, 1}, 0.1, 80);
        assertEquals(far, far.squared(2.5));
        assertEquals(m.xMax(), m.x(79), 0);
    }

    @Test
    void samplingHitsIntegersAndBracketsThemForJumps() {
        double[] z = Sampling.withJumps(-2, 3, 10);
        assertTrue(Arrays.binarySearch(z, 0.0) >= 0);
        assertTrue(Arrays.binarySearch(z, Math.nextUp(0.0)) >= 0);
        assertTrue(Arrays.binarySearch(z, Math.nextDown(1.0)) >= 0);
        assertEquals(-2, z[0], 0);
        assertEquals(3, z[z.length - 1], 0);
        for (int i = 1; i < z.length; i++) {
            assertTrue(z[i] > z[i - 1]);
        }
    }

    @Test
    void polylinesSubdivideAndAppendKeepPieces() {
        Polylines p = new Polylines().segment(0, 0, 3, 3).segment(5, 5, 6, 5);
        Polylines fine = p.subdivided(3);
        assertEquals(2, fine.pieces());
        assertArrayEquals(new double[] {0, 1, 2, 3}, Arrays.copyOf(fine.xs(), 4), EPS);
        Polylines both = new Polylines().append(p).append(p);
        assertEquals(4, both.pieces());
        assertFalse(both.isEmpty());
    }

    @Test
    void numbersAreShortAndPlainInTheEverydayRange() {
        assertEquals("2.4", Style.significant(2.4000000000000004, 6));
        assertEquals("-8.84296e-7", Style.significant(-8.842956788829373e-07, 6));
        assertEquals("100", Style.number(100));
        assertEquals("0.8819", Style.number(0.88187));
        assertEquals("0", Style.number(0));
    }
}
