package versus.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import versus.data.Dataset;
import versus.eval.ConfusionMatrix;
import versus.eval.Predictions;
import versus.model.Classifier;
import versus.optim.Adam;
import versus.optim.Minimizer;
import versus.optim.Schedule;
import versus.optim.Sgd;
import versus.train.History;

/** Every figure writes a readable PNG of its own size and an SVG within the size budget. */
class FigureFilesTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final long SVG_BUDGET = 2L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void decisionBoundaryOfFourModelsOn80x80MeshesStaysUnderTwoMegabytes() throws IOException {
        Dataset train = TestModels.moons(200, 1);
        Dataset test = TestModels.moons(60, 2);
        Figure f = DecisionBoundary.figure(TestModels.four(train), train, test);
        assertEquals(4, f.panels().size());
        assertEquals(2, f.columns());
        List<Path> written = FigureWriter.write(f, dir, "decision-boundary");
        assertPng(written.get(0), f.width(), f.height());
        long svg = Files.size(written.get(1));
        assertTrue(svg > 10_000 && svg < SVG_BUDGET, "SVG size " + svg);
    }

    @Test
    void everyFigureWritesPngAndSvg() throws IOException {
        Dataset train = TestModels.moons(120, 3);
        Dataset test = TestModels.moons(40, 4);
        List<Named<Classifier>> three = Named.inOrder(List.of("a", "b", "c"),
                List.of(TestModels.mlp(3, 1), TestModels.mlp(3, 2), TestModels.mlp(3, 7)));
        Dataset blobs = threeClasses(train);
        List<Named<Predictions>> binary = predictions(TestModels.four(train), test);
        List<Named<Predictions>> multi = predictions(three, blobs);
        List<Named<Minimizer>> optimizers = List.of(new Named<>("gd", 0, new Sgd(new Schedule.Constant(0.05))),
                new Named<>("adam", 1, Adam.withRate(0.1)));
        List<Named<double[]>> runs = List.of(new Named<>("rate 0.1", 0, OptimizerPaths.iterates(new Sgd(new Schedule.Constant(0.1)), 3, 10)));
        Map<String, Supplier<Object>> figures = new java.util.LinkedHashMap<>();
        figures.put("decision-boundary-3class", () -> DecisionBoundary.figure(three, blobs, null));
        figures.put("surrogate-losses", SurrogateLosses::chart);
        figures.put("activations", Activations::figure);
        figures.put("learning-curve", () -> LearningCurve.figure(List.of("train-loss", "validation-loss"), histories()));
        figures.put("optimizer-paths", () -> OptimizerPaths.figure(TestFunctions.standard(), optimizers, 30));
        figures.put("parabola", () -> OptimizerPaths.parabola(runs));
        figures.put("confusion-matrix", () -> ConfusionMatrixPlot.figure(confusions(multi), blobs.classNames()));
        figures.put("roc", () -> RocCurve.figure(binary, train.classNames()));
        figures.put("roc-3class", () -> RocCurve.figure(multi, blobs.classNames()));
        figures.put("pr", () -> PrCurve.figure(binary, train.classNames()));
        figures.put("pr-3class", () -> PrCurve.figure(multi, blobs.classNames()));
        figures.put("fold-scores", () -> FoldScores.chart("accuracy", List.of(new Named<>("a", 0, new double[] {0.8, 0.85, 0.9}),
                new Named<>("b", 1, new double[] {0.7, 0.75, Double.NaN, 0.7}))));
        for (Map.Entry<String, Supplier<Object>> e : figures.entrySet()) {
            Object built = e.getValue().get();
            Figure f = built instanceof Figure fig ? fig : Figure.of((org.knowm.xchart.internal.chartpart.IChart) built);
            List<Path> written = FigureWriter.write(f, dir, e.getKey());
            assertPng(written.get(0), f.width(), f.height());
            long svg = Files.size(written.get(1));
            assertTrue(svg > 5_000 && svg < SVG_BUDGET, e.getKey() + " SVG size " + svg);
            assertTrue(Files.readString(written.get(1)).startsWith("<?xml"), e.getKey());
        }
    }

    @Test
    void singleChartsAreWrittenAtTheirOwnSize() throws IOException {
        XYChart c = SurrogateLosses.chart();
        List<Path> written = FigureWriter.write(c, dir, "losses");
        assertPng(written.get(0), Style.WIDTH, Style.HEIGHT);
        assertEquals(List.of(dir.resolve("losses.png"), dir.resolve("losses.svg")), written);
    }

    @Test
    void svgNumbersAreCutToTwoDecimals() {
        assertEquals("<path d=\"M56.96,290.92 L1.5,-0.0\"/>", FigureWriter.compact("<path d=\"M56.968750000000014,290.921875 L1.5,-0.0\"/>"));
    }

    private static void assertPng(Path png, int width, int height) throws IOException {
        var image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    /** The training points relabelled into three classes by angle, for multiclass figures. */
    private static Dataset threeClasses(Dataset d) {
        int[] y = new int[d.rows()];
        for (int i = 0; i < y.length; i++) {
            double angle = Math.atan2(d.get(i, 1) - 0.25, d.get(i, 0) - 0.5);
            y[i] = (int) Math.floorMod((long) Math.floor((angle + Math.PI) / (2 * Math.PI / 3)), 3L);
        }
        return Dataset.of("three", 2, d.features().clone(), y, List.of("a", "b", "c"));
    }

    static List<Named<Predictions>> predictions(List<Named<Classifier>> models, Dataset d) {
        return models.stream().map(m -> new Named<>(m.name(), m.colour(), TestModels.predict(m.value(), d))).toList();
    }

    private static List<Named<ConfusionMatrix>> confusions(List<Named<Predictions>> p) {
        return p.stream().map(m -> new Named<>(m.name(), m.colour(), ConfusionMatrix.of(m.value()))).toList();
    }

    /** Two models, three splits of made-up curves; one split stops early. */
    static List<Named<List<History>>> histories() {
        List<Named<List<History>>> out = new java.util.ArrayList<>();
        for (int m = 0; m < 2; m++) {
            List<History> splits = new java.util.ArrayList<>();
            for (int s = 0; s < 3; s++) {
                History h = new History();
                int epochs = s == 2 ? 12 : 20;
                for (int e = 1; e <= epochs; e++) {
                    h.add(e, "train-loss", (1 + m) / (double) e + 0.01 * s);
                    h.add(e, "validation-loss", (1.2 + m) / (double) e + 0.05 + 0.02 * s);
                }
                splits.add(h);
            }
            out.add(new Named<>("model " + m, m, splits));
        }
        return out;
    }
}
