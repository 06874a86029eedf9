package versus.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import versus.data.DataFormat;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.train.GradientLearner;
import versus.train.History;

/**
 * Linear models that name no optimizer are solved to LIBLINEAR's optimum. The reference values
 * are LIBLINEAR 2.x ({@code liblinear-train -s 0 | -s 2 -e 1e-10}, Debian's liblinear-tools) on the
 * raw features of datasets/heart_scale and datasets/breast_cancer.csv, with the primal objective
 * J = f / (C n) computed with numpy from the model file by
 * {@code /usr/bin/python3 scripts/reference/liblinear_primal.py}: with {@code -B 1} for a
 * penalised bias, and with {@code -B 10000} for an unpenalised one (then J is within the printed
 * bound, at most 7e-9, of the unpenalised optimum). The learners come from the planner, from a
 * YAML giving only model, loss (and C through lambda = 1/(C n), or bias).
 */
class LinearDefaultsTest {
    @TempDir
    Path dir;

    private ExperimentPlan plan(String model) throws IOException {
        String yaml = "name: t\ndatasets: [{generator: gauss, n: 60}]\nmodels:\n  - " + model + "\n";
        return PlanBuilder.build(YamlSource.read(Files.writeString(dir.resolve("t.yaml"), yaml)));
    }

    private static Dataset data(String name) {
        return name.equals("heart_scale")
                ? DatasetLoader.load(Path.of("datasets/heart_scale"), name, LoadOptions.defaults().withFormat(DataFormat.LIBSVM))
                : DatasetLoader.load(Path.of("datasets/" + name + ".csv"), name, LoadOptions.defaults());
    }

    /** Fits the plan's only model on all of {@code d}; returns the classifier. */
    private static ModelClassifier fit(ExperimentPlan p, Dataset d) {
        return (ModelClassifier) p.models().get(0).learnerFor().apply(d.numClasses()).fit(d, new SplittableRandom(1), new History());
    }

    /** J of the fitted model on {@code d}, with the penalty the fit used. */
    private static double objective(ExperimentPlan p, Dataset d, ModelClassifier c) {
        GradientLearner g = (GradientLearner) p.models().get(0).learnerFor().apply(d.numClasses());
        return new Objective(c.model(), c.loss(), g.fittedRegularizer(c.diagnostics())).value(d);
    }

    @ParameterizedTest(name = "{0} {1} C={2} bias {3}")
    @CsvSource({
        // data, loss, C, bias (default: logistic unpenalised, squared-hinge penalised), LIBLINEAR's J
        "heart_scale, logistic, 1, , 0.350574904508529",
        "heart_scale, logistic, 1, penalised, 0.3536811656438",
        "heart_scale, logistic, 100, penalised, 0.332922599151107",
        "heart_scale, squared-hinge, 1, , 0.426434899537904",
        "heart_scale, squared-hinge, 1, unpenalised, 0.425609092654154",
        "heart_scale, squared-hinge, 100, , 0.423152282537775",
        "breast_cancer, logistic, 1, , 0.0945423747460225",
        "breast_cancer, logistic, 1, penalised, 0.103813931976938",
        "breast_cancer, logistic, 100, unpenalised, 0.063775894511274",
        "breast_cancer, squared-hinge, 1, , 0.0992852160849649",
        "breast_cancer, squared-hinge, 100, penalised, 0.0609458580399145",
        "breast_cancer, squared-hinge, 1, unpenalised, 0.0973015802581195",
    })
    void theDefaultSolverReachesLiblinearsObjective(String data, String loss, double c, String bias, double liblinear) throws IOException {
        Dataset d = data(data);
        String model = "{name: m, model: linear, loss: " + loss + (bias == null ? "" : ", bias: " + bias)
                + (c == 1 ? "" : ", regularizer: {lambda: " + 1 / (c * d.rows()) + "}") + "}";
        ExperimentPlan p = plan(model);
        ModelClassifier fitted = fit(p, d);
        double j = objective(p, d, fitted);
        assertEquals(1.0, fitted.diagnostics().get("converged"), model + " on " + data + ": " + fitted.diagnostics());
        assertEquals(0, (j - liblinear) / liblinear, 1e-6, model + " on " + data + ": J " + j + " vs LIBLINEAR " + liblinear);
    }

    @Test
    void theDefaultsAreSaidInTheModelsTable() throws IOException {
        String s = plan("{name: m, model: linear, loss: logistic}").models().get(0).summary();
        assertTrue(s.contains("l2 lambda 1/n_train (C = 1), bias unpenalised, lbfgs (then trust-region newton after 500 iterations) to tolerance 1.0E-6"), s);
        String h = plan("{name: m, model: linear, loss: squared-hinge}").models().get(0).summary();
        assertTrue(h.contains("bias penalised"), h);
    }

    @Test
    void aFitStoppedBeforeItsToleranceSaysSo() throws IOException {
        Dataset d = data("breast_cancer");
        ModelClassifier fitted = fit(plan("{name: m, model: linear, loss: logistic, max-iterations: 1}"), d);
        Map<String, Double> diag = fitted.diagnostics();
        assertEquals(0.0, diag.get("converged"), diag.toString());
        assertEquals(1.0, diag.get("iterations"), diag.toString());
        assertTrue(diag.get("final-gradient-norm") > diag.get("tolerance"), diag.toString());
    }

    @Test
    void anUnconvergedFitIsFlaggedInFoldsReportRunJsonAndOnTheConsole() throws IOException {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, String.join("\n", "name: c", "seed: 0",
                "datasets: [{path: " + Path.of("datasets/breast_cancer.csv").toAbsolutePath() + "}]",
                "protocol: {kind: kfold, k: 3}",
                "models:",
                "  - {name: stopped, model: linear, loss: logistic, max-iterations: 1}",
                "  - {name: solved, model: linear, loss: logistic}",
                "  - {name: adam, model: linear, loss: logistic, optimizer: {kind: adam}, epochs: 2}",
                ""));
        Path out = dir.resolve("out");
        MainTest.Call call = MainTest.call("run", yaml.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, call.code(), call.err());
        String folds = Files.readString(out.resolve("folds.csv"));
        for (int split = 0; split < 3; split++) {
            assertTrue(folds.contains("breast_cancer,stopped," + split + ",converged,0.0"), folds);
            assertTrue(folds.contains("breast_cancer,solved," + split + ",converged,1.0"), folds);
        }
        assertTrue(!folds.contains("adam,0,converged"), "a fixed-epochs fit has no tolerance and no converged column");
        String report = Files.readString(out.resolve("report.md"));
        int warning = report.indexOf("## Convergence");
        assertTrue(warning > 0 && warning < report.indexOf("## Datasets"), report);
        String section = report.substring(warning, report.indexOf("## Datasets"));
        assertTrue(section.contains("| stopped | breast_cancer | 3 of 3 splits | final-gradient-norm "), section);
        assertTrue(section.contains("raise max-iterations"), section);
        assertTrue(!section.contains("solved") && !section.contains("adam"), section);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Convergence"));
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"not-converged\"") && json.contains("\"model\" : \"stopped\""), json);
        assertTrue(call.err().contains("c: warning: stopped did not converge on breast_cancer in 3 of 3 splits"), call.err());
        assertTrue(Files.readString(out.resolve("history.csv")).contains("gradient-norm"));
    }
}
