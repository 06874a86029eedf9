package versus.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.train.History;

class GradientNormsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    @Test
    void findsTheLayersThatHaveNormsWhateverTheirNumber() {
        assertEquals(List.of(1, 2, 3, 4), GradientNorms.layers(SurfaceFixtures.gradientHistories()));
        History h = new History();
        h.add(1, "grad-norm-layer-3", 1);
        h.add(1, "grad-norm-layer-x", 1);
        h.add(1, "train-loss", 1);
        assertEquals(List.of(3), GradientNorms.layers(List.of(new Named<>("m", 0, List.of(h)))));
        assertNull(GradientNorms.layerOf("grad-norm-layer-0"));
        assertNull(GradientNorms.layerOf("grad-norm"));
    }

    @Test
    void meanOverSplitsPerEpochSkipsNonPositiveMeans() {
        History a = new History();
        History b = new History();
        a.add(1, "grad-norm-layer-1", 1);
        b.add(1, "grad-norm-layer-1", 3);
        a.add(2, "grad-norm-layer-1", 0);
        b.add(2, "grad-norm-layer-1", 0);
        a.add(3, "grad-norm-layer-1", 4); // b stopped early
        b.add(3, "grad-norm-layer-1", Double.NaN);
        double[][] s = GradientNorms.meanPerEpoch("grad-norm-layer-1", List.of(a, b));
        assertArrayEquals(new double[] {1, 3}, s[0], 0);
        assertArrayEquals(new double[] {2, 4}, s[1], 0);
    }

    @Test
    void chartIsWrittenAndNeedsSomeNorms() throws IOException {
        SurfaceFixtures.write(GradientNorms.chart(SurfaceFixtures.gradientHistories()), dir, "gradient-norms");
        History h = new History();
        h.add(1, "train-loss", 1);
        assertThrows(IllegalArgumentException.class, () -> GradientNorms.chart(List.of(new Named<>("m", 0, List.of(h)))));
    }
}
