package versus.plot;

import java.util.List;
import java.util.SplittableRandom;
import versus.data.Dataset;
import versus.data.TeachingSets;
import versus.eval.Predictions;
import versus.loss.BinaryMargin;
import versus.loss.Hinge;
import versus.loss.SoftmaxCrossEntropy;
import versus.model.Activation;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.model.Mlp;
import versus.model.ModelClassifier;
import versus.svm.Kernel;
import versus.svm.KernelSvm;
import versus.train.History;

/** Classifiers for figure tests, built by hand (no gradient training): fast and deterministic. */
final class TestModels {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TestModels() {
    }

    static Dataset moons(int n, long seed) {
        return TeachingSets.generate("moons", n, 0.15, new SplittableRandom(seed));
    }

    /** f(x) = w.x + b, one output, hinge coding. */
    static ModelClassifier linear(double w1, double w2, double b) {
        LinearModel m = new LinearModel(2, 1);
        double[] p = m.parameters();
        p[0] = w1;
        p[1] = w2;
        p[2] = b;
        return new ModelClassifier(m, new BinaryMargin(Hinge.svm()), 2);
    }

    /** A randomly initialised (untrained) softmax MLP: a curved boundary all the same. */
    static ModelClassifier mlp(int classes, long seed) {
        Mlp m = new Mlp(2, new int[] {8}, new Activation.Tanh(), classes);
        m.initialize(new Initializer.Normal(1.5), new SplittableRandom(seed));
        return new ModelClassifier(m, new SoftmaxCrossEntropy(), classes);
    }

    static Classifier rbfSvm(Dataset train) {
        return new KernelSvm(new Kernel.Rbf(1.0), 1.0).fit(train, new SplittableRandom(1), new History());
    }

    static Classifier linearSvm(Dataset train) {
        return new KernelSvm(new Kernel.Linear(), 1.0).fit(train, new SplittableRandom(1), new History());
    }

    /** Four panels: hand-set linear, linear-kernel SVM, RBF SVM, MLP. */
    static List<Named<Classifier>> four(Dataset train) {
        return Named.inOrder(List.of("linear", "linear-svm", "rbf-svm", "mlp"),
                List.of(linear(1, -2, 0.3), linearSvm(train), rbfSvm(train), mlp(2, 3)));
    }

    /** What the classifier says about every row of d, as the evaluator would record it. */
    static Predictions predict(Classifier c, Dataset d) {
        int k = c.numClasses();
        int[] predicted = new int[d.rows()];
        double[] prob = c.hasProbabilities() ? new double[d.rows() * k] : null;
        double[] s = new double[c.numScores()];
        double[] p = new double[k];
        for (int i = 0; i < d.rows(); i++) {
            c.scores(d.features(), d.offset(i), s);
            predicted[i] = c.decide(s);
            if (prob != null) {
                c.probabilities(s, p);
                System.arraycopy(p, 0, prob, i * k, k);
            }
        }
        return new Predictions(k, d.labels().clone(), predicted, prob);
    }
}
