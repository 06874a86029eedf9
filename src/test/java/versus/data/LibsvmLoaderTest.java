package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static versus.data.DatasetLoaderTest.fixture;
import static versus.data.DatasetLoaderTest.loadError;
import static versus.data.DatasetLoaderTest.shared;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibsvmLoaderTest {
    private static final LoadOptions LIBSVM = LoadOptions.defaults().withFormat(DataFormat.LIBSVM);

    private static String message(String fixture) {
        return loadError(fixture(fixture), LIBSVM).getMessage();
    }

    @Test
    void sparseRowsBecomeDenseWithCommentsAndBlankLinesSkipped() {
        Dataset d = DatasetLoader.load(fixture("small.libsvm"), null, null);
        assertEquals(4, d.rows());
        assertEquals(List.of("x1", "x2", "x3", "x4"), d.featureNames());
        assertArrayEquals(new double[] {
            0.5, 0, -1.25, 0,
            0, 2, 0.1, 0,
            0, 0, 0, 0,
            0, 0, 0, 7}, d.features());
        assertEquals(List.of("-1", "0.5", "+1"), d.classNames());
        assertArrayEquals(new int[] {2, 0, 2, 1}, d.labels());
        assertNull(d.qids());
    }

    @Test
    void qidsAndGradedRelevanceLabels() {
        Dataset d = DatasetLoader.load(fixture("ranking.svmlight"), null, null);
        assertTrue(d.hasQids());
        assertArrayEquals(new int[] {1, 1, 2, 2}, d.qids());
        assertEquals(List.of("0", "1", "2", "3"), d.classNames());
        assertArrayEquals(new int[] {3, 1, 2, 0}, d.labels());
        assertArrayEquals(new double[] {1, 0.5, 0.2, 0.1, 0.7, 0, 0, 0.9}, d.features());
    }

    @Test
    void decreasingIndicesAreRejected() {
        assertEquals(fixture("decreasing.libsvm") + ":2:12: feature index 2 after 3; indices must increase along a line",
                message("decreasing.libsvm"));
    }

    @Test
    void qidOnSomeLinesOnlyIsRejected() {
        String m = message("mixed-qid.libsvm");
        assertTrue(m.startsWith(fixture("mixed-qid.libsvm") + ":2:1: this line has no qid:"), m);
    }

    @Test
    void badValueIsLocated() {
        assertEquals(fixture("bad-value.libsvm") + ":1:10: \"x\" is not a number (value of feature 2)",
                message("bad-value.libsvm"));
    }

    @Test
    void badLabelAndBadIndex() {
        String label = loadError(writeTemp("abc 1:2\n"), LIBSVM).problem();
        assertTrue(label.startsWith("\"abc\" is not a label"), label);
        String index = loadError(writeTemp("1 0:2\n"), LIBSVM).getMessage();
        assertTrue(index.endsWith(":1:3: feature index 0: indices start at 1"), index);
        String pair = loadError(writeTemp("1 5\n"), LIBSVM).problem();
        assertTrue(pair.startsWith("expected index:value"), pair);
    }

    private static java.nio.file.Path writeTemp(String text) {
        try {
            java.nio.file.Path p = java.nio.file.Files.createTempFile("versus", ".libsvm");
            p.toFile().deleteOnExit();
            return java.nio.file.Files.writeString(p, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sharedHeartScale() {
        Dataset d = DatasetLoader.load(shared("liblinear/heart_scale"), null, LIBSVM);
        assertEquals(270, d.rows());
        assertEquals(13, d.cols());
        assertEquals(List.of("-1", "+1"), d.classNames());
        assertArrayEquals(new int[] {150, 120}, d.classCounts());
        assertFalse(d.hasQids());
        assertEquals(0.708333, d.get(0, 0));
        assertEquals(0.0, d.get(0, 10));   // index 11 is absent on the first line
    }
}
