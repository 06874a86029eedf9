package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data that would be misread are refused before training, through {@link Main#execute}: exit 2, a
 * message naming the file and the column, and no results folder; the label choice is stated.
 */
class DataHygieneCliTest {
    @TempDir
    Path dir;

    /** A CSV of {@code rows} rows: the header, then {@code row.apply(i)} for each row. */
    private Path csv(String header, int rows, IntFunction<String> row) throws IOException {
        StringBuilder s = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            s.append(row.apply(i)).append('\n');
        }
        return Files.writeString(dir.resolve("data.csv"), s.toString());
    }

    private Path yaml(String datasetExtra, String protocol) throws IOException {
        return Files.writeString(dir.resolve("exp.yaml"), String.join("\n",
                "name: hygiene",
                "datasets:",
                "  - path: data.csv" + datasetExtra,
                "protocol: " + protocol,
                "models:",
                "  - {name: lr, model: linear, loss: logistic, epochs: 2}",
                ""));
    }

    /** Runs the experiment, expects exit 2 and no results folder; returns the error output. */
    private String refused(String datasetExtra, String protocol) throws IOException {
        Path out = dir.resolve("out");
        MainTest.Call c = MainTest.call("run", yaml(datasetExtra, protocol).toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, c.code(), c.err());
        assertFalse(Files.exists(out), "nothing may be written for refused data");
        assertTrue(c.err().startsWith(dir.resolve("data.csv").toString()) || c.err().contains("exp.yaml"), c.err());
        return c.err();
    }

    private String validate(String datasetExtra) throws IOException {
        MainTest.Call c = MainTest.call("validate", yaml(datasetExtra, "{kind: kfold, k: 3}").toString());
        assertEquals(0, c.code(), c.err());
        return c.out();
    }

    @Test
    void continuousLabelIsRefusedUnlessBinnedOrDeclared() throws IOException {
        csv("x,price", 60, i -> i % 7 + "," + (i * 1.37 + 0.5));
        String err = refused("", "{kind: kfold, k: 3}");
        assertTrue(err.startsWith(dir.resolve("data.csv") + ": label column \"price\" has 60 distinct numeric values in 60 rows"), err);
        assertTrue(err.contains("label-bins") && err.trim().lines().count() == 1, err);
        String binned = validate("\n    label-bins: 3");
        assertTrue(binned.contains("label \"price\"") && binned.contains("binned into 3 classes"), binned);
    }

    @Test
    void identifierColumnIsRefusedUntilMarkedId() throws IOException {
        csv("customer,x,label", 60, i -> "c" + (1000 + i) + "," + i % 5 + "," + (i % 2 == 0 ? "yes" : "no"));
        String err = refused("", "{kind: kfold, k: 3}");
        assertTrue(err.startsWith(dir.resolve("data.csv") + ":1:1: column \"customer\": 60 distinct text values in 60 rows: an identifier"), err);
        String ok = validate("\n    columns: {id: [customer]}");
        assertTrue(ok.contains("columns dropped as declared: customer"), ok);
    }

    @Test
    void manyLevelCategoricalNeedsADeclaration() throws IOException {
        csv("city,x,label", 120, i -> "town" + i % 60 + "," + i % 5 + "," + (i % 2 == 0 ? "yes" : "no"));
        String err = refused("", "{kind: kfold, k: 3}");
        assertTrue(err.startsWith(dir.resolve("data.csv") + ":1:1: column \"city\": 60 levels would become 60 one-hot features"), err);
        validate("\n    columns: {categorical: [city]}");
    }

    @Test
    void mostlyNumericColumnWithTextCellsIsReportedWithCountsAndLines() throws IOException {
        csv("ticket,fare,label", 60, i -> (i == 10 || i == 40 ? "PC " + i : Integer.toString(24000 + i)) + ","
                + (i == 20 ? "n/a" : Double.toString(i * 0.5)) + "," + (i % 2 == 0 ? "yes" : "no"));
        String err = refused("", "{kind: kfold, k: 3}");
        assertTrue(err.startsWith(dir.resolve("data.csv") + ": 2 columns cannot be used as they are"), err);
        assertTrue(err.contains("column \"ticket\": mostly numbers (58) with 2 text cells (first at line 12, 42)"), err);
        assertTrue(err.contains("column \"fare\": mostly numbers (59) with 1 text cells (first at line 22)"), err);
        validate("\n    columns: {categorical: [ticket], drop: [fare]}");
    }

    @Test
    void constantColumnIsDroppedAndListed() throws IOException {
        csv("x,k,label", 60, i -> i % 7 + ",5," + (i % 2 == 0 ? "yes" : "no"));
        String out = validate("");
        assertTrue(out.contains("dataset 'data': label \"label\" (the column named label"), out);
        assertTrue(out.contains("constant columns dropped: k"), out);
    }

    @Test
    void classSmallerThanTheFoldsIsAnError() throws IOException {
        csv("x,label", 60, i -> i % 7 + "," + (i < 3 ? "rare" : "common"));
        String err = refused("", "{kind: kfold, k: 5}");
        assertTrue(err.contains("class 'rare' has 3 rows, fewer than the k = 5 folds of stratified k-fold"), err);
    }

    @Test
    void defaultLabelIsTheColumnNamedLikeALabelElseTheLast() throws IOException {
        csv("a,Target,b", 60, i -> i % 7 + "," + (i % 2 == 0 ? "p" : "q") + "," + i % 3);
        String named = validate("");
        assertTrue(named.contains("label \"Target\" (the column named label, class, target or y"), named);
        csv("a,b,z", 60, i -> i % 7 + "," + i % 3 + "," + (i % 2 == 0 ? "p" : "q"));
        String last = validate("");
        assertTrue(last.contains("label \"z\" (the last column"), last);
    }

    @Test
    void positiveClassAndImputationAreStatedInTheReport() throws IOException {
        csv("x,g,label", 60, i -> (i % 9 == 0 ? "NA" : Integer.toString(i % 7)) + "," + (i % 11 == 0 ? "" : i % 3 == 0 ? "u" : "v")
                + "," + (i % 2 == 0 ? "yes" : "no"));
        Path out = dir.resolve("out");
        MainTest.Call c = MainTest.call("run", yaml("\n    positive-class: \"no\"\n    impute: median", "{kind: kfold, k: 3}").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Data"), report);
        assertTrue(report.contains("positive class of the binary metrics (precision, recall, F1, specificity, ROC, PR): \"no\" (positive-class:)"), report);
        assertTrue(report.contains("- missing cells: x 7 (median of the training split), g 6 (own level (missing)) (impute: median)"), report);
        assertTrue(report.contains("- one-hot encoded: g (3 levels)"), report);
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"positiveClass\" : \"no\""));
    }
}
