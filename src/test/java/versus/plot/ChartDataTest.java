package versus.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import versus.eval.CurveArea;
import versus.eval.Predictions;
import versus.loss.LossCatalog;

/** What the figures plot, read back from the charts' series. */
class ChartDataTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** 6 rows, class 1 positive, P(class 1) with a tie between a positive and a negative. */
    private static Predictions sixRows() {
        int[] truth = {1, 1, 0, 1, 0, 0};
        double[] p1 = {0.9, 0.8, 0.8, 0.4, 0.3, 0.1};
        double[] prob = new double[12];
        int[] predicted = new int[6];
        for (int i = 0; i < 6; i++) {
            prob[2 * i] = 1 - p1[i];
            prob[2 * i + 1] = p1[i];
            predicted[i] = p1[i] >= 0.5 ? 1 : 0;
        }
        return new Predictions(2, truth, predicted, prob);
    }

    private static XYSeries only(XYChart c, String prefix) {
        return c.getSeriesCollection().stream().filter(s -> s.getName().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void rocRunsFromOriginToCornerWithTheMetricsAuc() {
        Figure f = RocCurve.figure(List.of(new Named<>("m", 0, sixRows())), List.of("neg", "pos"));
        XYChart c = (XYChart) f.panels().get(0);
        XYSeries s = only(c, "m");
        assertArrayEquals(new double[] {0, 0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1}, s.getXData(), 1e-12);
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 1, 1, 1}, s.getYData(), 1e-12);
        double auc = CurveArea.rocAuc(new double[] {0.4, 0.8, 0.9}, new double[] {0.1, 0.3, 0.8});
        assertEquals(String.format(java.util.Locale.ROOT, "m (AUC %.3f)", auc), s.getName());
    }

    @Test
    void prStaircaseAreaIsTheAveragePrecision() {
        Figure f = PrCurve.figure(List.of(new Named<>("m", 0, sixRows())), List.of("neg", "pos"));
        XYSeries s = only((XYChart) f.panels().get(0), "m");
        double[] x = s.getXData();
        double[] y = s.getYData();
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * y[i];
        }
        assertEquals(CurveArea.averagePrecision(new double[] {0.4, 0.8, 0.9}, new double[] {0.1, 0.3, 0.8}), area, 1e-12);
        assertEquals(1, x[x.length - 1], 0); // stops at full recall
    }

    @Test
    void curvesNeedProbabilitiesAndNameTheModelsWithout() {
        Predictions none = new Predictions(2, new int[] {0, 1}, new int[] {0, 1}, null);
        assertThrows(IllegalArgumentException.class, () -> RocCurve.figure(List.of(new Named<>("svm", 0, none)), List.of("a", "b")));
        Figure f = RocCurve.figure(List.of(new Named<>("svm", 0, none), new Named<>("lr", 1, sixRows())), List.of("a", "b"));
        assertTrue(((XYChart) f.panels().get(0)).getTitle().contains("no probabilities: svm"));
    }

    @Test
    void multiclassCurvesHaveOnePanelPerClass() {
        int[] truth = {0, 1, 2, 0, 1, 2};
        double[] prob = new double[18];
        for (int i = 0; i < 6; i++) {
            prob[3 * i + truth[i]] = 0.6;
            prob[3 * i + (truth[i] + 1) % 3] = 0.4;
        }
        Predictions p = new Predictions(3, truth, truth.clone(), prob);
        assertEquals(3, PrCurve.figure(List.of(new Named<>("m", 0, p)), List.of("a", "b", "c")).panels().size());
    }

    @Test
    void learningCurveIsTheMeanOverSplitsThatReachedEachEpoch() {
        List<Named<List<versus.train.History>>> h = FigureFilesTest.histories();
        assertEquals(List.of("train-loss", "validation-loss"), LearningCurve.metrics(h));
        XYChart c = LearningCurve.chart("train-loss", h);
        XYSeries mean = only(c, "model 0 (3 splits)");
        assertEquals(20, mean.getXData().length);
        assertEquals((1.0 + 0.01 * 0 + 1.0 + 0.01 + 1.0 + 0.02) / 3, mean.getYData()[0], 1e-12);
        assertEquals(1 / 20.0 + 0.005, mean.getYData()[19], 1e-12); // epochs 13..20: two splits
        assertEquals(mean.getLineColor(), Palette.forModel(0));
        assertEquals(only(c, "model 1 (").getLineColor(), Palette.forModel(1));
    }

    @Test
    void objectiveVersusTimePutsTheMeanObjectiveAtTheMeanElapsedSecondsOfEachEpoch() {
        List<versus.train.History> splits = new java.util.ArrayList<>();
        for (int s = 0; s < 2; s++) {
            versus.train.History h = new versus.train.History();
            for (int e = 1; e <= 4; e++) {
                h.add(e, "objective", 1.0 / e + 0.1 * s);
                h.add(e, LearningCurve.ELAPSED, 0.5 * e * (1 + s));
            }
            splits.add(h);
        }
        versus.train.History noClock = new versus.train.History();
        noClock.add(1, "objective", 3);
        List<Named<List<versus.train.History>>> models = List.of(new Named<>("gd", 0, splits), new Named<>("svm", 1, List.of(noClock)));
        XYChart c = LearningCurve.versusTime("objective", models);
        XYSeries gd = only(c, "gd (2 splits)");
        assertArrayEquals(new double[] {0.75, 1.5, 2.25, 3.0}, gd.getXData(), 1e-12);
        assertArrayEquals(new double[] {1.05, 0.55, 1.0 / 3 + 0.05, 0.3}, gd.getYData(), 1e-12);
        assertEquals(Palette.forModel(0), gd.getLineColor());
        assertTrue(c.getSeriesCollection().stream().noneMatch(s -> s.getName().startsWith("svm")), "no times, no curve");
        assertTrue(c.getSeriesCollection().stream().anyMatch(s -> s.getName().equals("gd band")));
        // timings are not drawn per epoch
        assertEquals(List.of("objective"), LearningCurve.metrics(List.of(new Named<>("gd", 0, splits))));
    }

    @Test
    void surrogateLossesDrawEveryCatalogLossWithZeroOneAsAStep() {
        XYChart c = SurrogateLosses.chart();
        assertEquals(List.copyOf(LossCatalog.marginLosses().keySet()), c.getSeriesCollection().stream().map(XYSeries::getName).toList());
        XYSeries zeroOne = c.getSeries("zero-one");
        double[] x = zeroOne.getXData();
        double[] y = zeroOne.getYData();
        int at = java.util.Arrays.binarySearch(x, 0.0);
        assertEquals(1, y[at], 0);
        assertEquals(0, y[at + 1], 0);
        assertEquals(Math.nextUp(0.0), x[at + 1], 0);
        assertEquals(Palette.BLACK, zeroOne.getLineColor());
        // a variant keeps its base loss's colour
        assertEquals(c.getSeries("logistic").getLineColor(), c.getSeries("logistic2").getLineColor());
    }

    @Test
    void activationsSkipMaxoutAndDrawPreluAtItsStartingSlope() {
        List<String> names = Activations.plottable(versus.model.ActivationCatalog.names());
        assertTrue(names.contains("prelu"));
        assertTrue(!names.contains("maxout"));
        XYChart prelu = Activations.panel("prelu");
        XYSeries f = prelu.getSeries("f(z)");
        int at = java.util.Arrays.binarySearch(f.getXData(), -2.0);
        assertEquals(-0.5, f.getYData()[at], 1e-12);
        XYSeries df = prelu.getSeries("f'(z)");
        assertEquals(0.25, df.getYData()[at], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Activations.panel("maxout"));
    }

    @Test
    void foldQuantilesInterpolateLikeRType7() {
        double[] v = {1, 2, 3, 4};
        assertEquals(1.75, FoldScores.quantile(v, 0.25), 1e-12);
        assertEquals(2.5, FoldScores.quantile(v, 0.5), 1e-12);
        assertEquals(3.25, FoldScores.quantile(v, 0.75), 1e-12);
        assertEquals(7, FoldScores.quantile(new double[] {7}, 0.75), 0);
    }

    @Test
    void decisionBoundaryMarksSupportVectorsAndViolatorsOfAMarginModel() {
        var train = TestModels.moons(60, 9);
        XYChart panel = DecisionBoundary.panel("lin", TestModels.linear(1, -2, 0.3), train, null, 0, 1, new double[] {0, 0});
        XYSeries sv = only(panel, "support vectors: ");
        int expected = 0;
        double[] s = new double[1];
        for (int i = 0; i < train.rows(); i++) {
            TestModels.linear(1, -2, 0.3).scores(train.features(), train.offset(i), s);
            if ((train.label(i) == 1 ? 1 : -1) * s[0] <= 1 + 1e-6) {
                expected++;
            }
        }
        assertEquals(expected, sv.getXData().length);
        assertEquals(1, panel.getSeriesCollection().stream()
                .filter(x -> x.getName().equals("margins f = \u00b11, 2/||w|| = " + Style.number(2 / Math.sqrt(5)))).count());
        XYChart mlp = DecisionBoundary.panel("mlp", TestModels.mlp(2, 3), train, null, 0, 1, new double[] {0, 0});
        assertTrue(mlp.getSeriesCollection().stream().map(XYSeries::getName).noneMatch(k -> k.startsWith("support") || k.startsWith("margins")));
    }

    @Test
    void largeDataAreThinnedForDrawingAndEveryDrawnViolatorIsCircled() {
        var train = TestModels.moons(1500, 4);
        var svm = TestModels.rbfSvm(train);
        XYChart panel = DecisionBoundary.panel("rbf", svm, train, null, 0, 1, new double[] {0, 0});
        assertTrue(panel.getTitle().contains("every 2nd point"), panel.getTitle());
        int drawn = only(panel, "train 0").getXData().length + only(panel, "train 1").getXData().length;
        assertEquals(750, drawn);
        XYSeries sv = only(panel, "support vectors: " + ((versus.svm.KernelModel) svm).numSupportVectors());
        XYSeries viol = only(panel, "violators: ");
        java.util.Set<String> circled = new java.util.HashSet<>();
        for (int i = 0; i < sv.getXData().length; i++) {
            circled.add(sv.getXData()[i] + "," + sv.getYData()[i]);
        }
        for (int i = 0; i < viol.getXData().length; i++) {
            assertTrue(circled.contains(viol.getXData()[i] + "," + viol.getYData()[i]));
        }
    }

    @Test
    void paletteIsOkabeItoAndStablePerIndex() {
        assertEquals(new java.awt.Color(0x0072B2), Palette.forModel(0));
        assertEquals(Palette.forModel(3), Palette.forModel(3 + Palette.size()));
        java.util.Set<Integer> rgb = new java.util.HashSet<>();
        for (int i = 0; i < Palette.size(); i++) {
            rgb.add(Palette.forModel(i).getRGB() & 0xFFFFFF);
        }
        assertEquals(java.util.Set.of(0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000), rgb);
    }
}
