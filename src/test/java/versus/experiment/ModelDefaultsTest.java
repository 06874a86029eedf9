package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models given nothing but {@code model:} train as scikit-learn's defaults do, on the shared 10
 * folds of iris (datasets/folds/iris-10fold.csv, scripts/reference/make_folds.py). scikit-learn
 * 1.2.1's accuracies on these folds (scripts/reference/sklearn_defaults.py, numbers in its .md):
 * MLPClassifier(random_state=0) 0.9467, SVC() 0.9467, LogisticRegression() 0.9533. Ours are
 * recorded exactly (correct test rows of 150, Versus at seed 0) and must stay within one point of
 * scikit-learn's.
 */
class ModelDefaultsTest {
    @TempDir
    Path dir;

    private MainTest.Call run(String name, String data, String protocol, String models) throws IOException {
        String yaml = "name: " + name + "\nseed: 0\ndatasets:\n  - " + data + "\nprotocol: " + protocol + "\nmodels:\n" + models
                + "metrics: [accuracy]\n";
        Path file = Files.writeString(dir.resolve(name + ".yaml"), yaml);
        return MainTest.call("run", file.toString(), "--out", dir.resolve(name).toString(), "--threads", "1", "--quiet");
    }

    private static final String IRIS = "{path: " + Path.of("datasets/iris.csv").toAbsolutePath() + "}";
    private static final String IRIS_FOLDS = "{kind: predefined, path: \"" + Path.of("datasets/folds").toAbsolutePath()
            + "/{dataset}-10fold.csv\"}";

    /** metric -> model -> mean over the splits, from folds.csv. */
    private Map<String, Map<String, Double>> means(String name) throws IOException {
        Map<String, Map<String, double[]>> acc = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(name).resolve("folds.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] sc = acc.computeIfAbsent(f[3], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new double[2]);
            sc[0] += Double.parseDouble(f[4]);
            sc[1]++;
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        acc.forEach((metric, byModel) -> byModel.forEach((model, sc) ->
                out.computeIfAbsent(metric, k -> new LinkedHashMap<>()).put(model, sc[0] / sc[1])));
        return out;
    }

    @Test
    void defaultModelsReachScikitLearnsAccuracyOnIris() throws IOException {
        MainTest.Call c = run("iris", IRIS, IRIS_FOLDS, "  - {name: mlp, model: mlp}\n  - {name: kernel-svm, model: kernel-svm}\n"
                + "  - {name: smile-svm, model: smile-svm}\n  - {name: smile-logistic, model: smile-logistic}\n");
        assertEquals(0, c.code(), c.err());
        Map<String, Map<String, Double>> m = means("iris");
        Map<String, Double> accuracy = m.get("accuracy");
        // {model, ours (correct rows / 150), scikit-learn's default}
        Object[][] expected = {{"mlp", 141, 0.9467}, {"kernel-svm", 142, 0.9467}, {"smile-svm", 143, 0.9467}, {"smile-logistic", 143, 0.9533}};
        for (Object[] e : expected) {
            double ours = accuracy.get((String) e[0]);
            assertEquals((int) e[1] / 150.0, ours, 1e-9, e[0] + " accuracy");
            assertTrue(Math.abs(ours - (double) e[2]) <= 0.01, e[0] + " " + ours + " is not within a point of scikit-learn's " + e[2]);
        }
        // the mlp runs to its maximum of 200 epochs on every fold, as scikit-learn's MLPClassifier does on iris (a
        // ConvergenceWarning on all 10 folds), and the report says so; SMO meets its tolerance everywhere
        assertEquals(200, m.get("epochs-run").get("mlp"), 0);
        assertEquals(0, m.get("converged").get("mlp"), 0);
        assertEquals(1, m.get("converged").get("kernel-svm"), 0);
        assertEquals(1e-4, m.get("tolerance").get("mlp"), 1e-15);
        String report = Files.readString(dir.resolve("iris/report.md"));
        assertTrue(report.contains("| mlp | iris | 10 of 10 splits | final-relative-change "), report);
        assertTrue(c.err().contains("mlp did not converge on iris in 10 of 10 splits"), c.err());
        assertFalse(report.contains("| kernel-svm | iris |"), report);
        assertTrue(report.contains("mlp [100] relu, output softmax, loss cross-entropy, l2 5.0E-7, xavier init, adam learning rate 0.001 "
                + "(batch min(200, n)), at most 200 epochs, stops when the training loss has not improved by 1.0E-4 for more than 10 epochs "
                + "| 200.0 |"), report);
        assertTrue(report.contains("kernel SVM (SMO), RBF kernel, gamma scale"), report);
    }

    @Test
    void theStagnationStopEndsAnEasyProblemEarlyAndAnEpochLimitIsNotConvergence() throws IOException {
        String blobs = "{generator: gauss, n: 120}";
        MainTest.Call c = run("easy", blobs, "{kind: kfold, k: 2}", "  - {name: stops, model: mlp, hidden: [8], batch-size: 8, optimizer: {kind: adam, learning-rate: 0.05}}\n"
                + "  - {name: limited, model: mlp, hidden: [8], epochs: 3, patience: 10}\n"
                + "  - {name: fixed, model: mlp, hidden: [8], epochs: 3}\n");
        assertEquals(0, c.code(), c.err());
        Map<String, Map<String, Double>> m = means("easy");
        assertEquals(1, m.get("converged").get("stops"), 0);
        assertTrue(m.get("epochs-run").get("stops") < 200, "ran " + m.get("epochs-run").get("stops"));
        assertEquals(0, m.get("converged").get("limited"), 0);
        assertEquals(3, m.get("epochs-run").get("limited"), 0);
        // an explicit epoch count without a stopping key trains exactly that many epochs and claims no convergence
        assertEquals(3, m.get("epochs-run").get("fixed"), 0);
        assertFalse(m.get("converged").containsKey("fixed"));
        String report = Files.readString(dir.resolve("easy/report.md"));
        assertTrue(report.contains("| limited | gauss |"), report);
        assertFalse(report.contains("| stops | gauss |"), report);
    }

    @Test
    void stoppingKeysAreLocatedErrors() throws IOException {
        String blobs = "{generator: gauss, n: 40}";
        MainTest.Call svm = run("svm", blobs, "{kind: kfold, k: 2}", "  - {name: s, model: kernel-svm, patience: 5}\n");
        assertEquals(2, svm.code());
        assertTrue(svm.err().contains("svm.yaml:7:") && svm.err().contains("key 'patience' does not apply to model kernel-svm"), svm.err());
        MainTest.Call zero = run("zero", blobs, "{kind: kfold, k: 2}", "  - {name: m, model: mlp, patience: 0}\n");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("zero.yaml:7:") && zero.err().contains("patience must be >= 1"), zero.err());
        MainTest.Call lbfgs = run("lbfgs", blobs, "{kind: kfold, k: 2}", "  - {name: m, model: mlp, tolerance: 1e-3, optimizer: {kind: lbfgs}}\n");
        assertEquals(2, lbfgs.code());
        assertTrue(lbfgs.err().contains("lbfgs.yaml:7:") && lbfgs.err().contains("optimizer lbfgs stops on"), lbfgs.err());
    }
}
