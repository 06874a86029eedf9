package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format dispatch, file errors and the shared helpers every loader uses. */
class DatasetLoaderTest {

    /** A file under src/test/resources/data. */
    static Path fixture(String name) {
        URL url = DatasetLoaderTest.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the project's sibling ../shared/datasets; the test is skipped without it. */
    static Path shared(String relative) {
        Path dir = Path.of(System.getProperty("versus.shared.datasets", "../shared/datasets"));
        Path p = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared data set not present: " + p);
        return p;
    }

    static DataFormatException loadError(Path p, LoadOptions o) {
        return assertThrows(DataFormatException.class, () -> DatasetLoader.load(p, null, o));
    }

    @Test
    void formatFromName() {
        assertEquals(DataFormat.CSV, DataFormat.fromName("csv"));
        assertEquals(DataFormat.ARFF, DataFormat.fromName("ARFF"));
        assertEquals(DataFormat.LIBSVM, DataFormat.fromName("libsvm"));
        assertEquals(DataFormat.LIBSVM, DataFormat.fromName("svmlight"));
        assertEquals(DataFormat.IDX, DataFormat.fromName("idx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataFormat.fromName("xlsx"));
        assertTrue(e.getMessage().contains("csv, arff, libsvm, svmlight, idx"), e.getMessage());
    }

    @Test
    void formatFromPathIgnoresGzip() {
        assertEquals(DataFormat.CSV, DataFormat.fromPath(Path.of("a/b/iris.csv")));
        assertEquals(DataFormat.CSV, DataFormat.fromPath(Path.of("digits.csv.gz")));
        assertEquals(DataFormat.ARFF, DataFormat.fromPath(Path.of("titanic.arff.gz")));
        assertEquals(DataFormat.LIBSVM, DataFormat.fromPath(Path.of("a.svm")));
        assertEquals(DataFormat.LIBSVM, DataFormat.fromPath(Path.of("a.svmlight")));
        assertEquals(DataFormat.LIBSVM, DataFormat.fromPath(Path.of("a.libsvm")));
        assertEquals(DataFormat.IDX, DataFormat.fromPath(Path.of("t10k-images-idx3-ubyte.gz")));
        assertEquals(DataFormat.IDX, DataFormat.fromPath(Path.of("x.idx")));
    }

    @Test
    void unknownExtensionListsTheAllowedOnes() {
        DataFormatException e = loadError(fixture("data.xyz"), LoadOptions.defaults());
        assertTrue(e.getMessage().startsWith(fixture("data.xyz") + ": cannot tell the data format"), e.getMessage());
        assertTrue(e.getMessage().contains("*.csv") && e.getMessage().contains("format:"), e.getMessage());
    }

    @Test
    void missingFileIsADataFormatException(@TempDir Path dir) {
        Path p = dir.resolve("nope.csv");
        DataFormatException e = loadError(p, LoadOptions.defaults());
        assertTrue(e.getMessage().startsWith(p + ": file not found"), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void missingFileWithUnknownExtensionSaysNotFound(@TempDir Path dir) {
        DataFormatException e = loadError(dir.resolve("heart_scale"), LoadOptions.defaults());
        assertTrue(e.problem().startsWith("file not found"), e.getMessage());
    }

    @Test
    void gzipIsReadBySuffixAndByMagicBytes() {
        Dataset plain = DatasetLoader.load(fixture("basic.csv"), "b", null);
        Dataset gz = DatasetLoader.load(fixture("basic.csv.gz"), "b", null);
        Dataset magic = DatasetLoader.load(fixture("gzip-without-suffix.csv"), "b", null);
        assertArrayEquals(plain.features(), gz.features());
        assertArrayEquals(plain.labels(), magic.labels());
        assertArrayEquals(plain.features(), magic.features());
    }

    @Test
    void nameDefaultsToTheFileStem() {
        assertEquals("basic", DatasetLoader.load(fixture("basic.csv.gz"), null, null).name());
        assertEquals("given", DatasetLoader.load(fixture("basic.csv"), "given", null).name());
    }

    @Test
    void corruptGzipIsReported(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("broken.csv.gz");
        Files.write(p, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        DataFormatException e = loadError(p, null);
        assertTrue(e.problem().contains("gzip"), e.getMessage());
    }

    @Test
    void optionsDefaultsAndMissingPolicyNames() {
        LoadOptions d = LoadOptions.defaults();
        assertEquals(MissingValues.MEAN, d.missing());
        assertEquals(MissingValues.MEDIAN, MissingValues.fromName("median"));
        assertEquals(MissingValues.MOST_FREQUENT, MissingValues.fromName("most-frequent"));
        assertEquals(List.of(), d.dropColumns());
        assertEquals(MissingValues.DROP_ROWS, MissingValues.fromName("drop-rows"));
        assertEquals(MissingValues.MEAN, MissingValues.fromName("mean"));
        assertEquals(MissingValues.ERROR, MissingValues.fromName("error"));
        assertThrows(IllegalArgumentException.class, () -> MissingValues.fromName("zero"));
    }

    @Test
    void categoriesFindBytesWithoutStrings() {
        Categories c = new Categories();
        byte[] b = "red,green,red,blue".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, c.add(b, 0, 3));
        assertEquals(1, c.add(b, 4, 9));
        assertEquals(0, c.add(b, 10, 13));
        assertEquals(2, c.add(b, 14, 18));
        assertEquals(-1, c.find("pink".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 4));
        assertArrayEquals(new int[] {2, 1, 0}, c.sortedCodes());   // blue, green, red
        for (int i = 0; i < 100; i++) {   // growth keeps every code
            c.add("v" + i);
        }
        assertEquals(103, c.size());
        assertEquals(3 + 57, c.add("v57"));
    }

    @Test
    void numericLabelsAreOrderedNumerically() {
        ClassIndex.Encoded e = ClassIndex.numeric(new double[] {1, -1, 10, 2, -1}, i -> "t" + i);
        assertArrayEquals(new int[] {1, 0, 3, 2, 0}, e.y());
        assertEquals(List.of("t1", "t0", "t3", "t2"), e.names());
    }

    @Test
    void numbersAndMissingTokens() {
        assertEquals(5.1, parse(" 5.1 "));
        assertEquals(-1000.0, parse("-1e3"));
        assertEquals(1.0, parse("+1"));
        assertEquals(0.5, parse(".5"));
        for (String bad : new String[] {"1d", "2F", "abc", "", "1,5", "1.2.3"}) {
            assertThrows(NumberFormatException.class, () -> parse(bad), bad);
        }
        for (String missing : new String[] {"", "  ", "NA", " ? ", "NaN", "nan"}) {
            byte[] b = missing.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(Numbers.isMissing(b, 0, b.length), "[" + missing + "]");
        }
        byte[] na = "NAN -1 N/A".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(Numbers.isMissing(na, 0, 3));
        assertFalse(Numbers.isMissing(na, 4, 6));
        assertEquals(7, Numbers.index("7"));
        assertEquals(-1, Numbers.index("-7"));
        assertEquals(-1, Numbers.index("x7"));
    }

    private static double parse(String s) {
        byte[] b = ("#" + s + "#").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Numbers.parse(b, 1, b.length - 1);
    }

    @Test
    void linesSkipBlanksAndKnowTheirNumbers() {
        byte[] b = "a\r\n\n  \nb\nc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Lines l = Lines.of(b, 0, true);
        assertEquals(3, l.count);
        assertArrayEquals(new int[] {1, 4, 5}, java.util.Arrays.copyOf(l.number, 3));
        assertEquals(1, l.end[0] - l.start[0]);   // CR dropped
    }

    @Test
    void longLinesAreSplitAtEveryNewline() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            s.append("x".repeat(i % 13)).append(i).append('\n');
        }
        Lines l = Lines.of(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, false);
        assertEquals(1000, l.count);
        assertEquals(1000, l.number[999]);
    }
}
