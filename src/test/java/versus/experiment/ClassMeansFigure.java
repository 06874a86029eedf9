package versus.experiment;

import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import versus.data.Dataset;
import versus.eval.Outcome;
import versus.plot.Figure;

/**
 * A figure kind that lives outside the suite, registered by one line in
 * {@code src/test/resources/META-INF/services/versus.experiment.FigureKind}: {@code class-means}
 * draws each class's mean of every feature of a data set as grouped bars. It shows that a kind
 * needs nothing but its own class (see {@link FigureKinds}).
 */
public final class ClassMeansFigure extends PerDatasetFigure {
    public ClassMeansFigure() {
        super("class-means", "each class's mean of every feature, as grouped bars (a test-only kind)");
    }

    /** means[c][j]: the mean of feature j over the rows of class c (NaN for a class without rows). */
    static double[][] means(Dataset d) {
        double[][] sums = new double[d.numClasses()][d.cols()];
        int[] counts = new int[d.numClasses()];
        for (int i = 0; i < d.rows(); i++) {
            int c = d.label(i);
            counts[c]++;
            for (int j = 0; j < d.cols(); j++) {
                sums[c][j] += d.get(i, j);
            }
        }
        for (int c = 0; c < sums.length; c++) {
            for (int j = 0; j < d.cols(); j++) {
                sums[c][j] = counts[c] == 0 ? Double.NaN : sums[c][j] / counts[c];
            }
        }
        return sums;
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec spec, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        Dataset d = l.data();
        double[][] means = means(d);
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title("Class means on " + l.spec().name())
                .xAxisTitle("feature").yAxisTitle("mean").build();
        for (int c = 0; c < means.length; c++) {
            chart.addSeries(d.classNames().get(c), d.featureNames(), java.util.Arrays.stream(means[c]).boxed().toList());
        }
        return Optional.of(new FigureContext.Drawn(Figure.of(chart), "Class means of the features of " + l.spec().name()));
    }
}
