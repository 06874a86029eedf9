package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static versus.data.DatasetLoaderTest.fixture;
import static versus.data.DatasetLoaderTest.loadError;
import static versus.data.DatasetLoaderTest.shared;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArffLoaderTest {
    private static final LoadOptions DEFAULTS = LoadOptions.defaults();
    private static final List<String> TITANIC_DROP = List.of("boat", "body", "name", "ticket", "cabin", "home.dest");

    private static Dataset load(String fixture, LoadOptions o) {
        return DatasetLoader.load(fixture(fixture), null, o);
    }

    private static String message(String fixture, LoadOptions o) {
        return loadError(fixture(fixture), o).getMessage();
    }

    @Test
    void nominalFeaturesOneHotInDeclarationOrderAndLabelLast() {
        Dataset d = load("weather.arff", DEFAULTS.withMissing(MissingValues.MEAN));
        assertEquals(4, d.rows());
        assertEquals(List.of("outlook=sunny", "outlook=overcast", "outlook=rainy day", "temperature",
                "relative humidity", "windy=TRUE", "windy=FALSE"), d.featureNames());
        assertEquals(List.of("yes", "no"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 0, 0}, d.labels());
        assertArrayEquals(new double[] {1, 0, 0, 85, 85, 0, 1}, row(d, 0));
        assertArrayEquals(new double[] {0, 0, 1, 70, 96, 0, 1}, row(d, 1));
        assertArrayEquals(new double[] {0, 1, 0, Double.NaN, 86, 1, 0}, row(d, 2));
        assertArrayEquals(new double[] {1, 0, 0, 69, 70, 0, 1}, row(d, 3));
    }

    @Test
    void missingValuePolicies() {
        assertEquals(fixture("weather.arff") + ":14:2: missing value in attribute \"temperature\"; "
                + "set impute: mean (or median, most-frequent, drop-rows) in the dataset entry",
                message("weather.arff", DEFAULTS.withMissing(MissingValues.ERROR)));
        assertTrue(Double.isNaN(load("weather.arff", DEFAULTS).get(2, 3)), "the default, impute: mean, keeps NaN for the training split's mean");
        assertEquals(3, load("weather.arff", DEFAULTS.withMissing(MissingValues.DROP_ROWS)).rows());
    }

    @Test
    void labelByNameAndDroppedAttributes() {
        Dataset d = load("weather.arff", DEFAULTS.withLabel("outlook").withDropColumns(List.of("temperature")));
        assertEquals(List.of("sunny", "overcast", "rainy day"), d.classNames());
        assertArrayEquals(new int[] {0, 2, 1, 0}, d.labels());
        assertEquals(List.of("relative humidity", "windy=TRUE", "windy=FALSE", "play=yes", "play=no"), d.featureNames());
    }

    @Test
    void sparseRowsDefaultToZeroAndTheFirstNominalValue() {
        Dataset d = load("sparse.arff", DEFAULTS);
        assertEquals(List.of("a", "b", "colour=red", "colour=green", "colour=blue"), d.featureNames());
        assertArrayEquals(new double[] {1.5, 0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 1, 0, 0}, d.features());
        assertEquals(List.of("neg", "pos"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 0}, d.labels());
    }

    @Test
    void stringAttributesMustBeDropped() {
        assertEquals(fixture("strings.arff") + ":2:17: attribute \"name\" is of type string; Versus reads numeric, "
                + "real, integer and nominal attributes: drop it with columns: {drop: [name]} (or columns: {id: [...]} for an identifier)",
                message("strings.arff", DEFAULTS));
        Dataset d = load("strings.arff", DEFAULTS.withDropColumns(List.of("name")));
        assertEquals(List.of("age"), d.featureNames());
        assertArrayEquals(new double[] {30, 40}, d.features());
    }

    @Test
    void undeclaredNominalValueListsTheAllowedOnes() {
        assertEquals(fixture("bad-nominal.arff") + ":6:2: \"c\" is not a declared value of nominal attribute "
                + "\"class\"; allowed: a, b", message("bad-nominal.arff", DEFAULTS));
    }

    @Test
    void raggedDenseRow() {
        assertEquals(fixture("ragged.arff") + ":7:3: row has 2 values, expected 3 (one per @attribute)",
                message("ragged.arff", DEFAULTS));
    }

    @Test
    void decreasingSparseIndices() {
        assertTrue(message("decreasing-sparse.arff", DEFAULTS).startsWith(fixture("decreasing-sparse.arff")
                + ":6:2: sparse index 0 after 1; indices must increase"));
    }

    @Test
    void unterminatedQuote() {
        String m = message("unterminated.arff", DEFAULTS);
        assertTrue(m.startsWith(fixture("unterminated.arff") + ":5:2: value 2 opens a quote"), m);
    }

    @Test
    void numericLabelSortsNumerically() {
        Dataset d = load("numeric-label.arff", DEFAULTS);
        assertEquals(List.of("0", "2"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    private static double[] row(Dataset d, int r) {
        return java.util.Arrays.copyOfRange(d.features(), d.offset(r), d.offset(r) + d.cols());
    }

    // ---- the real files in ../shared/datasets (skipped in a fresh clone) -------------------------

    @Test
    void sharedCreditG() {
        Dataset d = DatasetLoader.load(shared("weka/credit-g.arff"), null, null);
        assertEquals(1000, d.rows());
        assertEquals(List.of("good", "bad"), d.classNames());
        assertArrayEquals(new int[] {700, 300}, d.classCounts());
        assertEquals("checking_status=<0", d.featureNames().get(0));
        assertEquals(7 + 56, d.cols());   // 7 numeric + the one-hot blocks of 13 nominal attributes
    }

    @Test
    void sharedIonosphere() {
        Dataset d = DatasetLoader.load(shared("weka/ionosphere.arff"), null, null);
        assertEquals(351, d.rows());
        assertEquals(34, d.cols());
        assertEquals(List.of("b", "g"), d.classNames());
        assertArrayEquals(new int[] {126, 225}, d.classCounts());
    }

    @Test
    void sharedTitanic() {
        Path p = shared("sklearn/openml-40945-titanic.arff.gz");
        LoadOptions o = DEFAULTS.withLabel("survived");
        DataFormatException e = loadError(p, o);
        // every unusable attribute in one message, with the key that drops them
        assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
        assertTrue(e.problem().contains("name, ticket, cabin, boat, home.dest") && e.problem().contains("columns: {drop:"), e.getMessage());
        Dataset all = DatasetLoader.load(p, null, o.withDropColumns(TITANIC_DROP).withMissing(MissingValues.MEAN));
        assertEquals(1309, all.rows());
        assertEquals(List.of("0", "1"), all.classNames());
        assertEquals(List.of("pclass", "sex=female", "sex=male", "age", "sibsp", "parch", "fare",
                "embarked=C", "embarked=Q", "embarked=S"), all.featureNames());
        Dataset complete = DatasetLoader.load(p, null, o.withDropColumns(TITANIC_DROP).withMissing(MissingValues.DROP_ROWS));
        assertEquals(1043, complete.rows());
    }
}
