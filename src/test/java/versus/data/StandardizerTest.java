package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {
    private static final double EPS = 1e-12;

    private static Dataset data(int cols, double... x) {
        return Dataset.of("t", cols, x, new int[x.length / cols], List.of("a"));
    }

    @Test
    void meansAndPopulationStandardDeviations() {
        Standardizer s = Standardizer.fit(data(2, 1, 10, 2, 20, 3, 30, 4, 40));
        assertArrayEquals(new double[] {2.5, 25}, s.means(), EPS);
        assertArrayEquals(new double[] {Math.sqrt(1.25), Math.sqrt(125)}, s.scales(), EPS);
        Dataset z = s.apply(data(2, 1, 10, 2, 20, 3, 30, 4, 40));
        double mean0 = 0;
        double var0 = 0;
        for (int r = 0; r < 4; r++) {
            mean0 += z.get(r, 0) / 4;
            var0 += z.get(r, 0) * z.get(r, 0) / 4;
        }
        assertEquals(0, mean0, EPS);
        assertEquals(1, var0, EPS);
    }

    @Test
    void applyingToATestSetUsesTheTrainingStatistics() {
        Dataset train = data(1, 0, 2, 4);        // mean 2, sd sqrt(8/3)
        Dataset test = data(1, 100, 2);
        Standardizer s = Standardizer.fit(train);
        Dataset z = s.apply(test);
        assertEquals((100 - 2) / Math.sqrt(8.0 / 3), z.get(0, 0), EPS);
        assertEquals(0, z.get(1, 0), EPS);
        assertArrayEquals(new double[] {2}, s.means(), EPS);   // the test set changed nothing
    }

    @Test
    void constantColumnGetsScaleOne() {
        Standardizer s = Standardizer.fit(data(2, 5, 1, 5, 2, 5, 3));
        assertEquals(1.0, s.scales()[0]);
        Dataset z = s.apply(data(2, 5, 1, 7, 2));
        assertEquals(0.0, z.get(0, 0));
        assertEquals(2.0, z.get(1, 0));
    }

    @Test
    void missingValuesAreIgnoredInTheFitAndImputedWithTheTrainingMean() {
        Standardizer s = Standardizer.fit(data(1, 1, Double.NaN, 3));
        assertArrayEquals(new double[] {2}, s.means(), EPS);
        assertArrayEquals(new double[] {1}, s.scales(), EPS);
        Dataset z = s.apply(data(1, Double.NaN, 4));
        assertEquals(0.0, z.get(0, 0));
        assertEquals(2.0, z.get(1, 0), EPS);
        Standardizer allMissing = Standardizer.fit(data(1, Double.NaN, Double.NaN));
        assertEquals(0.0, allMissing.apply(data(1, Double.NaN)).get(0, 0));
    }

    @Test
    void applyLeavesTheInputUntouched() {
        double[] x = {1, 2, 3, 4};
        Dataset d = data(1, x);
        Dataset z = Standardizer.fit(d).apply(d);
        assertNotSame(d.features(), z.features());
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.features());
        assertEquals(d.featureNames(), z.featureNames());
        assertArrayEquals(d.labels(), z.labels());
    }

    @Test
    void columnCountMustMatch() {
        Standardizer s = Standardizer.fit(data(2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> s.apply(data(1, 1)));
    }
}
