package versus.linear;

import java.nio.file.Path;
import versus.data.DataFormat;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.data.Standardizer;

/**
 * The reference problems of scripts/reference/liblinear_dual.py: heart_scale as shipped
 * (features already in [-1, 1]; class 1 is +1), breast_cancer and iris standardised on all rows.
 */
final class Problems {
    private Problems() {
    }

    static LinearProblem heart() {
        return problem(heartDataset());
    }

    static Dataset heartDataset() {
        return DatasetLoader.load(Path.of("datasets/heart_scale"), "heart_scale",
                LoadOptions.defaults().withFormat(DataFormat.LIBSVM));
    }

    static LinearProblem breastCancer() {
        return standardised("datasets/breast_cancer.csv", "breast_cancer");
    }

    static LinearProblem iris() {
        return standardised("datasets/iris.csv", "iris");
    }

    private static LinearProblem standardised(String path, String name) {
        Dataset d = DatasetLoader.load(Path.of(path), name, LoadOptions.defaults());
        return problem(Standardizer.fit(d).apply(d));
    }

    static LinearProblem problem(Dataset d) {
        return new LinearProblem(d.features(), d.rows(), d.cols(), d.labels(), d.numClasses());
    }

    /** lambda with C = 1/(lambda n) = c. */
    static double lambda(LinearProblem p, double c) {
        return 1.0 / (c * p.rows());
    }
}
