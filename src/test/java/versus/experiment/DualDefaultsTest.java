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
import versus.data.Standardizer;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.train.DualSvmLearner;
import versus.train.History;

/**
 * Linear SVMs that name no optimizer are solved in the dual to LIBLINEAR's optimum, from a YAML
 * giving only model and loss. References: {@code /usr/bin/python3 scripts/reference/liblinear_dual.py}
 * (output in {@code scripts/reference/liblinear_dual.md}): LIBLINEAR {@code -s 3}/{@code -s 1}
 * one-vs-rest and {@code -s 4} Crammer-Singer with {@code -B 1 -e 1e-10}; where {@code -s 3} stops
 * at its 1000-pass limit the reference is scipy's L-BFGS-B on the same dual; the free bias is
 * LIBSVM {@code svm-train -t 0}. heart_scale as shipped, iris standardised on all rows.
 * P = J / lambda = 1/2 ||w||^2 + C sum_i loss_i, with C = 1 / (lambda n).
 */
class DualDefaultsTest {
    @TempDir
    Path dir;

    private ExperimentPlan plan(String model) throws IOException {
        String yaml = "name: t\ndatasets: [{generator: gauss, n: 60}]\nmodels:\n  - " + model + "\n";
        return PlanBuilder.build(YamlSource.read(Files.writeString(dir.resolve("t.yaml"), yaml)));
    }

    private static Dataset heart() {
        return DatasetLoader.load(Path.of("datasets/heart_scale"), "heart_scale", LoadOptions.defaults().withFormat(DataFormat.LIBSVM));
    }

    private static Dataset iris() {
        Dataset d = DatasetLoader.load(Path.of("datasets/iris.csv"), "iris", LoadOptions.defaults());
        return Standardizer.fit(d).apply(d);
    }

    private ModelClassifier fit(String model, Dataset d) throws IOException {
        ExperimentPlan p = plan(model);
        return (ModelClassifier) p.models().get(0).learnerFor().apply(d.numClasses()).fit(d, new SplittableRandom(1), new History());
    }

    /** LIBLINEAR's P of the whole fit: J (with the bias in the penalty when it is penalised) over lambda. */
    private static double primal(ModelClassifier c, Dataset d) {
        double lambda = c.diagnostics().get("lambda");
        return new Objective(c.model(), c.loss(), Regularizer.ElasticNet.l2(lambda)).value(d) / lambda;
    }

    @ParameterizedTest(name = "{0} on {1}, C = {2}")
    @CsvSource({
        // model entry, data, C, LIBLINEAR's (or the certified) P
        "'{name: m, model: linear, loss: hinge}', heart, 1, 92.9577161882691",
        "'{name: m, model: linear, loss: hinge}', heart, 0.01, 1.45022368692541",
        "'{name: m, model: linear, loss: hinge, bias: unpenalised}', heart, 1, 92.4733774637873",
        "'{name: m, model: linear, loss: squared-hinge, solver: dual-cd}', heart, 1, 115.137422875233",
        "'{name: m, model: linear, loss: crammer-singer}', iris, 1, 19.1468719310703",
        "'{name: m, model: linear, loss: crammer-singer}', iris, 0.01, 0.898731625892532",
    })
    void theDefaultDualSolverReachesLiblinearsObjective(String entry, String data, double c, double reference) throws IOException {
        Dataset d = data.equals("heart") ? heart() : iris();
        String model = c == 1 ? entry : entry.replace("}", ", regularizer: {lambda: " + 1 / (c * d.rows()) + "}}");
        ModelClassifier fitted = fit(model, d);
        assertEquals(1.0, fitted.diagnostics().get("converged"), model + ": " + fitted.diagnostics());
        assertTrue(fitted.diagnostics().get("duality-gap") < 1e-6, fitted.diagnostics().toString());
        double p = primal(fitted, d);
        // svm-train keeps kernel values in single precision: its P is about 1e-7 above the optimum
        assertEquals(0, (p - reference) / reference, entry.contains("unpenalised") ? 1e-6 : 2e-7, model + ": P " + p + " vs " + reference);
    }

    /**
     * One-vs-rest: row k of the model is the binary SVM of class k against the rest, each at its
     * optimum (iris, C = 1; the L-BFGS-B references of the -s 3 dual, which LIBLINEAR's -s 3 reaches
     * to 5e-7 before its pass limit; -s 1 for the squared hinge).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'{name: m, model: linear, loss: hinge}', hinge, 1.62323298517289, 86.398051296755, 20.6825662542113",
        "'{name: m, model: linear, loss: squared-hinge, solver: dual-cd}', squared, 1.16405076173543, 97.6994815208053, 16.7418214091576",
    })
    void oneVsRestSolvesEachClassAgainstTheRest(String entry, String loss, double p0, double p1, double p2) throws IOException {
        Dataset d = iris();
        ModelClassifier fitted = fit(entry, d);
        LinearModel m = (LinearModel) fitted.model();
        assertEquals(3, m.numOutputs());
        assertTrue(m.penalisedBias());
        double c = 1 / (fitted.diagnostics().get("lambda") * d.rows());
        assertEquals(1.0, c, 1e-12);
        double[] reference = {p0, p1, p2};
        for (int k = 0; k < 3; k++) {
            double sq = m.bias(k) * m.bias(k);
            for (int j = 0; j < d.cols(); j++) {
                sq += m.weight(k, j) * m.weight(k, j);
            }
            double losses = 0;
            for (int i = 0; i < d.rows(); i++) {
                double s = m.bias(k);
                for (int j = 0; j < d.cols(); j++) {
                    s += m.weight(k, j) * d.get(i, j);
                }
                double r = Math.max(0, 1 - (d.label(i) == k ? 1 : -1) * s);
                losses += loss.equals("hinge") ? r : r * r;
            }
            double p = 0.5 * sq + c * losses;
            assertEquals(0, (p - reference[k]) / reference[k], 2e-7, "class " + k + ": P " + p + " vs " + reference[k]);
        }
    }

    @Test
    void theModelsTableSaysWhichSolverAndTolerance() throws IOException {
        String h = plan("{name: m, model: linear, loss: hinge}").models().get(0).summary();
        assertEquals("linear, loss hinge, l2 lambda 1/n_train (C = 1), bias penalised, dual-cd (hinge, one-vs-rest for K > 2) "
                + "to tolerance 1.0E-6 on the dual violation, at most 1000000 passes", h);
        String cs = plan("{name: m, model: linear, loss: weston-watkins, tolerance: 1.0e-4, max-iterations: 10}").models().get(0).summary();
        assertTrue(cs.contains("dual-cd (Weston-Watkins) to tolerance 1.0E-4 on the dual violation, at most 10 passes"), cs);
        assertTrue(plan("{name: m, model: linear, loss: hinge}").models().get(0).learnerFor().apply(3) instanceof DualSvmLearner);
    }

    @Test
    void keysThatAskForFirstOrderTrainingKeepTheFirstOrderDefault() throws IOException {
        String s = plan("{name: m, model: linear, loss: hinge, batch-size: 8}").models().get(0).summary();
        assertTrue(s.contains("adam"), s);
        String b = plan("{name: m, model: linear, loss: hinge, optimizer: {kind: pegasos}}").models().get(0).summary();
        assertTrue(b.contains("pegasos"), b);
    }

    @Test
    void aStoppedDualFitSaysSo() throws IOException {
        ModelClassifier fitted = fit("{name: m, model: linear, loss: hinge, max-iterations: 2}", heart());
        Map<String, Double> diag = fitted.diagnostics();
        assertEquals(0.0, diag.get("converged"), diag.toString());
        assertEquals(2.0, diag.get("iterations"), diag.toString());
        assertTrue(diag.get("final-violation") > diag.get("tolerance"), diag.toString());
    }

    private String error(String model) throws IOException {
        try {
            plan(model);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + model);
    }

    @Test
    void badSolverChoicesAreLocatedErrors() throws IOException {
        assertTrue(error("{name: m, model: linear, loss: logistic, solver: dual-cd}").contains("t.yaml:4:")
                && error("{name: m, model: linear, loss: logistic, solver: dual-cd}").contains("use solver newton"));
        assertTrue(error("{name: m, model: linear, loss: hinge, solver: newton}").contains("takes solver dual-cd"));
        assertTrue(error("{name: m, model: linear, loss: hinge, solver: smo}").contains("allowed: newton, dual-cd"));
        assertTrue(error("{name: m, model: linear, loss: hinge, solver: dual-cd, optimizer: {kind: sgd}}").contains("give one of solver and optimizer"));
        assertTrue(error("{name: m, model: linear, loss: crammer-singer, bias: unpenalised}").contains("penalised bias"));
        assertTrue(error("{name: m, model: linear, loss: hinge, solver: dual-cd, batch-size: 4}").contains("batch-size"));
        assertTrue(error("{name: m, model: linear, loss: hinge, regularizer: {kind: l1, lambda: 0.1}}").contains("L2-regularised"));
        assertTrue(error("{name: m, model: mlp, solver: dual-cd}").contains("it is a key of models linear and structured-svm"));
    }
}
