package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static versus.data.DatasetLoaderTest.fixture;
import static versus.data.DatasetLoaderTest.loadError;
import static versus.data.DatasetLoaderTest.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
    private static final LoadOptions DEFAULTS = LoadOptions.defaults();

    private static Dataset load(String fixture, LoadOptions o) {
        return DatasetLoader.load(fixture(fixture), null, o);
    }

    private static String message(String fixture, LoadOptions o) {
        return loadError(fixture(fixture), o).getMessage();
    }

    @Test
    void headerNamesFeaturesAndTextLabelsSortLexicographically() {
        Dataset d = load("basic.csv", DEFAULTS);
        assertEquals(4, d.rows());
        assertEquals(List.of("sepal_length", "sepal_width"), d.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertArrayEquals(new int[] {0, 0, 2, 1}, d.labels());
        assertArrayEquals(new double[] {5.1, 3.5, 4.9, 3.0, 6.3, 2.9, 5.8, 2.7}, d.features());
    }

    @Test
    void withoutHeaderNumericLabelsSortNumerically() {
        Dataset d = load("noheader-pm1.csv", DEFAULTS);
        assertEquals(3, d.rows());
        assertEquals(List.of("x0", "x1"), d.featureNames());
        assertEquals(List.of("-1", "+1"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
        assertArrayEquals(new double[] {1.5, 2, 3, 4.25, -1000, 0.5}, d.features());
    }

    @Test
    void labelsTwoAndSevenBecomeClassesZeroAndOne() {
        Dataset d = load("digits-2-7.csv", DEFAULTS.withLabel("digit"));
        assertEquals(List.of("2", "7"), d.classNames());
        assertEquals(List.of("0.2", "0.4", "0.6"), load("digits-2-7.csv", DEFAULTS).classNames(), "without label:, the column named y wins");
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    @Test
    void forcedHeaderTakesTheFirstLineAsNames() {
        Dataset d = load("noheader-pm1.csv", DEFAULTS.withHeader(true));
        assertEquals(2, d.rows());
        assertEquals(List.of("1.5", "2"), d.featureNames());
    }

    @Test
    void semicolonAndTabSeparatorsAreDetected() {
        Dataset s = load("semicolon.csv", DEFAULTS);
        assertArrayEquals(new double[] {1.5, 2, 3, 4}, s.features());
        assertEquals(List.of("no", "yes"), s.classNames());
        Dataset t = load("tabs.tsv", DEFAULTS);
        assertArrayEquals(new double[] {1, 2, 3, 4}, t.features());
        assertEquals(List.of("a", "b"), t.featureNames());
    }

    @Test
    void quotesEscapesCrlfEmbeddedNewlinesAndTrailingBlankLines() {
        Dataset d = load("quoted.csv", DEFAULTS);
        assertEquals(3, d.rows());
        assertEquals(List.of("name=Line\r\nbreak", "name=O'Neil", "name=Smith, John", "x"), d.featureNames());
        assertArrayEquals(new double[] {0, 0, 1, 1.5, 1, 0, 0, 2.5, 0, 1, 0, 3}, d.features());
        assertEquals(List.of("a \"quoted\" class", "plain"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 1}, d.labels());
    }

    @Test
    void categoricalFeaturesAreOneHotWithSortedCategories() {
        Dataset d = load("penguins-mini.csv", DEFAULTS.withLabel("species").withMissing(MissingValues.MEAN));
        assertEquals(List.of("island=Biscoe", "island=Dream", "island=Torgersen", "bill", "sex=(missing)", "sex=female", "sex=male"),
                d.featureNames());
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), d.classNames());
        assertArrayEquals(new int[] {0, 0, 2, 1, 2}, d.labels());
        assertArrayEquals(new double[] {0, 0, 1, 39.1, 0, 0, 1}, row(d, 0));
        assertArrayEquals(new double[] {1, 0, 0, Double.NaN, 0, 1, 0}, row(d, 1));
        assertArrayEquals(new double[] {1, 0, 0, 46.1, 1, 0, 0}, row(d, 2), "a missing category is its own level, never NaN");
        assertArrayEquals(new double[] {0, 1, 0, Double.NaN, 0, 1, 0}, row(d, 3));
    }

    @Test
    void missingValuesDropRows() {
        Dataset d = load("penguins-mini.csv", DEFAULTS.withLabel("species").withMissing(MissingValues.DROP_ROWS));
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {0, 1, 0, 50.0, 0, 1}, row(d, 1));
        assertEquals(List.of("Adelie", "Gentoo"), d.classNames());   // Chinstrap's only row was dropped
    }

    @Test
    void missingValueUnderErrorNamesLineColumnAndTheFix() {
        assertEquals(fixture("missing.csv") + ":3:2: missing value in feature column \"sepal_width\"; "
                + "set impute: mean (or median, most-frequent, drop-rows) in the dataset entry",
                message("missing.csv", DEFAULTS.withMissing(MissingValues.ERROR)));
        assertTrue(message("penguins-mini.csv", DEFAULTS.withLabel("species").withMissing(MissingValues.ERROR))
                .startsWith(fixture("penguins-mini.csv") + ":3:3: missing value in feature column \"bill\""));
        assertEquals(2, load("missing.csv", DEFAULTS.withMissing(MissingValues.DROP_ROWS)).rows());
        assertTrue(Double.isNaN(load("missing.csv", DEFAULTS.withMissing(MissingValues.MEAN)).get(1, 1)));
    }

    @Test
    void missingLabelCanOnlyBeDropped() {
        String m = message("missing-label.csv", DEFAULTS.withMissing(MissingValues.MEAN));
        assertTrue(m.startsWith(fixture("missing-label.csv") + ":3:3: missing label"), m);
        assertTrue(m.contains("impute: drop-rows"), m);
        Dataset d = load("missing-label.csv", DEFAULTS.withMissing(MissingValues.DROP_ROWS));
        assertEquals(2, d.rows());
        assertEquals(List.of("x", "y"), d.classNames());
    }

    @Test
    void raggedRowGivesLineAndFirstMissingField() {
        assertEquals(fixture("ragged.csv") + ":17:5: row has 4 fields, expected 5 like the header",
                message("ragged.csv", DEFAULTS));
    }

    @Test
    void badNumberNamesTheColumn() {
        String m = message("bad-number.csv", DEFAULTS);
        assertEquals(fixture("bad-number.csv") + ":1:2: column \"sepal_width\": mostly numbers (1) with 1 text cells (first at line 3); "
                + "declare it categorical (columns: {categorical: [sepal_width]}), fix those cells (a missing value is NA, ? or an empty "
                + "field), or drop it (columns: {drop: [sepal_width]})", m);
        String declared = message("bad-number.csv", DEFAULTS.withColumns(new ColumnTypes(null, List.of("sepal_width"), null, null)));
        assertTrue(declared.startsWith(fixture("bad-number.csv") + ":1:2: column \"sepal_width\": declared numeric"), declared);
    }

    @Test
    void unterminatedQuoteIsReportedWhereTheRecordStarts() {
        String m = message("unterminated.csv", DEFAULTS);
        assertTrue(m.startsWith(fixture("unterminated.csv") + ":3:2: field 2 opens a quote"), m);
    }

    @Test
    void scikitLearnFirstLineGivesClassNames() {
        Dataset d = load("sklearn-style.csv", DEFAULTS);
        assertEquals(4, d.rows());
        assertEquals(List.of("x0", "x1"), d.featureNames());
        assertEquals(List.of("cat", "dog"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 1, 1}, d.labels());
    }

    @Test
    void scikitLearnLineIsOnlyRecognisedWhenTheShapeMatches() {
        assertEquals(fixture("sklearn-like-mismatch.csv") + ":2:4: row has 3 fields, expected 4 like the header",
                message("sklearn-like-mismatch.csv", DEFAULTS));
    }

    @Test
    void labelByNameOrIndexAndDroppedColumns() {
        Dataset byName = load("penguins-mini.csv", DEFAULTS.withLabel("island").withMissing(MissingValues.MEAN)
                .withDropColumns(List.of("sex", "0")));
        assertEquals(List.of("bill"), byName.featureNames());
        assertEquals(List.of("Biscoe", "Dream", "Torgersen"), byName.classNames());
        Dataset byIndex = load("basic.csv", DEFAULTS.withLabel("0"));
        assertEquals(List.of("sepal_width", "species=setosa", "species=versicolor", "species=virginica"),
                byIndex.featureNames());
        assertEquals(List.of("4.9", "5.1", "5.8", "6.3"), byIndex.classNames());
    }

    @Test
    void unknownLabelColumnListsTheColumns() {
        DataFormatException e = loadError(fixture("basic.csv"), DEFAULTS.withLabel("class"));
        assertTrue(e.problem().contains("label column \"class\" not found; the columns are sepal_length, "
                + "sepal_width, species"), e.getMessage());
        DataFormatException i = loadError(fixture("noheader-pm1.csv"), DEFAULTS.withLabel("7"));
        assertTrue(i.problem().contains("no header line, so give a 0-based index below 3"), i.getMessage());
    }

    @Test
    void labelsFallBackToTextWhenOneIsNotANumber(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("mixed.csv");
        Files.writeString(p, "a,label\n1,10\n2,9\n3,x\n");
        Dataset d = DatasetLoader.load(p, null, DEFAULTS);
        assertEquals(List.of("10", "9", "x"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 2}, d.labels());
    }

    @Test
    void byteOrderMarkIsSkippedAndTextAfterAClosingQuoteIsAnError(@TempDir Path dir) throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFa,label\n1,x\n2,y\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a"), DatasetLoader.load(bom, null, DEFAULTS).featureNames());
        Path junk = dir.resolve("junk.csv");
        Files.writeString(junk, "a,b,label\n1,\"2\"x,y\n");
        DataFormatException e = loadError(junk, DEFAULTS);
        assertTrue(e.getMessage().startsWith(junk + ":2:2: text after the closing quote of field 2"), e.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnly(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n\n");
        assertTrue(loadError(empty, DEFAULTS).problem().startsWith("the file is empty"));
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), "a,b\n");
        assertTrue(loadError(headerOnly, DEFAULTS).problem().contains("no data rows"));
    }

    @Test
    void parallelParseGivesTheSameArraysAsOneThread(@TempDir Path dir) throws IOException {
        Path p = writeRandomCsv(dir.resolve("big.csv"), 30_000, -1);
        LoadOptions o = DEFAULTS.withMissing(MissingValues.MEAN);
        Dataset one = DatasetLoader.load(p, "big", o, 1);
        Dataset three = DatasetLoader.load(p, "big", o, 3);
        assertEquals(30_000, one.rows());
        assertArrayEquals(one.features(), three.features());
        assertArrayEquals(one.labels(), three.labels());
        assertEquals(one.classNames(), three.classNames());
        List<String> lines = Files.readAllLines(p);
        String[] fields = lines.get(12_346).split(",");
        assertEquals(Double.parseDouble(fields[1]), three.get(12_345, 1));
    }

    @Test
    void parallelParseReportsTheFirstBadRowOnAnyThreadCount(@TempDir Path dir) throws IOException {
        Path p = writeRandomCsv(dir.resolve("bad.csv"), 30_000, 25_000);
        List<String> lines = Files.readAllLines(p);
        lines.set(20_001, lines.get(20_001).replaceFirst(",[^,]*,", ",1.2.3,"));
        Files.write(p, lines);
        LoadOptions o = DEFAULTS.withMissing(MissingValues.MEAN);
        String one = assertThrows(DataFormatException.class, () -> DatasetLoader.load(p, "b", o, 1)).getMessage();
        String two = assertThrows(DataFormatException.class, () -> DatasetLoader.load(p, "b", o, 2)).getMessage();
        assertEquals(one, two);
        assertTrue(one.startsWith(p + ": 2 columns cannot be used as they are"), one);
        assertTrue(one.contains("1 text cells (first at line 20002)"), one);
    }

    /** Random numbers in several spellings; every 97th field missing; {@code badRow} gets "oops". */
    private static Path writeRandomCsv(Path p, int rows, int badRow) throws IOException {
        Random rng = new Random(42);
        StringBuilder s = new StringBuilder("a,b,c,d,label\n");
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 4; j++) {
                int k = r * 4 + j;
                if (r == badRow && j == 3) {
                    s.append("oops");
                } else if (k % 97 == 0) {
                    s.append("NA");
                } else if (k % 3 == 0) {
                    s.append(rng.nextGaussian());
                } else if (k % 3 == 1) {
                    s.append(String.format(java.util.Locale.ROOT, "%.4e", rng.nextGaussian() * 1e5));
                } else {
                    s.append(rng.nextInt(1000) - 500);
                }
                s.append(',');
            }
            s.append(rng.nextBoolean() ? "+1" : "-1").append('\n');
        }
        Files.write(p, s.toString().getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private static double[] row(Dataset d, int r) {
        return java.util.Arrays.copyOfRange(d.features(), d.offset(r), d.offset(r) + d.cols());
    }

    // ---- the real files in ../shared/datasets (skipped in a fresh clone) -------------------------

    @Test
    void sharedIris() {
        Dataset d = DatasetLoader.load(shared("sklearn/iris.csv"), null, null);
        assertEquals(150, d.rows());
        assertEquals(4, d.cols());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, d.classCounts());
    }

    @Test
    void sharedBreastCancerAndWine() {
        Dataset b = DatasetLoader.load(shared("sklearn/breast_cancer.csv"), null, null);
        assertEquals(569, b.rows());
        assertEquals(30, b.cols());
        assertEquals(List.of("malignant", "benign"), b.classNames());
        assertArrayEquals(new int[] {212, 357}, b.classCounts());
        Dataset w = DatasetLoader.load(shared("sklearn/wine_data.csv"), null, null);
        assertArrayEquals(new int[] {59, 71, 48}, w.classCounts());
        assertEquals(13, w.cols());
    }

    @Test
    void sharedDigitsWithoutHeader() {
        Dataset d = DatasetLoader.load(shared("sklearn/digits.csv.gz"), null, null);
        assertEquals(1797, d.rows());
        assertEquals(64, d.cols());
        assertEquals(10, d.numClasses());
        assertEquals("0", d.classNames().get(0));
    }

    @Test
    void sharedPenguins() {
        Path p = shared("palmerpenguins/penguins.csv");
        LoadOptions o = DEFAULTS.withLabel("species");
        DataFormatException e = loadError(p, o.withMissing(MissingValues.ERROR));
        assertTrue(e.getMessage().startsWith(p + ":5:3: missing value in feature column \"bill_length_mm\""), e.getMessage());
        Dataset dropped = DatasetLoader.load(p, null, o.withMissing(MissingValues.DROP_ROWS));
        assertEquals(333, dropped.rows());
        Dataset kept = DatasetLoader.load(p, null, o.withMissing(MissingValues.MEAN));
        assertEquals(344, kept.rows());
        assertArrayEquals(new int[] {152, 68, 124}, kept.classCounts());
        assertEquals(List.of("island=Biscoe", "island=Dream", "island=Torgersen", "bill_length_mm", "bill_depth_mm",
                "flipper_length_mm", "body_mass_g", "sex=(missing)", "sex=female", "sex=male", "year"), kept.featureNames()); // a missing category is its own level
    }
}
