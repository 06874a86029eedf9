package versus.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Crammer-Singer and Weston-Watkins by hand: the seed check G17, kinks and ties (which the
 * finite-difference contract test avoids), the margin parameter, K = 2, and the subgradient
 * inequality at the kinks.
 */
class MulticlassSvmLossTest {
    private static final double[] G17 = {3, -5, 2.5};

    private static double[] grad(MulticlassLoss loss, double[] s, int label, double[] out) {
        double[] g = new double[s.length];
        java.util.Arrays.fill(g, Double.NaN);              // the loss must overwrite, not accumulate
        out[0] = loss.valueAndGradient(s, label, g);
        return g;
    }

    @Test
    void seedG17WestonWatkins() {
        double[] v = new double[1];
        double[] s = G17.clone();
        double[] g = grad(new WestonWatkins(), s, 0, v);
        // max(0, -5 - 3 + 1) + max(0, 2.5 - 3 + 1) = 0 + 0.5
        assertEquals(0.5, v[0], 1e-15);
        assertArrayEquals(new double[] {-1, 0, 1}, g, 0);
        assertArrayEquals(G17, s, 0, "scores unchanged");
        // "if f[0] is larger than the other entries by 1, the loss is 0"
        g = grad(new WestonWatkins(), new double[] {3, 2, 2}, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {-2, 1, 1}, g, 0);  // exactly on the kinks: the active side, as Hinge
        g = grad(new WestonWatkins(), new double[] {3, 1.9, 1.9}, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
    }

    @Test
    void seedG17CrammerSingerGivesTheSameNumberHere() {
        double[] v = new double[1];
        double[] g = grad(new CrammerSinger(), G17.clone(), 0, v);
        assertEquals(0.5, v[0], 1e-15);                    // GOLDEN D03
        assertArrayEquals(new double[] {-1, 0, 1}, g, 0);
        g = grad(new CrammerSinger(), new double[] {3, 2, 2}, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {-1, 1, 0}, g, 0);  // on the kink, tied rivals: the first one
        g = grad(new CrammerSinger(), new double[] {3, 1.9, 1.9}, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
    }

    @Test
    void sumAndMaxDifferWhenSeveralRivalsViolate() {
        double[] v = new double[1];
        double[] s = {0, 0.5, 0.8};
        double[] g = grad(new WestonWatkins(), s, 0, v);
        assertEquals(1.5 + 1.8, v[0], 1e-15);
        assertArrayEquals(new double[] {-2, 1, 1}, g, 0);
        g = grad(new CrammerSinger(), s, 0, v);
        assertEquals(1.8, v[0], 1e-15);
        assertArrayEquals(new double[] {-1, 0, 1}, g, 0);
        // label in the middle
        g = grad(new WestonWatkins(), s, 1, v);
        assertEquals(0.5 + 1.3, v[0], 1e-15);
        assertArrayEquals(new double[] {1, -2, 1}, g, 0);
        g = grad(new CrammerSinger(), s, 1, v);
        assertEquals(1.3, v[0], 1e-15);
        assertArrayEquals(new double[] {0, -1, 1}, g, 0);
    }

    @Test
    void atTheKinkTheActiveSideIsTaken() {
        double[] v = new double[1];
        double[] s = {1, 0, -3};                           // rival 1 exactly at the margin
        double[] g = grad(new WestonWatkins(), s, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {-1, 1, 0}, g, 0);
        g = grad(new CrammerSinger(), s, 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {-1, 1, 0}, g, 0);
        // just inside the margin: zero gradient
        g = grad(new WestonWatkins(), new double[] {1 + 1e-12, 0, -3}, 0, v);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
        g = grad(new CrammerSinger(), new double[] {1 + 1e-12, 0, -3}, 0, v);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
    }

    @Test
    void tiedRivalsCrammerSingerPicksTheFirst() {
        double[] v = new double[1];
        double[] s = {2, 0, 2, -1};
        double[] g = grad(new CrammerSinger(), s, 1, v);
        assertEquals(3, v[0], 0);
        assertArrayEquals(new double[] {1, -1, 0, 0}, g, 0);
        g = grad(new WestonWatkins(), s, 1, v);
        assertEquals(3 + 3 + 0, v[0], 0);                  // the rival at -1 sits exactly on the kink: active, adds 0
        assertArrayEquals(new double[] {1, -3, 1, 1}, g, 0);
        // all scores equal (e.g. a zero start): each loss is the margin, and the update is non-zero
        g = grad(new CrammerSinger(), new double[] {0, 0, 0}, 2, v);
        assertEquals(1, v[0], 0);
        assertArrayEquals(new double[] {1, 0, -1}, g, 0);
        g = grad(new WestonWatkins(), new double[] {0, 0, 0}, 2, v);
        assertEquals(2, v[0], 0);
        assertArrayEquals(new double[] {1, 1, -2}, g, 0);
    }

    @Test
    void marginIsARecordParameter() {
        double[] v = new double[1];
        assertEquals(1.0, new WestonWatkins().margin(), 0);
        assertEquals(1.0, new CrammerSinger().margin(), 0);
        grad(new WestonWatkins(2), G17.clone(), 0, v);
        assertEquals(1.5, v[0], 1e-15);                    // max(0, -6) + max(0, 1.5)
        grad(new CrammerSinger(2), G17.clone(), 0, v);
        assertEquals(1.5, v[0], 1e-15);
        double[] g = grad(new WestonWatkins(0), G17.clone(), 0, v);
        assertEquals(0, v[0], 0);
        assertArrayEquals(new double[] {0, 0, 0}, g, 0);
        assertThrows(IllegalArgumentException.class, () -> new WestonWatkins(-1));
        assertThrows(IllegalArgumentException.class, () -> new CrammerSinger(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CrammerSinger(Double.POSITIVE_INFINITY));
    }

    @Test
    void twoClassesWorkAndEqualTheBinaryHingeOnTheScoreDifference() {
        for (MulticlassLoss loss : new MulticlassLoss[] {new CrammerSinger(), new WestonWatkins()}) {
            loss.checkClasses(2);
            assertEquals(2, loss.numOutputs(2));
            assertEquals(5, loss.numOutputs(5));
            assertThrows(IllegalArgumentException.class, () -> loss.checkClasses(1));
            double[] v = new double[1];
            double[] g = grad(loss, new double[] {0.3, -0.2}, 1, v);
            assertEquals(Hinge.svm().value(-0.2 - 0.3), v[0], 1e-15);
            assertArrayEquals(new double[] {1, -1}, g, 0);
            g = grad(loss, new double[] {0.3, -0.2}, 0, v);
            assertEquals(Hinge.svm().value(0.5), v[0], 1e-15);
            assertArrayEquals(new double[] {-1, 1}, g, 0);
        }
    }

    @Test
    void decisionIsArgmaxWithoutProbabilities() {
        for (MulticlassLoss loss : new MulticlassLoss[] {new CrammerSinger(), new WestonWatkins()}) {
            assertEquals(0, loss.decide(G17, 3));
            assertEquals(2, loss.decide(new double[] {-1, 0, 4}, 3));
            assertFalse(loss.hasProbabilities());
            assertThrows(UnsupportedOperationException.class, () -> loss.probabilities(G17, 3, new double[3]));
        }
    }

    @Test
    void catalogGivesThemAsIsForAnyNumberOfClasses() {
        assertTrue(LossCatalog.coding("crammer-singer", 2) instanceof CrammerSinger);
        assertTrue(LossCatalog.coding("crammer-singer", 5) instanceof CrammerSinger);
        assertTrue(LossCatalog.coding("weston-watkins", 3) instanceof WestonWatkins);
        assertEquals(1.0, ((WestonWatkins) LossCatalog.coding("weston-watkins", 3)).margin(), 0);
    }

    @Test
    void stableForHugeScores() {
        double[] v = new double[1];
        double[] s = {1000, -1000, 0};
        double[] g = grad(new WestonWatkins(), s, 1, v);
        assertEquals(2001 + 1001, v[0], 0);
        assertArrayEquals(new double[] {1, -2, 1}, g, 0);
        g = grad(new CrammerSinger(), s, 1, v);
        assertEquals(2001, v[0], 0);
        assertArrayEquals(new double[] {1, -1, 0}, g, 0);
        grad(new CrammerSinger(), s, 0, v);
        assertEquals(0, v[0], 0);
    }

    /** Both bound the multiclass zero-one loss: L(s, y) >= 1{argmax s != y}, ties included. */
    @Test
    void boundTheMulticlassZeroOneLoss() {
        SplittableRandom rng = new SplittableRandom(17);
        for (MulticlassLoss loss : new MulticlassLoss[] {new CrammerSinger(), new WestonWatkins()}) {
            double[] g = new double[4];
            for (int t = 0; t < 2000; t++) {
                double[] s = new double[4];
                for (int j = 0; j < 4; j++) {
                    s[j] = rng.nextInt(5) - 2;                  // integers: many ties
                }
                int y = rng.nextInt(4);
                double l = loss.valueAndGradient(s, y, g);
                boolean tiedOrWrong = false;
                for (int j = 0; j < 4; j++) {
                    tiedOrWrong |= j != y && s[j] >= s[y];
                }
                assertTrue(l >= (tiedOrWrong ? 1 : 0), loss.name() + " " + java.util.Arrays.toString(s) + " y=" + y);
                if (loss.decide(s, 4) != y) {
                    assertTrue(l >= 1);
                }
            }
        }
    }

    /**
     * The returned gradient is a true subgradient, also at kinks and ties (integer scores hit both):
     * L(t) >= L(s) + g(s) . (t - s) for all t, since both losses are convex in the scores.
     */
    @Test
    void subgradientInequalityHoldsAtKinksAndTies() {
        SplittableRandom rng = new SplittableRandom(23);
        for (MulticlassLoss loss : new MulticlassLoss[] {new CrammerSinger(), new WestonWatkins(), new WestonWatkins(0.5)}) {
            double[] g = new double[3];
            double[] scratch = new double[3];
            for (int trial = 0; trial < 500; trial++) {
                double[] s = new double[3];
                for (int j = 0; j < 3; j++) {
                    s[j] = (rng.nextInt(9) - 4) / 2.0;
                }
                int y = rng.nextInt(3);
                double ls = loss.valueAndGradient(s, y, g);
                for (int probe = 0; probe < 20; probe++) {
                    double[] t = new double[3];
                    double lin = ls;
                    for (int j = 0; j < 3; j++) {
                        t[j] = s[j] + rng.nextDouble(-2, 2);
                        lin += g[j] * (t[j] - s[j]);
                    }
                    assertTrue(loss.valueAndGradient(t, y, scratch) >= lin - 1e-12, loss.name());
                }
            }
        }
    }
}
