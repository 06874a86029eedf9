package versus.eval;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * Leave-one-out: split {@code i} tests row {@code i} alone and trains on the other n - 1 rows
 * (k-fold with k = n). With query ids it is leave-one-query-out: split {@code g} tests every row
 * of the g-th query group (groups numbered in ascending qid order), since rows of one query are
 * not independent. {@code Split.fold} is the row or group number, {@code repeat} is 0; both parts
 * list rows ascending. The generator is not used: there is nothing to shuffle.
 *
 * <p>The splits are built when a caller asks for them, so the list costs O(n) memory instead of
 * the O(n^2) that n materialised training sets would.
 */
public record LeaveOneOut() implements Protocol {
    @Override
    public String name() { return "loo"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        if (data.hasQids()) {
            Resampling.Groups g = Resampling.Groups.of(data.qids());
            return new Splits(g.groupOfRow(), g.numGroups(), "query groups");
        }
        return new Splits(Resampling.identity(n), n, "rows");
    }

    /** The split that tests unit u (a row or a group) for each u, made on demand. */
    private static final class Splits extends AbstractList<Split> implements RandomAccess {
        private final int[] unitOfRow;
        private final int[] rowsByUnit; // rows grouped by unit, ascending within a unit
        private final int[] start;      // unit u's rows are rowsByUnit[start[u] .. start[u+1])

        Splits(int[] unitOfRow, int units, String what) {
            if (units < 2) {
                throw new IllegalArgumentException("loo needs at least 2 " + what + ", got " + units);
            }
            this.unitOfRow = unitOfRow;
            this.rowsByUnit = Resampling.stableSortByKey(Resampling.identity(unitOfRow.length), unitOfRow, units);
            this.start = new int[units + 1];
            for (int u : unitOfRow) {
                start[u + 1]++;
            }
            for (int u = 0; u < units; u++) {
                start[u + 1] += start[u];
            }
        }

        @Override
        public int size() { return start.length - 1; }

        @Override
        public Split get(int u) {
            Objects.checkIndex(u, size());
            int[] test = Arrays.copyOfRange(rowsByUnit, start[u], start[u + 1]);
            int[] train = new int[unitOfRow.length - test.length];
            int t = 0;
            for (int i = 0; i < unitOfRow.length; i++) {
                if (unitOfRow[i] != u) {
                    train[t++] = i;
                }
            }
            return new Split(u, 0, u, train, test);
        }
    }
}
