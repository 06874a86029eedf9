package versus.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.data.Dataset;
import versus.data.TruthTable;
import versus.experiment.Main;
import versus.model.Activation;
import versus.model.FixedNetwork;
import versus.model.FixedNetwork.Layer;

/** Golden items G05-G11: the notes' hand-built threshold networks reproduce their truth tables exactly. */
class ThresholdNetworksTest {
    private static int[] outputs(FixedNetwork net, Dataset table) {
        int[] y = new int[table.rows()];
        double[] s = new double[net.numScores()];
        for (int i = 0; i < y.length; i++) {
            net.scores(table.features(), table.offset(i), s);
            y[i] = net.decide(s);
        }
        return y;
    }

    private static FixedNetwork net(Layer... layers) {
        return new FixedNetwork(List.of(layers), 2);
    }

    private static Layer layer(double[][] w, double[] b, Activation a) {
        return new Layer(w, b, a);
    }

    @Test
    void g05g06AndOrNeurons() {
        Dataset t = TruthTable.of("and", 2, TruthTable.Encoding.ZERO_ONE);
        assertArrayEquals(new int[] {0, 0, 0, 1}, outputs(net(layer(new double[][] {{1, 1}}, new double[] {-1.5}, new Activation.Step())), t));
        assertArrayEquals(new int[] {0, 1, 1, 1}, outputs(net(layer(new double[][] {{1, 1}}, new double[] {-0.5}, new Activation.Step())), t));
    }

    @Test
    void g07XorFromAndAndOr() {
        FixedNetwork xor = net(layer(new double[][] {{1, 1}, {1, 1}}, new double[] {-1.5, -0.5}, new Activation.Step()),
                layer(new double[][] {{-1, 1}}, new double[] {-0.5}, new Activation.Step()));
        Dataset t = TruthTable.of("xor", 2, TruthTable.Encoding.ZERO_ONE);
        assertArrayEquals(t.labels(), outputs(xor, t));
        assertArrayEquals(new int[] {0, 1, 1, 0}, outputs(xor, t));
    }

    @Test
    void g09McCullochPittsUnitPreActivationsAndOutputs() {
        Dataset t = TruthTable.of("x2 and (x1 or not x3)", 3, TruthTable.Encoding.PLUS_MINUS_ONE);
        FixedNetwork v = net(layer(new double[][] {{2, 4, -1}}, new double[] {-2}, new Activation.Identity()));
        double[] expectedV = {-7, -9, 1, -1, -3, -5, 5, 3}; // Table 3.6, rows in binary counting order
        double[] s = new double[1];
        for (int i = 0; i < 8; i++) {
            v.scores(t.features(), t.offset(i), s);
            assertEquals(expectedV[i], s[0], 0, "row " + i);
        }
        FixedNetwork unit = net(layer(new double[][] {{2, 4, -1}}, new double[] {-2}, new Activation.Sign()));
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 1, 1}, outputs(unit, t));
        assertArrayEquals(t.labels(), outputs(unit, t));
    }

    @Test
    void g10XorSignNetworkOfFigure311() {
        FixedNetwork xor = net(layer(new double[][] {{-1, 1}, {-1, 1}}, new double[] {1, -1}, new Activation.Sign()),
                layer(new double[][] {{-1, 1}}, new double[] {1}, new Activation.Sign()));
        Dataset t = TruthTable.of("xor", 2, TruthTable.Encoding.PLUS_MINUS_ONE);
        assertArrayEquals(new int[] {0, 1, 1, 0}, outputs(xor, t));
    }

    @Test
    void g11HomeworkTargetXorOfAndAndX3() {
        FixedNetwork hw = net(layer(new double[][] {{1, 1, -1}, {-1, -1, 2}}, new double[] {-2, -1}, new Activation.Sign()),
                layer(new double[][] {{1, 1}}, new double[] {1}, new Activation.Sign()));
        Dataset t = TruthTable.of("(x1 and x2) xor x3", 3, TruthTable.Encoding.PLUS_MINUS_ONE);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 1, 0}, t.labels()); // the G11 table
        assertArrayEquals(t.labels(), outputs(hw, t));
    }

    /** The same networks from experiments/threshold-networks.yaml, end to end: every table exact. */
    @Test
    void theBundledExperimentReproducesEveryTable(@TempDir Path dir) throws Exception {
        Path yaml = Path.of("experiments/threshold-networks.yaml");
        assertEquals(0, Main.execute("run", yaml.toString(), "--out", dir.resolve("out").toString(), "--quiet"));
        List<String> accuracy = Files.readAllLines(dir.resolve("out/summary.csv")).stream().filter(l -> l.contains(",accuracy,")).toList();
        assertEquals(6, accuracy.size());
        for (String line : accuracy) {
            assertEquals("1.0", line.split(",")[3], line);
        }
    }
}
