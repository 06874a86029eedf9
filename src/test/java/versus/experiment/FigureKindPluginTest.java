package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.data.Dataset;

/**
 * A figure kind registered from outside the suite ({@link ClassMeansFigure}, by its line in
 * META-INF/services) is listed, checked and drawn like the built-in ones.
 */
class FigureKindPluginTest {
    @TempDir
    Path dir;

    private static final String YAML = String.join("\n",
            "name: means",
            "seed: 1",
            "datasets:",
            "  - {path: data.csv, name: tiny}",
            "protocol: {kind: resubstitution}",
            "models:",
            "  - {name: lr, model: linear, loss: logistic}",
            "metrics: [accuracy]",
            "");

    private Path experiment(String plots) throws IOException {
        Files.writeString(dir.resolve("data.csv"), "a,b,label\n1,10,no\n3,20,no\n-2,5,yes\n0,7,yes\n4,-3,yes\n");
        return Files.writeString(dir.resolve("exp.yaml"), YAML + plots);
    }

    @Test
    void registryHasTheBuiltInKindsInOrderThenTheLoadedOne() {
        List<String> tokens = FigureKinds.ALL.stream().map(FigureKind::token).toList();
        assertEquals(List.of("decision-boundary", "surrogate-losses", "activations", "learning-curve", "optimizer-paths",
                "confusion-matrix", "roc", "pr", "fold-scores", "gradient-norms", "critical-difference", "linear-regions",
                "loss-surface", "objective-vs-time", "codes", "reconstructions", "class-means"), tokens);
        MainTest.Call list = MainTest.call("list", "plots");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("class-means") && list.out().contains("a test-only kind"), list.out());
    }

    @Test
    void classMeansAreThePerClassAverages() {
        // classes in order of appearance: no = rows (1, 10), (3, 20); yes = (-2, 5), (0, 7), (4, -3)
        Dataset d = Dataset.of("t", 2, new double[] {1, 10, 3, 20, -2, 5, 0, 7, 4, -3}, new int[] {0, 0, 1, 1, 1}, List.of("no", "yes"));
        double[][] m = ClassMeansFigure.means(d);
        assertArrayEquals(new double[] {2, 15}, m[0], 0);
        assertArrayEquals(new double[] {2.0 / 3, 3}, m[1], 1e-15);
    }

    @Test
    void aLoadedKindIsDrawnAndReported() throws IOException {
        Path out = dir.resolve("out");
        MainTest.Call c = MainTest.call("run", experiment("plots: [{kind: class-means}]\n").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        assertTrue(Files.size(out.resolve("plots/class-means-tiny.png")) > 1000);
        assertTrue(Files.size(out.resolve("plots/class-means-tiny.svg")) > 1000);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("Class means of the features of tiny") && report.contains("plots/class-means-tiny.png"), report);
    }

    @Test
    void aKeyItDoesNotReadIsRefusedWithTheKindsThatDo() throws IOException {
        MainTest.Call c = MainTest.call("validate", experiment("plots: [{kind: class-means, steps: 5}]\n").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("exp.yaml:9:") && c.err().contains("'steps' applies to optimizer-paths and loss-surface, not class-means"),
                c.err());
    }

    @Test
    void everyKindsKeysComeFromItsKeys() throws IOException {
        MainTest.Call features = MainTest.call("validate", experiment("plots: [{kind: roc, features: [0, 1]}]\n").toString());
        assertTrue(features.err().contains("'features' applies to decision-boundary and loss-surface, not roc"), features.err());
        MainTest.Call view = MainTest.call("validate", experiment("plots: [{kind: fold-scores, view: slice}]\n").toString());
        assertTrue(view.err().contains("'view' applies to loss-surface, not fold-scores"), view.err());
        MainTest.Call steps = MainTest.call("validate", experiment("plots: [{kind: loss-surface, steps: 5}]\n").toString());
        assertTrue(steps.err().contains("'steps' applies to optimizer-paths and loss-surface view exact, not view slice"), steps.err());
    }
}
