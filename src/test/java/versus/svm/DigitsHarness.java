package versus.svm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import versus.data.Dataset;
import versus.data.Standardizer;
import versus.train.History;
import versus.train.Learner;

/**
 * Accuracy check against scripts/reference/sklearn_svc.py (not a unit test: run by hand after
 * the script has written the folds):
 *
 * <pre>
 * /usr/bin/python3 scripts/reference/sklearn_svc.py
 * mvn -q -o test-compile && java -cp target/classes:target/test-classes versus.svm.DigitsHarness
 * </pre>
 *
 * Same folds, standardization fitted on each training part, RBF C-SVC with C = 10 and gamma =
 * 'scale' or 0.01, one-vs-one. Fit seconds exclude JVM start-up; a first untimed pass over the folds warms the JIT up.
 */
public final class DigitsHarness {
    private DigitsHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/sklearn/digits.csv.gz");
        Path folds = Path.of(args.length > 1 ? args[1] : "/tmp/digits-10fold.csv");
        Dataset all = load(data);
        int[] fold = readFolds(folds, all.rows());
        run(all, fold, "gamma=scale", k -> new ScaledGammaSvm(Kernel.Rbf::new, 10, Multiclass.ONE_VS_ONE));
        run(all, fold, "gamma=0.01", k -> new KernelSvm(new Kernel.Rbf(0.01), 10));
    }

    private static void run(Dataset all, int[] fold, String label, IntFunction<Learner> learner) {
        int k = 10;
        double[] acc = new double[k];
        double[] secs = new double[k];
        int[] nsv = new int[k];
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms the JIT up; pass 1 is reported
            for (int f = 0; f < k; f++) {
                Dataset train = all.subset(rowsWhere(fold, f, false));
                Dataset test = all.subset(rowsWhere(fold, f, true));
                Standardizer s = Standardizer.fit(train);
                train = s.apply(train);
                test = s.apply(test);
                long t0 = System.nanoTime();
                KernelModel m = (KernelModel) learner.apply(train.numClasses()).fit(train, new SplittableRandom(0), new History());
                secs[f] = (System.nanoTime() - t0) / 1e9;
                acc[f] = KernelSvmTest.accuracy(m, test);
                nsv[f] = m.numSupportVectors();
            }
        }
        System.out.printf(Locale.ROOT, "KernelSvm(rbf, C=10, %s): accuracy %.4f ± %.4f, fit %.4f s/fold (mean)%n",
                label, versus.math.Vectors.mean(acc), sd(acc), versus.math.Vectors.mean(secs));
        System.out.println("  accuracy per fold: " + join(acc));
        System.out.println("  fit s per fold:    " + join(secs));
        StringBuilder b = new StringBuilder();
        for (int n : nsv) {
            b.append(n).append(' ');
        }
        System.out.println("  support vectors:   " + b.toString().trim());
        System.out.println();
    }

    /** The rows whose fold is (or, with {@code in} false, is not) {@code f}. */
    private static int[] rowsWhere(int[] fold, int f, boolean in) {
        int n = 0;
        for (int v : fold) {
            n += (v == f) == in ? 1 : 0;
        }
        int[] rows = new int[n];
        n = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == in) {
                rows[n++] = i;
            }
        }
        return rows;
    }

    private static Dataset load(Path p) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double[] v = new double[f.length];
                for (int j = 0; j < f.length; j++) {
                    v[j] = Double.parseDouble(f[j]);
                }
                rows.add(v);
            }
        }
        int cols = rows.get(0).length - 1;
        double[] x = new double[rows.size() * cols];
        int[] y = new int[rows.size()];
        for (int i = 0; i < y.length; i++) {
            System.arraycopy(rows.get(i), 0, x, i * cols, cols);
            y[i] = (int) rows.get(i)[cols];
        }
        return KernelSvmTest.data(cols, x, y, 10);
    }

    private static int[] readFolds(Path p, int n) throws IOException {
        List<String> lines = Files.readAllLines(p);
        int[] fold = new int[n];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            fold[Integer.parseInt(f[0])] = Integer.parseInt(f[1]);
        }
        return fold;
    }

    private static double sd(double[] v) {
        double m = versus.math.Vectors.mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(String.format(Locale.ROOT, "%.4f ", d));
        }
        return b.toString().trim();
    }
}
