package versus.structured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LabelInferenceTest {
    /** Delta_H(t, y) + 1/2 sum y_l s_l + 1/2 sum_{l<m} v_lm y_l y_m for the set given by {@code mask}. */
    private static double value(int mask, double[] s, double[] v, byte[] truth, int labels) {
        double total = 0;
        for (int l = 0; l < labels; l++) {
            int bit = (mask >>> l) & 1;
            double yl = bit == 1 ? 1 : -1;
            total += (truth != null && truth[l] != bit ? 1 : 0) + 0.5 * yl * s[l];
            for (int m = l + 1; v != null && m < labels; m++) {
                total += 0.5 * v[LabelInference.pairIndex(l, m, labels)] * yl * (((mask >>> m) & 1) == 1 ? 1 : -1);
            }
        }
        return total;
    }

    @Test
    void equalsBruteForceOnSmallLabelSets() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int labels = 1; labels <= 7; labels++) {
            for (boolean pairs : new boolean[] {false, true}) {
                LabelInference inference = new LabelInference(labels, pairs);
                for (int trial = 0; trial < 40; trial++) {
                    double[] s = new double[labels];
                    double[] v = new double[Math.max(1, LabelInference.numPairs(labels))];
                    byte[] truth = new byte[labels];
                    for (int l = 0; l < labels; l++) {
                        s[l] = 3 * rng.nextGaussian();
                        truth[l] = (byte) rng.nextInt(2);
                    }
                    for (int p = 0; p < v.length; p++) {
                        v[p] = 2 * rng.nextGaussian();
                    }
                    for (byte[] t : new byte[][] {truth, null}) {
                        int best = 0;
                        double bestValue = Double.NEGATIVE_INFINITY;
                        for (int mask = 0; mask < 1 << labels; mask++) {
                            double val = value(mask, s, pairs ? v : null, t, labels);
                            if (val > bestValue) {
                                bestValue = val;
                                best = mask;
                            }
                        }
                        byte[] out = new byte[labels + 2];
                        double got = inference.argmax(s, v, 0, t, 0, out, 2);
                        assertEquals(bestValue, got, 1e-9, "L=" + labels + " pairs=" + pairs);
                        byte[] expected = new byte[labels];
                        for (int l = 0; l < labels; l++) {
                            expected[l] = (byte) ((best >>> l) & 1);
                        }
                        assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 2, labels + 2));
                    }
                }
            }
        }
    }

    /**
     * Notes I18: Y = {+1,-1}^k has 2^k label sets and Delta is the Hamming distance, so at w = 0
     * the loss-augmented maximiser is the complement of the truth, at distance k.
     */
    @Test
    void atZeroWeightsTheComplementIsMostViolated() {
        for (boolean pairs : new boolean[] {false, true}) {
            int k = 5;
            byte[] truth = {1, 0, 0, 1, 1};
            byte[] out = new byte[k];
            double value = new LabelInference(k, pairs).argmax(new double[k], new double[10], 0, truth, 0, out, 0);
            assertEquals(k, value, 0);
            assertArrayEquals(new byte[] {0, 1, 1, 0, 0}, out);
        }
    }

    @Test
    void pairIndexCoversTheUpperTriangleOnce() {
        int labels = 5;
        boolean[] seen = new boolean[LabelInference.numPairs(labels)];
        for (int l = 0; l < labels; l++) {
            for (int m = l + 1; m < labels; m++) {
                int p = LabelInference.pairIndex(l, m, labels);
                assertEquals(false, seen[p]);
                seen[p] = true;
            }
        }
        assertEquals(10, seen.length);
    }

    @Test
    void tooManyLabelsForPairsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LabelInference(LabelInference.MAX_PAIRWISE_LABELS + 1, true));
        new LabelInference(40, false); // per label: any L
    }
}
