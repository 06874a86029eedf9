package versus.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranks 1..n of values in ascending order, ties sharing their average rank ("fractional" ranking). */
final class Ranks {
    private Ranks() {}

    /**
     * @param tieCorrection if non-null, receives sum over tie groups of (t^3 - t) in element 0
     * @return rank of each value, 1 = smallest
     */
    static double[] average(double[] values, double[] tieCorrection) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] rank = new double[n];
        double ties = 0;
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            double avg = (start + 1 + end) / 2.0; // mean of ranks start+1 .. end
            for (int i = start; i < end; i++) {
                rank[order[i]] = avg;
            }
            double t = end - start;
            ties += t * t * t - t;
            start = end;
        }
        if (tieCorrection != null) {
            tieCorrection[0] = ties;
        }
        return rank;
    }
}
