package versus.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.stats.Direction;
import versus.stats.FriedmanNemenyi;

class CriticalDifferenceTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    /** A result with the given average ranks and CD, significance as FriedmanNemenyi defines it (|R_i - R_j| >= CD). */
    static FriedmanNemenyi result(List<String> names, double[] ranks, double cd) {
        int k = ranks.length;
        boolean[][] sig = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sig[i][j] = i != j && Math.abs(ranks[i] - ranks[j]) >= cd;
            }
        }
        return new FriedmanNemenyi(names, 14, ranks, 20, 0.001, 9, 0.0004, 0.05, cd, sig);
    }

    @Test
    void cliquesOfAHandExample() {
        // by rank: a 1.2, b 1.9, c 2.4, d 3.8, e 4.2 (given out of order); CD = 1
        // a-b (0.7) and b-c (0.5) are not significant but a-c (1.2) is; c-d (1.4) is; d-e (0.4) is not
        FriedmanNemenyi r = result(List.of("c", "a", "e", "b", "d"), new double[] {2.4, 1.2, 4.2, 1.9, 3.8}, 1.0);
        List<int[]> q = CriticalDifference.cliques(r);
        assertEquals(3, q.size());
        assertArrayEquals(new int[] {1, 3}, q.get(0), "a, b");
        assertArrayEquals(new int[] {3, 0}, q.get(1), "b, c");
        assertArrayEquals(new int[] {4, 2}, q.get(2), "d, e");
        assertArrayEquals(new int[] {1, 3, 0, 4, 2}, CriticalDifference.byRank(r.averageRanks()));
    }

    @Test
    void noCliqueWhenAllDifferAndOneWhenNoneDo() {
        FriedmanNemenyi apart = result(List.of("a", "b", "c"), new double[] {1, 2, 3}, 0.5);
        assertEquals(0, CriticalDifference.cliques(apart).size());
        FriedmanNemenyi together = result(List.of("a", "b", "c", "d"), new double[] {2.4, 2.6, 2.5, 2.5}, 1.0);
        List<int[]> q = CriticalDifference.cliques(together);
        assertEquals(1, q.size());
        assertEquals(4, q.get(0).length);
        // exactly CD apart is significant (FriedmanNemenyi's >=): no group
        assertEquals(0, CriticalDifference.cliques(result(List.of("a", "b"), new double[] {1, 2}, 1.0)).size());
    }

    @Test
    void diagramsForThreeToTenModelsAreWritten() throws IOException {
        SplittableRandom rng = new SplittableRandom(3);
        for (int k : new int[] {3, 5, 10}) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                names.add(j % 3 == 0 ? "model-with-a-long-name-" + j : "m" + j);
            }
            double[][] scores = new double[12][k];
            for (double[] row : scores) {
                for (int j = 0; j < k; j++) {
                    row[j] = 0.7 + 0.02 * j + 0.05 * rng.nextGaussian();
                }
            }
            FriedmanNemenyi r = FriedmanNemenyi.test(names, scores, Direction.HIGHER_IS_BETTER, 0.05);
            SurfaceFixtures.write(CriticalDifference.chart(r), dir, "cd-" + k);
        }
    }
}
