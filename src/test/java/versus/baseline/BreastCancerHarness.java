package versus.baseline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.data.Standardizer;
import versus.eval.KFold;
import versus.eval.Split;
import versus.svm.Kernel;
import versus.svm.KernelSvm;
import versus.train.Learner;

/**
 * Not a test: 10-fold stratified accuracy of the Smile baselines (and Versus's kernel SVM for
 * reference) on breast_cancer, standardised on each training fold.
 * {@code java -cp target/versus.jar:target/test-classes versus.baseline.BreastCancerHarness [csv]}
 */
public final class BreastCancerHarness {
    private BreastCancerHarness() {
    }

    public static void main(String[] args) {
        Path csv = Path.of(args.length > 0 ? args[0] : "datasets/breast_cancer.csv");
        Dataset data = DatasetLoader.load(csv, "breast_cancer", LoadOptions.defaults());
        double gamma = 1.0 / data.cols(); // scikit-learn's gamma='scale' on standardised data
        Map<String, Learner> learners = new LinkedHashMap<>();
        learners.put("smile-logistic lambda=1e-3", new SmileLogistic(1e-3));
        learners.put("smile-svm linear C=1", SmileSvm.linear(1));
        learners.put("smile-svm rbf C=1 gamma=1/d", SmileSvm.rbf(1, gamma));
        learners.put("smile-mlp [32] relu lr=0.05 50x32", new SmileMlp(new int[] {32}, SmileMlp.Activation.RELU, 0.05, 50, 32));
        learners.put("kernel-svm rbf C=1 gamma=1/d (Versus)", new KernelSvm(new Kernel.Rbf(gamma), 1));
        List<Split> splits = new KFold(10, 1, true).splits(data, new SplittableRandom(0));
        System.out.println(data + ", 10-fold stratified, seed 0");
        for (Map.Entry<String, Learner> e : learners.entrySet()) {
            double[] acc = new double[splits.size()];
            long t0 = System.nanoTime();
            for (int f = 0; f < splits.size(); f++) {
                Dataset train = data.subset(splits.get(f).train());
                Dataset test = data.subset(splits.get(f).test());
                Standardizer s = Standardizer.fit(train);
                acc[f] = Blobs.accuracy(Blobs.fit(e.getValue(), s.apply(train), 1000 + f), s.apply(test));
            }
            double mean = 0;
            for (double a : acc) {
                mean += a / acc.length;
            }
            double var = 0;
            for (double a : acc) {
                var += (a - mean) * (a - mean) / (acc.length - 1);
            }
            System.out.printf(Locale.ROOT, "%-40s %.4f +- %.4f  (%.2f s)%n", e.getKey(), mean, Math.sqrt(var),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
