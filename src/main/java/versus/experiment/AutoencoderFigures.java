package versus.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import versus.autoencoder.Autoencoder;
import versus.compute.Pca;
import versus.data.Dataset;
import versus.data.Standardizer;
import versus.eval.Outcome;
import versus.plot.CodeScatter;
import versus.plot.Figure;
import versus.plot.Named;
import versus.plot.ReconstructionGrid;

/**
 * The autoencoder figures of split 0 ({@code codes}, {@code reconstructions}) from the trained
 * {@link Autoencoder}s kept in the outcomes, on the data as the models saw it.
 */
final class AutoencoderFigures {
    /** How many test images the reconstruction figure shows at most (the first test row of each class). */
    static final int IMAGES = 10;
    /** At most this many training (and test) points per codes panel: keeps the SVG well under 2 MB. */
    static final int MAX_POINTS = 2500;

    private AutoencoderFigures() {
    }

    static boolean isSquare(int n) {
        int side = (int) Math.round(Math.sqrt(n));
        return side * side == n;
    }

    /** The split-0 autoencoders among the outcomes, named and coloured as in the other figures. */
    static List<Named<Autoencoder>> autoencoders(List<Outcome> outcomes, java.util.function.ToIntFunction<String> colour) {
        List<Named<Autoencoder>> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.split().index() == 0 && o.classifier() instanceof Autoencoder a) {
                out.add(new Named<>(o.model(), colour.applyAsInt(o.model()), a));
            }
        }
        return out;
    }

    /**
     * One panel per autoencoder: the codes of split 0's training and test rows, the code units
     * themselves when the code has one or two units (one unit: against the class), else the first
     * two principal components of the training codes.
     */
    static Figure codes(List<Named<Autoencoder>> models, PreparedSplit data) {
        List<org.knowm.xchart.XYChart> panels = new ArrayList<>();
        for (Named<Autoencoder> m : models) {
            Autoencoder a = m.value();
            int w = a.codeWidth();
            double[] trainCodes = codes(a, data.train());
            double[] testCodes = codes(a, data.test());
            String x = "code unit 1";
            String y = w == 1 ? "class" : "code unit 2";
            CodeScatter.Points train;
            CodeScatter.Points test;
            if (w <= 2) {
                train = plane(trainCodes, w, data.train().labels());
                test = plane(testCodes, w, data.test().labels());
            } else {
                Pca pca = Pca.fit(trainCodes, data.train().rows(), w, 2);
                train = projected(pca, trainCodes, w, data.train().labels());
                test = projected(pca, testCodes, w, data.test().labels());
                x = "principal component 1 of the " + w + "-unit codes";
                y = "principal component 2 of the codes";
            }
            int stride = Math.max(stride(train), stride(test));
            panels.add(CodeScatter.chart(m.name() + " (layer " + a.codeLayer() + ", width " + w + "; filled: train, rings: test"
                    + (stride > 1 ? "; one row in " + stride : "") + ")", x, y, every(train, stride), every(test, stride),
                    data.train().classNames()));
        }
        return Figure.grid(panels);
    }

    /**
     * The first test image of each class (up to {@link #IMAGES}), then each autoencoder's
     * reconstruction and PCA's with each code width, in the data's own units (standardization undone).
     */
    static Figure reconstructions(List<Named<Autoencoder>> models, PreparedSplit data) {
        Dataset test = data.test();
        int d = test.cols();
        int side = (int) Math.round(Math.sqrt(d));
        int[] rows = firstOfEachClass(test);
        List<ReconstructionGrid.Strip> strips = new ArrayList<>();
        double[] originals = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(test.features(), rows[i] * d, originals, i * d, d);
        }
        List<String> labels = new ArrayList<>();
        for (int r : rows) {
            labels.add(test.classNames().get(test.label(r)));
        }
        strips.add(new ReconstructionGrid.Strip("test images of split 0 (classes " + String.join(", ", labels) + ")",
                raw(originals, data.standardizer(), d)));
        Set<Integer> widths = new LinkedHashSet<>();
        double[] out = new double[rows.length * d];
        double[] one = new double[d];
        for (Named<Autoencoder> m : models) {
            Autoencoder a = m.value();
            for (int i = 0; i < rows.length; i++) {
                a.reconstruct(test.features(), rows[i] * d, one);
                System.arraycopy(one, 0, out, i * d, d);
            }
            strips.add(new ReconstructionGrid.Strip(m.name() + " (code width " + a.codeWidth() + "), test mse "
                    + number(a.meanSquaredError(test.features(), test.rows())), raw(out, data.standardizer(), d)));
            widths.add(a.codeWidth());
        }
        for (int w : widths) {
            Pca pca = Pca.fit(data.train().features(), data.train().rows(), d, w);
            double[] code = new double[pca.components()];
            for (int i = 0; i < rows.length; i++) {
                pca.reconstruct(test.features(), rows[i] * d, code, one);
                System.arraycopy(one, 0, out, i * d, d);
            }
            strips.add(new ReconstructionGrid.Strip("PCA(" + w + ") fitted on the training part, test mse "
                    + number(pca.meanSquaredError(test.features(), test.rows())), raw(out, data.standardizer(), d)));
        }
        return ReconstructionGrid.figure(strips, side, rows.length);
    }

    /** The row step that keeps at most {@link #MAX_POINTS} points of a part (1: all). */
    private static int stride(CodeScatter.Points p) {
        return Math.max(1, (p.labels().length + MAX_POINTS - 1) / MAX_POINTS);
    }

    /** Every {@code stride}-th point, from the first. */
    private static CodeScatter.Points every(CodeScatter.Points p, int stride) {
        if (stride == 1) {
            return p;
        }
        int n = (p.labels().length + stride - 1) / stride;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.x()[i * stride];
            y[i] = p.y()[i * stride];
            labels[i] = p.labels()[i * stride];
        }
        return new CodeScatter.Points(x, y, labels);
    }

    /** The codes of every row of {@code d}, row-major. */
    static double[] codes(Autoencoder a, Dataset d) {
        int w = a.codeWidth();
        double[] out = new double[d.rows() * w];
        double[] code = new double[w];
        for (int i = 0; i < d.rows(); i++) {
            a.encode(d.features(), d.offset(i), code);
            System.arraycopy(code, 0, out, i * w, w);
        }
        return out;
    }

    private static CodeScatter.Points plane(double[] codes, int w, int[] labels) {
        int n = labels.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = codes[i * w];
            y[i] = w == 1 ? labels[i] : codes[i * w + 1];
        }
        return new CodeScatter.Points(x, y, labels);
    }

    private static CodeScatter.Points projected(Pca pca, double[] codes, int w, int[] labels) {
        int n = labels.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] pc = new double[2];
        for (int i = 0; i < n; i++) {
            pca.encode(codes, i * w, pc);
            x[i] = pc[0];
            y[i] = pc[1];
        }
        return new CodeScatter.Points(x, y, labels);
    }

    /** The first test row of each class in class order, or the first rows when there are more than {@link #IMAGES} classes. */
    private static int[] firstOfEachClass(Dataset test) {
        List<Integer> rows = new ArrayList<>();
        for (int c = 0; c < test.numClasses() && rows.size() < IMAGES; c++) {
            for (int i = 0; i < test.rows(); i++) {
                if (test.label(i) == c) {
                    rows.add(i);
                    break;
                }
            }
        }
        if (test.numClasses() > IMAGES) {
            rows.clear();
            for (int i = 0; i < Math.min(IMAGES, test.rows()); i++) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Standardized pixels back in the data's units: {@code x = mean + scale * z}. */
    private static double[] raw(double[] z, Standardizer st, int d) {
        double[] out = z.clone();
        if (st == null) {
            return out;
        }
        double[] mean = st.means();
        double[] scale = st.scales();
        for (int i = 0; i < out.length; i++) {
            out[i] = mean[i % d] + scale[i % d] * out[i];
        }
        return out;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /**
     * Writes {@code codes.csv} into the results folder being written: the codes of every
     * autoencoder on split 0 of each data set, training rows then test rows.
     */
    static void writeCodes(Runner.Prepared prepared, versus.report.RunRecord run, java.nio.file.Path folder) throws java.io.IOException {
        List<versus.report.CodesCsv.Block> blocks = new ArrayList<>();
        for (Runner.Loaded l : prepared.data()) {
            List<Outcome> mine = new ArrayList<>();
            run.outcomes().stream().filter(o -> o.dataset().equals(l.spec().name())).forEach(mine::add);
            List<Named<Autoencoder>> models = autoencoders(mine, name -> 0);
            if (models.isEmpty()) {
                continue;
            }
            PreparedSplit data = PreparedSplit.of(l);
            int[] train = data.split().train();
            int[] test = data.split().test();
            int n = train.length + test.length;
            int[] rows = new int[n];
            boolean[] isTest = new boolean[n];
            List<String> labels = new ArrayList<>(n);
            System.arraycopy(train, 0, rows, 0, train.length);
            System.arraycopy(test, 0, rows, train.length, test.length);
            for (int i = 0; i < n; i++) {
                isTest[i] = i >= train.length;
                labels.add(l.data().classNames().get(l.data().label(rows[i])));
            }
            for (Named<Autoencoder> m : models) {
                double[] trainCodes = codes(m.value(), data.train());
                double[] testCodes = codes(m.value(), data.test());
                double[] all = new double[trainCodes.length + testCodes.length];
                System.arraycopy(trainCodes, 0, all, 0, trainCodes.length);
                System.arraycopy(testCodes, 0, all, trainCodes.length, testCodes.length);
                blocks.add(new versus.report.CodesCsv.Block(l.spec().name(), m.name(), 0, rows, isTest, labels, all,
                        m.value().codeWidth()));
            }
        }
        versus.report.CodesCsv.write(folder.resolve("codes.csv"), blocks);
    }
}
