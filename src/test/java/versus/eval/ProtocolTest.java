package versus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import versus.data.DataFormatException;
import versus.data.Dataset;

class ProtocolTest {
    /** n rows; labels cycle through the given class sizes in blocks (class 0 first). */
    private static Dataset data(int... classSizes) {
        int n = Arrays.stream(classSizes).sum();
        int[] y = new int[n];
        int r = 0;
        String[] names = new String[classSizes.length];
        for (int c = 0; c < classSizes.length; c++) {
            names[c] = "c" + c;
            for (int i = 0; i < classSizes[c]; i++) {
                y[r++] = c;
            }
        }
        return Dataset.of("t", 1, new double[n], y, List.of(names));
    }

    private static Dataset withQids(int[] qid) {
        int n = qid.length;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        return new Dataset("q", new double[n], y, List.of("x0"), List.of("0", "1"), qid);
    }

    /** Train and test are disjoint, together every row once. */
    private static void assertPartition(Split s, int n) {
        int[] seen = new int[n];
        for (int i : s.train()) {
            seen[i]++;
        }
        for (int i : s.test()) {
            seen[i]++;
        }
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen[i], "row " + i + " in split " + s.index());
        }
    }

    @Test
    void kfoldCoversEveryRowOncePerRepeat() {
        int n = 23;
        List<Split> splits = new KFold(5, 3, false).splits(data(n), new SplittableRandom(1));
        assertEquals(15, splits.size());
        for (int r = 0; r < 3; r++) {
            int[] tested = new int[n];
            for (int f = 0; f < 5; f++) {
                Split s = splits.get(r * 5 + f);
                assertEquals(r * 5 + f, s.index());
                assertEquals(r, s.repeat());
                assertEquals(f, s.fold());
                assertPartition(s, n);
                assertTrue(s.test().length == 4 || s.test().length == 5, "fold size " + s.test().length);
                for (int i : s.test()) {
                    tested[i]++;
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(1, tested[i], "row " + i + " tested once in repeat " + r);
            }
        }
        // repeats reshuffle
        assertFalse(Arrays.equals(splits.get(0).test(), splits.get(5).test()));
    }

    @Test
    void stratifiedKfoldSpreadsEveryClassEvenly() {
        Dataset d = data(13, 7, 3);
        List<Split> splits = new KFold(5, 2, true).splits(d, new SplittableRandom(7));
        int[][] perFold = new int[5][3];
        for (Split s : splits.subList(0, 5)) {
            assertPartition(s, d.rows());
            for (int i : s.test()) {
                perFold[s.fold()][d.label(i)]++;
            }
        }
        for (int c = 0; c < 3; c++) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int[] f : perFold) {
                min = Math.min(min, f[c]);
                max = Math.max(max, f[c]);
            }
            assertTrue(max - min <= 1, "class " + c + " counts per fold " + min + ".." + max);
        }
        int minSize = Integer.MAX_VALUE;
        int maxSize = 0;
        for (Split s : splits) {
            minSize = Math.min(minSize, s.test().length);
            maxSize = Math.max(maxSize, s.test().length);
        }
        assertTrue(maxSize - minSize <= 1);
    }

    @Test
    void sameSeedSameSplitsOtherSeedOtherSplits() {
        Dataset d = data(30, 20);
        for (Protocol p : List.of(new KFold(4, 2, true), new KFold(4, 1, false), new Holdout(0.3, 3, true), new Holdout(0.3, 2, false))) {
            List<Split> a = p.splits(d, new SplittableRandom(42));
            List<Split> b = p.splits(d, new SplittableRandom(42));
            List<Split> c = p.splits(d, new SplittableRandom(43));
            assertEquals(a.size(), b.size());
            boolean anyDifferent = false;
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i).train(), b.get(i).train(), p.name());
                assertArrayEquals(a.get(i).test(), b.get(i).test(), p.name());
                anyDifferent |= !Arrays.equals(a.get(i).test(), c.get(i).test());
            }
            assertTrue(anyDifferent, p + " ignores the seed");
        }
    }

    @Test
    void holdoutSizesAndStratification() {
        Dataset d = data(12, 8);
        List<Split> plain = new Holdout(0.25, 4, false).splits(d, new SplittableRandom(3));
        assertEquals(4, plain.size());
        for (Split s : plain) {
            assertPartition(s, 20);
            assertEquals(5, s.test().length);
            assertEquals(0, s.fold());
            assertEquals(s.index(), s.repeat());
        }
        // 5 test rows shared 12:8 -> 3 of class 0, 2 of class 1
        for (Split s : new Holdout(0.25, 5, true).splits(d, new SplittableRandom(3))) {
            int[] counts = new int[2];
            for (int i : s.test()) {
                counts[d.label(i)]++;
            }
            assertArrayEquals(new int[] {3, 2}, counts);
        }
        // a tiny fraction still tests one row; a huge one still trains on one
        assertEquals(1, new Holdout(0.01, 1, true).splits(d, new SplittableRandom(0)).get(0).test().length);
        assertEquals(1, new Holdout(0.99, 1, false).splits(d, new SplittableRandom(0)).get(0).train().length);
    }

    @Test
    void classQuotasUseLargestRemainder() {
        // 7 of 10 rows over classes 5, 3, 2: exact 3.5, 2.1, 1.4 -> floors 3, 2, 1 and the extra to class 0
        assertArrayEquals(new int[] {4, 2, 1}, Holdout.classQuotas(new int[] {5, 3, 2}, 7, 10));
    }

    @Test
    void groupsAreNeverSplit() {
        int[] qid = {5, 5, 5, 9, 9, 2, 2, 2, 2, 7, 1, 1, 3, 3, 3, 8};
        Dataset d = withQids(qid);
        List<Split> splits = new ArrayList<>(new KFold(3, 2, true).splits(d, new SplittableRandom(11)));
        splits.addAll(new Holdout(0.3, 4, true).splits(d, new SplittableRandom(11)));
        for (Split s : splits) {
            assertPartition(s, qid.length);
            for (int i : s.train()) {
                for (int j : s.test()) {
                    assertTrue(qid[i] != qid[j], "qid " + qid[i] + " on both sides of split " + s.index());
                }
            }
        }
        // 7 groups, 3 folds: every row tested once per repeat
        int[] tested = new int[qid.length];
        for (Split s : splits.subList(0, 3)) {
            for (int i : s.test()) {
                tested[i]++;
            }
        }
        for (int t : tested) {
            assertEquals(1, t);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KFold(8, 1, false).splits(d, new SplittableRandom(0)));
        assertTrue(e.getMessage().contains("query groups"), e.getMessage());
    }

    @Test
    void trainTestCutsAtTheTrainingRows() {
        List<Split> s = new TrainTest(3).splits(data(5), new SplittableRandom(0));
        assertEquals(1, s.size());
        assertArrayEquals(new int[] {0, 1, 2}, s.get(0).train());
        assertArrayEquals(new int[] {3, 4}, s.get(0).test());
        assertThrows(IllegalArgumentException.class, () -> new TrainTest(5).splits(data(5), new SplittableRandom(0)));
    }

    @Test
    void predefinedFoldsFromArray() {
        List<Split> s = new Predefined(new int[] {2, 0, -1, 2, 0, 5}).splits(data(6), new SplittableRandom(0));
        assertEquals(3, s.size());
        assertEquals(0, s.get(0).fold());
        assertArrayEquals(new int[] {1, 4}, s.get(0).test());
        assertArrayEquals(new int[] {0, 2, 3, 5}, s.get(0).train());
        assertEquals(2, s.get(1).fold());
        assertArrayEquals(new int[] {0, 3}, s.get(1).test());
        assertEquals(5, s.get(2).fold());
        assertEquals(2, s.get(2).index());
        assertArrayEquals(new int[] {5}, s.get(2).test());
        assertThrows(IllegalArgumentException.class, () -> new Predefined(new int[] {0, 0}).splits(data(3), new SplittableRandom(0)));
    }

    @Test
    void predefinedCsvLoads() throws URISyntaxException {
        Predefined p = Predefined.load(resource("folds_ok.csv"), 10);
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, -1, -1, -1, -1, 2}, p.foldOfRow());
        List<Split> s = p.splits(data(10), new SplittableRandom(0));
        assertEquals(3, s.size());
        assertArrayEquals(new int[] {4, 9}, s.get(2).test());
    }

    @Test
    void malformedPredefinedCsvNamesLineAndColumn() throws URISyntaxException {
        assertLoadError("folds_no_header.csv", 1, 1, "expected the header index,fold");
        assertLoadError("folds_out_of_range.csv", 4, 1, "index 10 is out of range; expected an integer in 0..9");
        assertLoadError("folds_duplicate.csv", 4, 2, "index 3 is listed twice (first on line 3)");
        assertLoadError("folds_bad_fold.csv", 3, 3, "fold 'one' is not an integer");
        assertLoadError("folds_extra_cell.csv", 3, 5, "expected 2 cells");
        assertLoadError("folds_no_test_fold.csv", 0, 0, "no row in a test fold");
        DataFormatException e = assertThrows(DataFormatException.class, () -> Predefined.load(Path.of("no/such/folds.csv"), 3));
        assertTrue(e.getMessage().endsWith("file not found"), e.getMessage());
    }

    private static void assertLoadError(String file, int line, int col, String problem) throws URISyntaxException {
        Path path = resource(file);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Predefined.load(path, 10), file);
        assertEquals(line, e.line(), file + ": " + e.getMessage());
        assertEquals(col, e.column(), file + ": " + e.getMessage());
        assertTrue(e.problem().contains(problem), file + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(path + (line > 0 ? ":" + line + ":" + col + ": " : ": ")), e.getMessage());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ProtocolTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void validationMessagesNameTheFieldAndValue() {
        assertMessage("k must be >= 2, got 1", () -> new KFold(1, 1, true));
        assertMessage("repeats must be >= 1, got 0", () -> new KFold(5, 0, true));
        assertMessage("test-fraction must be in (0, 1), got 1.0", () -> new Holdout(1.0, 1, true));
        assertMessage("test-fraction must be in (0, 1), got 0.0", () -> new Holdout(0.0, 1, true));
        assertMessage("repeats must be >= 1, got -1", () -> new Holdout(0.2, -1, false));
        assertMessage("trainRows must be >= 1, got 0", () -> new TrainTest(0));
        assertMessage("foldOfRow[1] must be >= -1, got -3", () -> new Predefined(new int[] {0, -3}));
        assertMessage("foldOfRow must put at least one row in a test fold (id >= 0)", () -> new Predefined(new int[] {-1, -1}));
        assertMessage("kfold: k = 6 exceeds the number of rows, 5", () -> new KFold(6, 1, true).splits(data(3, 2), new SplittableRandom(0)));
        assertMessage("kfold: k = 6 exceeds the number of rows, 5", () -> new KFold(6, 1, false).splits(data(5), new SplittableRandom(0)));
        // k above the smallest class is allowed: that class is simply missing from some folds
        assertEquals(4, new KFold(4, 1, true).splits(data(6, 2), new SplittableRandom(0)).size());
    }

    private static void assertMessage(String expected, Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }
}
