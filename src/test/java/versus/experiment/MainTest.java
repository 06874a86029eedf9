package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of DESIGN.md sections 3-5, end to end through {@link Main#execute}. */
class MainTest {
    @TempDir
    Path dir;

    private static final String GOOD = String.join("\n",
            "name: demo",
            "seed: 7",
            "datasets:",
            "  - {generator: gauss, n: 120, name: g}",
            "  - {path: data.csv, name: csv}",
            "protocol: {kind: kfold, k: 3}",
            "models:",
            "  - {name: lr, model: linear, loss: logistic, optimizer: {kind: sgd, learning-rate: 0.1, schedule: inverse-sqrt}, epochs: 10, batch-size: 8}",
            "  - {name: sm, model: linear, loss: softmax, optimizer: {kind: adam, learning-rate: 0.01}, epochs: 10}",
            "metrics: [accuracy, f1, log-loss]",
            "");

    /** Result of one CLI call. */
    record Call(int code, String out, String err) {
    }

    static synchronized Call call(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Call(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path experiment(String yaml) throws IOException {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7).append(',').append((i * 13) % 5).append(',').append(i % 7 > 3 ? "yes" : "no").append('\n');
        }
        write("data.csv", csv.toString());
        return write("exp.yaml", yaml);
    }

    @Test
    void runWritesTheWholeResultsFolder() throws IOException {
        Path yaml = experiment(GOOD);
        Path out = dir.resolve("out");
        Call c = call("run", yaml.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        for (String f : List.of("summary.csv", "folds.csv", "history.csv", "config.yaml", "run.json", "report.md")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("dataset,model,metric,mean,std,n", summary.get(0));
        assertTrue(summary.contains(summary.stream().filter(l -> l.startsWith("g,lr,accuracy,")).findFirst().orElse("missing")));
        assertTrue(Files.readString(out.resolve("folds.csv")).contains(",fit-seconds,"));
        assertEquals(GOOD, Files.readString(out.resolve("config.yaml")));
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"load-seconds\"") && json.contains("\"total-seconds\""), json);
        // 2 binary datasets x 3 folds x 2 models x (3 metrics + 2 timings + epochs-run, gradient-evaluations);
        // logistic has no margin analytics
        assertEquals(1 + 2 * 3 * 2 * 7, Files.readAllLines(out.resolve("folds.csv")).size());
        Path svm = experiment(GOOD.replace("loss: logistic,", "loss: hinge,"));
        assertEquals(0, call("run", svm.toString(), "--out", dir.resolve("svm").toString(), "--quiet").code());
        assertTrue(Files.readString(dir.resolve("svm/folds.csv")).contains("g,lr,0,margin-width,"));
    }

    @Test
    void sameNumbersOnOneAndTwoThreads() throws IOException {
        Path yaml = experiment(GOOD);
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("t1").toString(), "--threads", "1", "--quiet").code());
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("t2").toString(), "--threads", "2", "--quiet").code());
        assertEquals(withoutTimings(dir.resolve("t1/folds.csv")), withoutTimings(dir.resolve("t2/folds.csv")));
        assertEquals(withoutTimings(dir.resolve("t1/summary.csv")), withoutTimings(dir.resolve("t2/summary.csv")));
        assertEquals(withoutTimings(dir.resolve("t1/history.csv")), withoutTimings(dir.resolve("t2/history.csv")));
    }

    static String withoutTimings(Path p) throws IOException {
        return Files.readAllLines(p).stream().filter(l -> !l.contains("-seconds")).collect(Collectors.joining("\n"));
    }

    /** Each bad input: exit 2, one line naming FILE:LINE:COL, no stack trace, nothing written or overwritten. */
    private void assertBadInput(String yaml, String expectedLocation, String expectedText) throws IOException {
        Path file = experiment(yaml);
        Path out = dir.resolve("previous");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "old results");
        Call c = call("run", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, c.code(), c.err());
        String err = c.err().strip();
        assertFalse(err.contains("\n"), "more than one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains(expectedLocation), "expected location " + expectedLocation + " in: " + err);
        assertTrue(err.contains(expectedText), "expected '" + expectedText + "' in: " + err);
        assertEquals("old results", Files.readString(out.resolve("keep.txt")));
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "the results folder was changed");
        }
        assertEquals(2, call("validate", file.toString()).code());
    }

    @Test
    void unknownLossIsLocated() throws IOException {
        assertBadInput(GOOD.replace("loss: logistic", "loss: logistik"), "exp.yaml:8:37:", "unknown loss 'logistik'");
    }

    @Test
    void unknownKeyIsLocated() throws IOException {
        assertBadInput(GOOD.replace("seed: 7", "sed: 7"), "exp.yaml:2:1:", "unknown key 'sed'");
    }

    @Test
    void badYamlIsLocated() throws IOException {
        assertBadInput(GOOD.replace("metrics: [accuracy, f1, log-loss]", "metrics: [accuracy, f1"), "exp.yaml:", "not valid YAML");
    }

    @Test
    void missingDataFileIsLocated() throws IOException {
        assertBadInput(GOOD.replace("path: data.csv", "path: nowhere.csv"), "exp.yaml:5:12:", "data file not found");
    }

    @Test
    void raggedCsvRowIsLocatedInTheDataFile() throws IOException {
        Path yaml = experiment(GOOD);
        Files.writeString(dir.resolve("data.csv"), "a,b,label\n1,2,yes\n3,4\n5,6,no\n");
        Call c = call("run", yaml.toString(), "--out", dir.resolve("never").toString(), "--quiet");
        assertEquals(2, c.code());
        assertTrue(c.err().strip().startsWith(dir.resolve("data.csv") + ":3:"), c.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void invalidHyperparameterIsLocated() throws IOException {
        assertBadInput(GOOD.replace("learning-rate: 0.1,", "learning-rate: -0.1,"), "exp.yaml:8:", "learning-rate must be");
    }

    @Test
    void figuresThatCouldNeverBeDrawnAreRefusedBeforeTraining() throws IOException {
        String twoMlps = GOOD.replace("  - {name: sm, model: linear, loss: softmax, optimizer: {kind: adam, learning-rate: 0.01}, epochs: 10}",
                "  - {name: a, model: mlp, hidden: [4], activation: tanh, epochs: 5}\n  - {name: b, model: mlp, hidden: [4], activation: relu, epochs: 5}\n"
                        + "  - {name: k, model: kernel-svm}");
        assertBadInput(twoMlps + "plots: [{kind: loss-surface, view: interpolation, between: models, models: [a, b]}]\n", "exp.yaml:",
                "needs two models of the same architecture and loss");
        assertBadInput(twoMlps + "plots: [{kind: loss-surface, view: slice, models: [k]}]\n", "exp.yaml:",
                "loss-surface view slice draws the objective around the parameters of gradient-trained models");
        assertBadInput(twoMlps + "plots: [{kind: linear-regions, models: [a, k]}]\n", "exp.yaml:",
                "linear-regions colours the input plane by the activation pattern of an mlp with relu-family");
        assertBadInput(twoMlps.replace("activation: tanh, epochs: 5}", "activation: tanh, epochs: 5, datasets: [csv]}")
                + "plots: [{kind: learning-curve, models: [a], datasets: [g]}]\n", "exp.yaml:", "model 'a' runs on none of this plot's data sets [g]");
        assertBadInput(GOOD.replace("seed: 7", "seed: 7\nseed: 8"), "exp.yaml:3:", "key 'seed' is given twice here");
        assertBadInput(GOOD + "plots: [{kind: learning-curve, steps: 10}]\n", "exp.yaml:", "'steps' applies to optimizer-paths");
        assertBadInput(GOOD + "plots: [{kind: learning-curve, metric: accuracy}]\n", "exp.yaml:", "'metric' applies to fold-scores");
        assertBadInput(GOOD.replace("epochs: 10, batch-size: 8}", "batch-size: 8, hidden: 3}").replace("model: linear, loss: logistic,",
                "model: mlp,"), "exp.yaml:", "wrong type for 'hidden': expected a list of integers");
    }

    @Test
    void wrongValueShapesSayWhatIsExpected() throws IOException {
        assertBadInput(GOOD.replace("epochs: 10, batch-size: 8}", "epochs: 2.5, batch-size: 8}"), "exp.yaml:8:",
                "wrong type for 'epochs': expected an integer");
        assertBadInput(GOOD.replace("seed: 7", "seed: 7\nbudget: 5"), "exp.yaml:3:9:",
                "wrong type for 'budget': expected a mapping with keys epochs, gradient-evaluations, seconds");
        assertBadInput(GOOD.replace("loss: softmax,", "loss: softmax, init: 5,"), "exp.yaml:9:",
                "wrong type for 'init': expected a name or a mapping with keys kind, a, std, value");
    }

    @Test
    void initializersTakeANameOrTheirParameter() throws IOException {
        String mlp = GOOD.replace("model: linear, loss: softmax,", "model: mlp, hidden: [4], init: {kind: uniform, a: 0.2},");
        Path out = dir.resolve("init-out");
        Call ok = call("run", experiment(mlp).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(out.resolve("report.md")).contains("uniform init"));
        assertEquals(0, call("validate", experiment(GOOD.replace("model: linear, loss: softmax,",
                "model: mlp, hidden: [4], init: {kind: constant, value: 0.1},")).toString()).code());
        assertBadInput(mlp.replace("{kind: uniform, a: 0.2}", "{kind: uniform, a: -1}"), "exp.yaml:9:", "a must be > 0");
        assertBadInput(mlp.replace("{kind: uniform, a: 0.2}", "{kind: xavier, std: 0.1}"), "exp.yaml:9:", "key 'std' does not apply to init xavier");
        assertBadInput(mlp.replace("{kind: uniform, a: 0.2}", "glorot"), "exp.yaml:9:", "unknown init 'glorot'");
    }

    @Test
    void protocolNestedTunesGridsInsideEachOuterTrainingSplit() throws IOException {
        String nested = GOOD.replace("protocol: {kind: kfold, k: 3}", "protocol: {kind: nested, k: 3}")
                .replace("epochs: 10, batch-size: 8}", "epochs: 10, batch-size: 8, grid: {regularizer.lambda: [1.0e-4, 1.0e-2]}, inner-folds: 2}");
        Path out = dir.resolve("nested-out");
        Call ok = call("run", experiment(nested).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(out.resolve("report.md")).contains("nested cross-validation: outer stratified 3-fold"));
        assertBadInput(GOOD.replace("protocol: {kind: kfold, k: 3}", "protocol: {kind: nested, k: 3}"), "exp.yaml:6:",
                "protocol nested tunes the models' grids by inner cross-validation, and no model has a grid");
    }

    @Test
    void lbfgsTrainsFullBatchAndRefusesKeysThatDoNotApply() throws IOException {
        String lbfgs = GOOD.replace("optimizer: {kind: adam, learning-rate: 0.01}, epochs: 10}",
                "optimizer: {kind: lbfgs, memory: 5}, epochs: 50}");
        Path out = dir.resolve("lbfgs-out");
        Call ok = call("run", experiment(lbfgs).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(out.resolve("history.csv")).contains(",sm,0,1,line-search-evaluations,"));
        assertTrue(Files.readString(out.resolve("report.md")).contains("lbfgs (full batch, memory 5"));

        assertBadInput(lbfgs.replace("{kind: lbfgs, memory: 5}, epochs: 50}", "{kind: lbfgs}, epochs: 50, batch-size: 8}"),
                "exp.yaml:9:", "uses the whole training set per step");
        assertBadInput(lbfgs.replace("{kind: lbfgs, memory: 5}", "{kind: lbfgs, learning-rate: 0.1}"), "exp.yaml:9:",
                "key 'learning-rate' does not apply to optimizer lbfgs");
        assertBadInput(lbfgs.replace("memory: 5", "memory: 0"), "exp.yaml:9:", "memory must be in 1..1000");
        assertBadInput(lbfgs.replace("{kind: lbfgs, memory: 5}, epochs: 50}", "{kind: lbfgs}, epochs: 50, dropout: 0.2, model: mlp}")
                .replace("model: linear, loss: softmax", "loss: softmax"), "exp.yaml:9:", "key 'dropout' does not apply to optimizer lbfgs");
        assertBadInput(GOOD.replace("{kind: adam, learning-rate: 0.01}", "{kind: adam, memory: 3}"), "exp.yaml:9:",
                "key 'memory' does not apply to optimizer adam");
        // computed from the optimizer kinds: which kinds take the key, and what this one takes
        assertBadInput(GOOD.replace("{kind: adam, learning-rate: 0.01}", "{kind: adam, t0: 3}"), "exp.yaml:9:",
                "key 't0' does not apply to optimizer adam (it is a key of pegasos); adam takes learning-rate, schedule, beta1, beta2, epsilon");
        assertBadInput(GOOD.replace("{kind: adam, learning-rate: 0.01}", "{kind: momentum, projection: true}"), "exp.yaml:9:",
                "key 'projection' does not apply to optimizer momentum (it is a key of sgd, pegasos)");
    }

    @Test
    void badCombinationsAreLocatedConfigurationErrors() throws IOException {
        String withXor = GOOD.replace("  - {path: data.csv, name: csv}\n", "");
        assertBadInput(withXor.replace("loss: logistic,", "loss: hinge, objective: pairwise,"), "exp.yaml:7:", "needs query groups");
        assertBadInput(withXor.replace("metrics: [accuracy, f1, log-loss]", "metrics: [accuracy, ndcg@10]"), "exp.yaml:", "no query groups");
        assertBadInput(withXor.replace("  - {name: sm,", "  - {name: k, model: kernel-svm, kernel: rbf, gamma: -1}\n  - {name: sm,"),
                "exp.yaml:8:", "gamma must be > 0");
        assertBadInput(withXor.replace("loss: logistic,", "loss: zero-one,"), "exp.yaml:7:", "evaluation only");
        assertBadInput(withXor.replace("loss: softmax,", "loss: crammer-singer, objective: pairwise,"), "exp.yaml:8:", "not one");
        assertBadInput(withXor.replace("model: linear, loss: softmax,", "model: mlp, output: softmax, loss: hinge,"), "exp.yaml:8:",
                "does not go with output softmax");
        assertBadInput(withXor.replace("model: linear, loss: softmax,", "model: mlp, activation: step,"), "exp.yaml:8:",
                "fixed-network");
        assertBadInput(withXor.replace("  - {name: sm,", "  - {name: s, model: smile-svm, kernel: rbf, gamma: wide}\n  - {name: sm,"), "exp.yaml:8:",
                "gamma must be a number > 0 or 'scale', got wide");
        assertBadInput(withXor.replace("  - {name: sm,", "  - {name: f, model: fixed-network, layers: [{weights: [[1, 1], [1]], biases: [0, 0]}]}\n  - {name: sm,"),
                "exp.yaml:8:", "same length");
    }

    @Test
    void significanceTestsAreCheckedAgainstTheProtocolAndWritten() throws IOException {
        assertBadInput(GOOD + "tests: [{kind: 5x2cv}]\n", "exp.yaml:11:", "5x2cv needs protocol");
        assertBadInput(GOOD + "tests: [{kind: mcnemar}]\n", "exp.yaml:11:", "one test set");
        assertBadInput(GOOD + "tests: [{kind: corrected-t, baseline: nobody}]\n", "exp.yaml:11:", "not a model");
        assertBadInput(GOOD + "tests: [{kind: corrected-t, metric: auc}]\n", "exp.yaml:11:", "not in this experiment's metrics");
        Path file = experiment(GOOD.replace("{kind: kfold, k: 3}", "{kind: kfold, k: 2, repeats: 5}")
                + "tests: [{kind: 5x2cv, baseline: lr}, {kind: corrected-t}, {kind: friedman-nemenyi}, {kind: bayesian-rope}]\n");
        Call c = call("run", file.toString(), "--out", dir.resolve("sig").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        List<String> lines = Files.readAllLines(dir.resolve("sig/significance.csv"));
        assertEquals("test,dataset,model-a,model-b,metric,statistic,p-value,verdict", lines.get(0));
        // 5x2cv and corrected-t and bayesian-rope per dataset (2) for the one pair, friedman + 1 nemenyi pair
        assertEquals(1 + 2 + 2 + 2 + 2, lines.size(), String.join("\n", lines));
        assertTrue(Files.readString(dir.resolve("sig/report.md")).contains("## Significance tests"));
    }

    @Test
    void htmlReportAndCompare() throws IOException {
        Path yaml = experiment(GOOD);
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("a").toString(), "--quiet").code());
        String html = Files.readString(dir.resolve("a/report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<table>") && !html.contains("http"), "self-contained");
        Path other = experiment(GOOD.replace("epochs: 10, batch-size: 8", "epochs: 2, batch-size: 8"));
        assertEquals(0, call("run", other.toString(), "--out", dir.resolve("b").toString(), "--quiet").code());
        Call same = call("compare", dir.resolve("a").toString(), dir.resolve("a").toString());
        assertEquals(0, same.code());
        assertTrue(same.out().contains("0 rows changed, 0 only in A, 0 only in B"), same.out());
        Call diff = call("compare", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertTrue(diff.out().matches("(?s).*g / lr / accuracy .*") && !diff.out().contains("\n0 rows changed"), diff.out());
        assertEquals(2, call("compare", dir.resolve("a").toString(), dir.resolve("missing").toString()).code());
    }

    @Test
    void mlpAndBaselinesRunSideBySide() throws IOException {
        Path file = experiment(GOOD.replace("  - {name: sm,", "  - {name: mlp, model: mlp, hidden: [4], activation: tanh, epochs: 5}\n"
                + "  - {name: slr, model: smile-logistic}\n  - {name: ssvm, model: smile-svm, kernel: linear, C: 1}\n  - {name: sm,"));
        Call c = call("run", file.toString(), "--out", dir.resolve("mlp").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        String summary = Files.readString(dir.resolve("mlp/summary.csv"));
        for (String model : List.of("mlp", "slr", "ssvm")) {
            assertTrue(summary.contains("g," + model + ",accuracy,"), model);
        }
    }

    @Test
    void plotsAreCheckedBeforeTrainingAndWrittenAsPngAndSvg() throws IOException {
        String three = GOOD.replace("  - {path: data.csv, name: csv}\n", "  - {generator: boolean, function: xor, inputs: 3, name: b3}\n");
        assertBadInput(three + "plots: [{kind: decision-boundary}]\n", "exp.yaml:11:", "has 3 features");
        assertBadInput(GOOD + "plots: [{kind: loss-landscape}]\n", "exp.yaml:11:", "unknown plot");
        assertBadInput(GOOD + "plots: [{kind: roc, models: [nobody]}]\n", "exp.yaml:11:", "no model named");
        assertBadInput(GOOD + "plots: [{kind: loss-surface, view: exact}]\n", "exp.yaml:11:", "needs features: [j]");
        Path file = experiment(three + "plots: [{kind: decision-boundary, features: [0, 2], datasets: [b3]}, "
                + "{kind: decision-boundary, datasets: [g]}, {kind: learning-curve}, {kind: roc}, {kind: confusion-matrix},"
                + " {kind: fold-scores}, {kind: loss-surface, view: exact, features: [1], datasets: [g], steps: 5},"
                + " {kind: loss-surface, datasets: [g]}]\n");
        Call c = call("run", file.toString(), "--out", dir.resolve("plots").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        for (String f : List.of("decision-boundary-1-b3", "decision-boundary-2-g", "learning-curve-3-g", "roc-4-g",
                "confusion-matrix-5-b3", "fold-scores-6-g", "loss-surface-7-g", "loss-surface-8-g")) {
            for (String ext : List.of(".png", ".svg")) {
                Path p = dir.resolve("plots/plots/" + f + ext);
                assertTrue(Files.size(p) > 1000 && Files.size(p) < 2_000_000, p + " size");
            }
        }
        String report = Files.readString(dir.resolve("plots/report.md"));
        assertTrue(report.contains("![Decision boundaries on g") && report.contains("plots/roc-4-g.png"), report);
        assertTrue(Files.readString(dir.resolve("plots/report.html")).contains("data:image/png;base64,"));
    }

    @Test
    void pathFiguresNeedGradientTrainedModelsOfOneArchitecture() throws IOException {
        String more = GOOD.replace("metrics:", "  - {name: svm, model: kernel-svm, kernel: rbf, gamma: 0.5, C: 1.0}\n"
                + "  - {name: mlp, model: mlp, hidden: [4], activation: tanh, optimizer: {kind: adam, learning-rate: 0.01}, epochs: 5}\n"
                + "  - {name: mlp2, model: mlp, hidden: [4], activation: tanh, optimizer: {kind: sgd, learning-rate: 0.1}, epochs: 5}\n"
                + "metrics:");
        assertBadInput(more + "plots: [{kind: loss-surface, view: pca-path, models: [lr, svm]}]\n", "exp.yaml:14:",
                "pca-path needs a model trained by gradient steps");
        assertBadInput(more + "plots: [{kind: loss-surface, view: interpolation}]\n", "exp.yaml:14:", "needs 'models'");
        assertBadInput(more + "plots: [{kind: loss-surface, view: interpolation, between: models, models: [lr, mlp]}]\n",
                "exp.yaml:14:", "same architecture and loss");
        assertBadInput(more + "plots: [{kind: loss-surface, view: interpolation, between: models, models: [mlp]}]\n",
                "exp.yaml:14:", "exactly 2 models");
        assertBadInput(more + "plots: [{kind: loss-surface, view: pca-path, between: models, models: [mlp]}]\n",
                "exp.yaml:14:", "'between' applies to loss-surface view interpolation");
        assertBadInput(more + "plots: [{kind: loss-surface, view: interpolation, between: seeds, models: [mlp]}]\n",
                "exp.yaml:14:", "unknown between 'seeds'");
        assertBadInput(more + "plots: [{kind: loss-surface, view: contour, models: [mlp]}]\n", "exp.yaml:14:", "pca-path");
        assertBadInput(more + "plots: [{kind: objective-vs-time, models: [svm]}]\n", "exp.yaml:14:", "none of its models is gradient-trained");

        Path file = experiment(more + "plots: [{kind: loss-surface, view: pca-path, models: [lr, mlp], datasets: [g]},"
                + " {kind: loss-surface, view: interpolation, models: [mlp], datasets: [g]},"
                + " {kind: loss-surface, view: interpolation, between: models, models: [mlp, mlp2], datasets: [g]},"
                + " {kind: objective-vs-time, datasets: [g]}]\n");
        Call c = call("run", file.toString(), "--out", dir.resolve("paths").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        for (String f : List.of("loss-surface-1-g", "loss-surface-2-g", "loss-surface-3-g", "objective-vs-time-4-g")) {
            Path png = dir.resolve("paths/plots/" + f + ".png");
            assertTrue(Files.size(png) > 1000, png + " size");
        }
        List<String> history = Files.readAllLines(dir.resolve("paths/history.csv"));
        assertEquals(3 * 5, history.stream().filter(l -> l.startsWith("g,mlp,") && l.contains(",elapsed-seconds,")).count());
        assertTrue(Files.readString(dir.resolve("paths/report.md")).contains("on the line between the trained parameters of two models"));
    }

    @Test
    void onlyPreparedSplitOfThePlottedModelRecordsItsPath() throws IOException {
        Path file = experiment(GOOD + "plots: [{kind: loss-surface, view: pca-path, models: [sm], datasets: [g]}]\n");
        versus.report.RunRecord run = Runner.execute(Main.prepareAll(List.of(file)).get(0), 2, Progress.silent(), "test");
        int recorded = 0;
        for (versus.eval.Outcome o : run.outcomes()) {
            var path = o.history().trajectory();
            if (o.dataset().equals("g") && o.model().equals("sm") && o.split().index() == 0) {
                // initial parameters and 10 epochs; the last snapshot is the trained model
                assertEquals(11, path.orElseThrow().snapshots().size());
                assertArrayEquals(((versus.model.ModelClassifier) o.classifier()).model().parameters(),
                        path.orElseThrow().snapshots().get(10), 0);
                recorded++;
            } else {
                assertTrue(path.isEmpty(), o.dataset() + " / " + o.model() + " / " + o.split().index());
            }
        }
        assertEquals(1, recorded);
    }

    @Test
    void figureOnlyExperimentsNeedNoData() throws IOException {
        Path file = write("figs.yaml", "name: figs\nplots: [{kind: surrogate-losses}, {kind: optimizer-paths, functions: [parabola],"
                + " optimizers: [{kind: gd, learning-rate: 0.1}], steps: 2}]\n");
        Call c = call("run", file.toString(), "--out", dir.resolve("figs").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        String report = Files.readString(dir.resolve("figs/report.md"));
        assertTrue(report.contains("| 2 | 1.92 |"), report); // the notes' G01 iterates, in the table under the figure
    }

    @Test
    void crammerSingerOnTwoClassesIsFine() throws IOException {
        Path file = experiment(GOOD.replace("loss: softmax,", "loss: crammer-singer,"));
        Call c = call("run", file.toString(), "--out", dir.resolve("cs").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
    }

    @Test
    void binaryLossOnManyClassesBecomesOneVsRestAndTrains() throws IOException {
        String yaml = GOOD.replace("  - {path: data.csv, name: csv}\n", "  - {generator: boolean, function: xor, inputs: 3}\n");
        Path file = experiment(yaml);
        assertEquals(0, call("validate", file.toString()).code());
    }

    @Test
    void listAndVersionAndHelp() {
        Call losses = call("list", "losses");
        assertEquals(0, losses.code());
        assertTrue(losses.out().contains("hinge") && losses.out().contains("softmax"), losses.out());
        assertEquals(0, call("list").code());
        assertEquals(2, call("list", "nonsense").code());
        assertEquals(0, call("--version").code());
        assertEquals(0, call("--help").code());
        assertEquals(2, call("run").code()); // no file: usage error
    }

    private static final String BUDGETED = GOOD.replace(", epochs: 10", "").replace("seed: 7", "seed: 7\nbudget: {gradient-evaluations: 1000}");

    @Test
    void budgetGivesEveryGradientModelTheSameEvaluationsOnAnyThreadCount() throws IOException {
        Path yaml = experiment(BUDGETED);
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("b1").toString(), "--threads", "1", "--quiet").code());
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("b2").toString(), "--threads", "2", "--quiet").code());
        List<String> used = Files.readAllLines(dir.resolve("b1/folds.csv")).stream().filter(l -> l.contains(",gradient-evaluations,")).toList();
        assertEquals(2 * 3 * 2, used.size());
        assertTrue(used.stream().allMatch(l -> l.endsWith(",1000.0")), used.toString());
        assertEquals(withoutTimings(dir.resolve("b1/folds.csv")), withoutTimings(dir.resolve("b2/folds.csv")));
        assertTrue(Files.readString(dir.resolve("b1/report.md")).contains("Training budget: 1,000 gradient evaluations per fit"));
    }

    @Test
    void budgetTakesExactlyOneAmount() throws IOException {
        assertBadInput(BUDGETED.replace("{gradient-evaluations: 1000}", "{gradient-evaluations: 1000, seconds: 2}"), "exp.yaml:3:9:",
                "exactly one of epochs, gradient-evaluations or seconds");
        assertBadInput(BUDGETED.replace("{gradient-evaluations: 1000}", "{seconds: -2}"), "exp.yaml:3:", "seconds must be in (0, 1e9)");
        assertBadInput(BUDGETED.replace("{gradient-evaluations: 1000}", "{minutes: 2}"), "exp.yaml:3:", "minutes");
    }

    @Test
    void aModelsOwnEpochsWithABudgetIsLocated() throws IOException {
        assertBadInput(BUDGETED.replace("batch-size: 8}", "batch-size: 8, epochs: 5}"), "exp.yaml:9:", "sets epochs and the experiment sets a budget");
    }

    private static final String AUTOENCODER = String.join("\n",
            "name: ae",
            "seed: 3",
            "datasets:",
            "  - {generator: gauss, n: 120, name: g}",
            "protocol: {kind: kfold, k: 3}",
            "models:",
            "  - {name: ae, model: autoencoder, hidden: [4, 1, 4], activation: tanh, input-noise: 0.1, optimizer: {kind: adam, learning-rate: 0.01}, epochs: 20}",
            "  - {name: lr, model: linear, loss: logistic, epochs: 5}",
            "metrics: [accuracy]",
            "plots: [{kind: codes}]",
            "");

    @Test
    void autoencoderRunRecordsReconstructionErrorsAndCodesTheSameOnOneAndTwoThreads() throws IOException {
        Path yaml = experiment(AUTOENCODER);
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("a1").toString(), "--threads", "1", "--quiet").code());
        assertEquals(0, call("run", yaml.toString(), "--out", dir.resolve("a2").toString(), "--threads", "2", "--quiet").code());
        String folds = Files.readString(dir.resolve("a1/folds.csv"));
        for (String metric : List.of("accuracy", "reconstruction-mse-train", "reconstruction-mse-test", "pca-mse-train", "pca-mse-test",
                "pca-probe-accuracy")) {
            assertTrue(folds.contains("g,ae,2," + metric + ","), metric);
        }
        List<String> codes = Files.readAllLines(dir.resolve("a1/codes.csv"));
        assertEquals("dataset,model,split,row,set,label,code_1", codes.get(0));
        assertEquals(1 + 120, codes.size()); // split 0 of 3 folds: 80 training rows then 40 test rows
        assertTrue(codes.get(1).startsWith("g,ae,0,") && codes.get(1).contains(",train,"), codes.get(1));
        assertTrue(codes.get(120).contains(",test,"), codes.get(120));
        assertTrue(Files.size(dir.resolve("a1/plots/codes-g.png")) > 0);
        assertTrue(Files.readString(dir.resolve("a1/report.md")).contains("## Autoencoders"));
        assertEquals(withoutTimings(dir.resolve("a1/folds.csv")), withoutTimings(dir.resolve("a2/folds.csv")));
        assertEquals(withoutTimings(dir.resolve("a1/history.csv")), withoutTimings(dir.resolve("a2/history.csv")));
        assertEquals(Files.readString(dir.resolve("a1/codes.csv")), Files.readString(dir.resolve("a2/codes.csv")));
    }

    @Test
    void autoencoderCodeLayerOutOfRangeIsLocated() throws IOException {
        assertBadInput(AUTOENCODER.replace("hidden: [4, 1, 4],", "hidden: [4, 1, 4], code-layer: 3,"), "exp.yaml:7:",
                "code-layer is a 0-based index of the hidden layers [4, 1, 4]: 0..2, got 3");
    }

    @Test
    void autoencoderTrainsOnMseOnly() throws IOException {
        assertBadInput(AUTOENCODER.replace("activation: tanh,", "activation: tanh, loss: hinge,"), "exp.yaml:7:",
                "an autoencoder is trained on reconstruction error: loss mse (the default)");
        assertBadInput(AUTOENCODER.replace("activation: tanh,", "activation: tanh, output: softmax,"), "exp.yaml:7:",
                "output identity");
    }

    @Test
    void codeLayerOnlyForAutoencoders() throws IOException {
        assertBadInput(AUTOENCODER.replace("loss: logistic,", "loss: logistic, code-layer: 0,"), "exp.yaml:8:",
                "key 'code-layer' does not apply to model linear");
    }

    @Test
    void autoencoderFiguresNeedAnAutoencoderAndSquareImages() throws IOException {
        assertBadInput(AUTOENCODER.replace("plots: [{kind: codes}]", "plots: [{kind: codes, models: [lr]}]"), "exp.yaml:10:",
                "plot codes draws autoencoders and models [lr] include none");
        assertBadInput(AUTOENCODER.replace("plots: [{kind: codes}]", "plots: [{kind: reconstructions}]"), "exp.yaml:10:",
                "reconstructions draws square images and dataset 'g' has 2 features");
    }

    @Test
    void reconstructionsOfSquareImagesAndCodesWiderThanTwo() throws IOException {
        StringBuilder csv = new StringBuilder("p1,p2,p3,p4,label\n");
        for (int i = 0; i < 60; i++) { // 2x2 "images": a bright diagonal or anti-diagonal plus a ramp
            boolean diagonal = i % 2 == 0;
            double t = (i % 10) / 10.0;
            csv.append(diagonal ? 1 : t).append(',').append(diagonal ? t : 1).append(',').append(diagonal ? t : 1).append(',')
                    .append(diagonal ? 1 : t).append(',').append(diagonal ? "diag" : "anti").append('\n');
        }
        write("img.csv", csv.toString());
        Path yaml = write("img.yaml", String.join("\n",
                "name: img",
                "datasets: [{path: img.csv}]",
                "protocol: {kind: kfold, k: 3}",
                "models:",
                "  - {name: wide, model: autoencoder, hidden: [3], activation: identity, epochs: 5}",
                "plots: [{kind: reconstructions}, {kind: codes}]",
                ""));
        Path out = dir.resolve("img");
        Call c = call("run", yaml.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        assertTrue(Files.size(out.resolve("plots/reconstructions-1-img.png")) > 0);
        assertTrue(Files.size(out.resolve("plots/codes-2-img.svg")) > 0);
        assertEquals("dataset,model,split,row,set,label,code_1,code_2,code_3", Files.readAllLines(out.resolve("codes.csv")).get(0));
    }

    private static final String MULTI = String.join("\n",
            "name: ml",
            "seed: 3",
            "datasets:",
            "  - {path: ml.csv, name: m, labels: [p, q, r]}",
            "protocol: {kind: kfold, k: 3}",
            "models:",
            "  - {name: ss, model: structured-svm, label-pairs: true, epochs: 5}",
            "  - {name: br, model: linear, multi-label: binary-relevance, loss: hinge, epochs: 5}",
            "metrics: [hamming-loss, subset-accuracy]",
            "");

    /** Writes ml.csv (two features, labels p, q, r as 0/1 columns) and the data of {@link #GOOD}. */
    private Path multiLabel(String yaml) throws IOException {
        StringBuilder csv = new StringBuilder("f1,p,f2,q,r\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7).append(',').append(i % 7 > 3 ? 1 : 0).append(',').append((i * 13) % 5).append(',')
                    .append((i * 13) % 5 > 1 ? 1 : 0).append(',').append(i % 2).append('\n');
        }
        write("ml.csv", csv.toString());
        return experiment(yaml);
    }

    @Test
    void structuredSvmsAreHeldToTheBudgetToo() throws IOException {
        String budgeted = MULTI.replace("seed: 3", "seed: 3\nbudget: {gradient-evaluations: 300}").replace(", epochs: 5}", "}");
        Call c = call("run", multiLabel(budgeted).toString(), "--out", dir.resolve("mlb").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        List<String> used = Files.readAllLines(dir.resolve("mlb/folds.csv")).stream()
                .filter(l -> l.startsWith("m,ss,") && l.contains(",gradient-evaluations,")).toList();
        assertEquals(3, used.size());
        assertTrue(used.stream().allMatch(l -> l.endsWith(",300.0")), used.toString());
        assertBadInput(budgeted.replace("label-pairs: true}", "label-pairs: true, epochs: 5}"), "exp.yaml:", "sets epochs and the experiment sets a budget");
        assertBadInput(budgeted.replace("label-pairs: true}", "label-pairs: true, average-from: 2}"), "exp.yaml:", "average-from counts epochs");
        assertBadInput(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, optimizer: {kind: pegasos, memory: 5}}"),
                "exp.yaml:", "key 'memory' does not apply to model structured-svm");
    }

    @Test
    void multiLabelRunWritesLabelSetMetrics() throws IOException {
        Path file = multiLabel(MULTI);
        Call c = call("run", file.toString(), "--out", dir.resolve("ml").toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        String summary = Files.readString(dir.resolve("ml/summary.csv"));
        assertTrue(summary.contains("m,ss,hamming-loss,") && summary.contains("m,br,subset-accuracy,"), summary);
        assertTrue(Files.readString(dir.resolve("ml/history.csv")).contains(",objective,"));
        assertTrue(Files.readString(dir.resolve("ml/report.md")).contains("subset-accuracy"));
        assertEquals(0, call("run", file.toString(), "--out", dir.resolve("ml2").toString(), "--threads", "2", "--quiet").code());
        assertEquals(withoutTimings(dir.resolve("ml/folds.csv")), withoutTimings(dir.resolve("ml2/folds.csv")));
        assertEquals(withoutTimings(dir.resolve("ml/history.csv")), withoutTimings(dir.resolve("ml2/history.csv")));
    }

    @Test
    void multiLabelMismatchesAreLocated() throws IOException {
        multiLabel(MULTI); // writes ml.csv
        assertBadInput(MULTI.replace("multi-label: binary-relevance, ", ""), "exp.yaml:8:",
                "model 'br' predicts one class and dataset 'm' is multi-label");
        assertBadInput(MULTI.replace("metrics: [hamming-loss,", "metrics: [accuracy,"), "exp.yaml:9:11:",
                "metric accuracy is for single-label data");
        assertBadInput(GOOD.replace("metrics: [accuracy, f1, log-loss]", "metrics: [accuracy, subset-accuracy]"), "exp.yaml:10:",
                "metric subset-accuracy is for multi-label data");
        assertBadInput(GOOD.replace("{name: sm, model: linear, loss: softmax, optimizer: {kind: adam, learning-rate: 0.01}, epochs: 10}",
                "{name: sm, model: structured-svm}"), "exp.yaml:9:", "model 'sm' predicts label sets");
    }

    @Test
    void multiLabelKeysAreChecked() throws IOException {
        multiLabel(MULTI); // writes ml.csv
        Path ml = multiLabel(MULTI.replace("labels: [p, q, r]", "labels: [p, zz, r]"));
        Call c = call("validate", ml.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("exp.yaml:4:") && c.err().contains("label 'zz' is not a column"), c.err());
        assertBadInput(MULTI.replace("name: br, model: linear,", "name: br, model: linear, label-pairs: true,"), "exp.yaml:8:",
                "label-pairs");
        assertBadInput(MULTI.replace("multi-label: binary-relevance", "multi-label: chains"), "exp.yaml:8:",
                "unknown multi-label method 'chains'; available: binary-relevance");
        assertBadInput(MULTI.replace("{path: ml.csv, name: m, labels: [p, q, r]}",
                "{generator: multilabel, name: m, n: 30, labels: [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]}"), "exp.yaml:7:",
                "at most 14 are supported");
        assertBadInput(MULTI.replace("labels: [p, q, r]", "labels: [p, q, r], label: p"), "exp.yaml:4:",
                "give either 'label'");
        assertBadInput(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, optimizer: {kind: adam}}"), "exp.yaml:7:",
                "its only optimizer is {kind: pegasos, t0: ...}");
        assertBadInput(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, solver: frank-wolfe}"), "exp.yaml:7:",
                "unknown solver 'frank-wolfe'; available: subgradient, cutting-plane");
        assertBadInput(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, tolerance: 0.01}"), "exp.yaml:7:", "tolerance");
        assertBadInput(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, solver: cutting-plane, tolerance: -1}"), "exp.yaml:7:",
                "tolerance must be a finite number > 0");
        assertEquals(0, call("validate", multiLabel(MULTI.replace("label-pairs: true, epochs: 5}", "label-pairs: true, epochs: 5, solver: cutting-plane}"))
                .toString()).code());
        assertEquals(0, call("validate", multiLabel(MULTI.replace("label-pairs: true, epochs: 5}",
                "label-pairs: true, epochs: 5, optimizer: {kind: pegasos, t0: 1000}}")).toString()).code());
    }
}
