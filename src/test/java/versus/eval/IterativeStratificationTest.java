package versus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import versus.data.Dataset;
import versus.data.LabelSets;
import versus.data.MultiLabelGenerator;

class IterativeStratificationTest {
    /** 200 rows, 4 labels of very different frequency (rare label 3 on 10 rows). */
    private static LabelSets sets() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 200;
        byte[] b = new byte[n * 4];
        double[] p = {0.5, 0.3, 0.15, 0.05};
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < 4; l++) {
                b[i * 4 + l] = (byte) (r.nextDouble() < p[l] ? 1 : 0);
            }
        }
        return new LabelSets(b, List.of("a", "b", "c", "d"));
    }

    @Test
    void everyRowOnceAndLabelsSpreadEvenly() {
        LabelSets s = sets();
        int k = 5;
        int[] fold = IterativeStratification.folds(s, k, new SplittableRandom(0));
        int[] size = new int[k];
        int[][] perLabel = new int[4][k];
        for (int i = 0; i < s.rows(); i++) {
            assertTrue(fold[i] >= 0 && fold[i] < k);
            size[fold[i]]++;
            for (int l = 0; l < 4; l++) {
                perLabel[l][fold[i]] += s.has(i, l) ? 1 : 0;
            }
        }
        int[] counts = s.labelCounts();
        for (int f = 0; f < k; f++) {
            assertTrue(Math.abs(size[f] - s.rows() / k) <= 2, "fold sizes " + java.util.Arrays.toString(size));
            for (int l = 0; l < 4; l++) {
                // each fold gets its share of every label to within one row
                assertTrue(Math.abs(perLabel[l][f] - counts[l] / (double) k) <= 1.0,
                        "label " + l + " per fold " + java.util.Arrays.toString(perLabel[l]));
            }
        }
    }

    @Test
    void sameSeedSameFoldsAndProportionsAreHonoured() {
        LabelSets s = sets();
        assertArrayEquals(IterativeStratification.folds(s, 3, new SplittableRandom(9)),
                IterativeStratification.folds(s, 3, new SplittableRandom(9)));
        int[] fold = IterativeStratification.folds(s, new double[] {0.25, 0.75}, new SplittableRandom(2));
        int test = 0;
        for (int f : fold) {
            test += f == 0 ? 1 : 0;
        }
        assertTrue(Math.abs(test - 50) <= 2, "test rows " + test);
    }

    @Test
    void protocolsUseItOnMultiLabelData() {
        Dataset d = MultiLabelGenerator.generate(120, 3, List.of("a", "b", "c", "d"), 0.5, new SplittableRandom(3));
        List<Split> splits = new KFold(4, 1, true).splits(d, new SplittableRandom(0));
        assertEquals(4, splits.size());
        int tested = 0;
        for (Split s : splits) {
            tested += s.test().length;
            assertEquals(120, s.test().length + s.train().length);
        }
        assertEquals(120, tested);
        List<Split> holdout = new Holdout(0.25, 2, true).splits(d, new SplittableRandom(0));
        assertEquals(2, holdout.size());
        // sizes are approximate: the algorithm fills label quotas first (Sechidis et al. 2011)
        assertTrue(Math.abs(holdout.get(0).test().length - 30) <= 6, "test rows " + holdout.get(0).test().length);
    }
}
