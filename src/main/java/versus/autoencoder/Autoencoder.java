package versus.autoencoder;

import java.util.LinkedHashMap;
import java.util.Map;
import versus.compute.Pca;
import versus.model.Classifier;
import versus.model.Mlp;
import versus.objective.ReconstructionObjective;

/**
 * A trained autoencoder as evaluation sees it: the network, read at its code layer, and a
 * classifier (the probe) fitted on the standardized training codes, so that {@link #scores} are
 * the probe's class scores of {@code code(x)}. The reconstruction errors of the network and of
 * {@link Pca} with the same code width, both fitted on the training part only, are its
 * diagnostics (training part) and test diagnostics (test part). Not thread-safe (scratch buffers).
 */
public final class Autoencoder implements Classifier {
    /** Diagnostic names: mean squared reconstruction error per entry, in the standardized space the network saw. */
    public static final String TRAIN_ERROR = "reconstruction-mse-train";
    public static final String TEST_ERROR = "reconstruction-mse-test";
    public static final String PCA_TRAIN_ERROR = "pca-mse-train";
    public static final String PCA_TEST_ERROR = "pca-mse-test";
    /** Test accuracy of the same probe fitted on the PCA codes instead: what the network's codes add. */
    public static final String PCA_PROBE_ACCURACY = "pca-probe-accuracy";

    private final Mlp network;
    private final int codeLayer;
    private final Probe probe;
    private final Pca pca;
    private final Probe pcaProbe;
    private final Map<String, Double> diagnostics;
    private final double[] code;

    /**
     * @param probe    fitted on the network's training codes
     * @param pcaProbe fitted on the PCA codes of the same training rows
     */
    Autoencoder(Mlp network, int codeLayer, Probe probe, Pca pca, Probe pcaProbe, Map<String, Double> diagnostics) {
        this.network = network;
        this.codeLayer = codeLayer;
        this.probe = probe;
        this.pca = pca;
        this.pcaProbe = pcaProbe;
        this.diagnostics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics)); // keeps the column order
        this.code = new double[codeWidth()];
    }

    /** The trained network (inputs -> hidden layers -> inputs). */
    public Mlp network() { return network; }

    /** The 0-based hidden layer whose outputs are the codes. */
    public int codeLayer() { return codeLayer; }

    public int codeWidth() { return network.hidden()[codeLayer]; }

    /** PCA of the training part with {@link #codeWidth()} components (fewer if the data have fewer columns). */
    public Pca pca() { return pca; }

    /** The code of the row {@code x[offset ..]}: the outputs of the code layer, into {@code out[0 .. codeWidth-1]}. */
    public void encode(double[] x, int offset, double[] out) {
        network.hiddenOutputs(codeLayer, x, offset, out);
    }

    /** The network's reconstruction of the row {@code x[offset ..]} into {@code out[0 .. d-1]}. */
    public void reconstruct(double[] x, int offset, double[] out) {
        network.scores(x, offset, out);
    }

    /** The network's mean squared reconstruction error per entry over the {@code rows} rows of {@code x}. */
    public double meanSquaredError(double[] x, int rows) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        return ReconstructionObjective.meanLoss(network, x, network.inputDimension(), all);
    }

    @Override public int numClasses() { return probe.classifier().numClasses(); }
    @Override public int numScores() { return probe.classifier().numScores(); }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        encode(x, offset, code);
        probe.scores(code, out);
    }

    @Override public int decide(double[] scores) { return probe.classifier().decide(scores); }
    @Override public boolean hasProbabilities() { return probe.classifier().hasProbabilities(); }
    @Override public void probabilities(double[] scores, double[] out) { probe.classifier().probabilities(scores, out); }

    /** {@link #TRAIN_ERROR} and {@link #PCA_TRAIN_ERROR}. */
    @Override
    public Map<String, Double> diagnostics() {
        return diagnostics;
    }

    /** {@link #TEST_ERROR}, {@link #PCA_TEST_ERROR} and {@link #PCA_PROBE_ACCURACY} on the test rows. */
    @Override
    public Map<String, Double> testDiagnostics(double[] x, int[] labels, int rows) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(TEST_ERROR, meanSquaredError(x, rows));
        out.put(PCA_TEST_ERROR, pca.meanSquaredError(x, rows));
        out.put(PCA_PROBE_ACCURACY, pcaProbeAccuracy(x, labels, rows));
        return out;
    }

    private double pcaProbeAccuracy(double[] x, int[] labels, int rows) {
        int d = network.inputDimension();
        double[] pcaCode = new double[pca.components()];
        double[] scores = new double[numScores()];
        int right = 0;
        for (int i = 0; i < rows; i++) {
            pca.encode(x, i * d, pcaCode);
            pcaProbe.scores(pcaCode, scores);
            right += pcaProbe.classifier().decide(scores) == labels[i] ? 1 : 0;
        }
        return (double) right / rows;
    }
}
