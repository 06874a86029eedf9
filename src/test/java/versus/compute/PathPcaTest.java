package versus.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathPcaTest {
    /**
     * By hand: snapshots (3, 1), (-1, 1), (0, 0) centred at the last give M = [[3, 1], [-1, 1]],
     * M^T M = [[10, 2], [2, 2]] with eigenvalues 6 +- sqrt(20) = 10.4721, 1.5279 (trace 12), so
     * the first direction holds 10.4721 / 12 = 0.87268 of the path and its eigenvector
     * (2, sqrt(20) - 4) normalised is (0.97325, 0.22975), up to sign.
     */
    @Test
    void matchesAHandComputedTwoByTwoExample() {
        PathPca pca = PathPca.of(List.of(new double[] {3, 1}, new double[] {-1, 1}, new double[] {0, 0}));
        double big = 6 + Math.sqrt(20);
        assertEquals(big / 12, pca.explained1(), 1e-12);
        assertEquals((12 - big) / 12, pca.explained2(), 1e-12);
        double norm = Math.hypot(2, Math.sqrt(20) - 4);
        double sign = Math.signum(pca.v1()[0]);
        assertEquals(2 / norm, sign * pca.v1()[0], 1e-12);
        assertEquals((Math.sqrt(20) - 4) / norm, sign * pca.v1()[1], 1e-12);
        assertEquals(sign * (3 * 2 + 1 * (Math.sqrt(20) - 4)) / norm, pca.x()[0], 1e-12);
        assertEquals(0, pca.x()[2], 0);
        assertEquals(0, pca.v1()[0] * pca.v2()[0] + pca.v1()[1] * pca.v2()[1], 1e-12);
    }

    @Test
    void refusesAPathThatNeverMoves() {
        assertThrows(IllegalArgumentException.class, () -> PathPca.of(List.of(new double[] {1, 2}, new double[] {1, 2})));
        assertThrows(IllegalArgumentException.class, () -> PathPca.of(List.of(new double[] {1, 2})));
    }
}
