package versus.model;

import java.util.List;

/**
 * A feed-forward network whose weights and thresholds are given, not learned: the notes'
 * hand-built threshold units (McCulloch and Pitts 1943; Minsky and Papert's XOR from
 * perceptrons). Layer l computes {@code a_l = f_l(W_l a_{l-1} + b_l)}, typically with step or sign.
 *
 * <p>Decision: with one output, class 1 when the output is at least the midpoint of the output
 * activation's range ((f(+inf) + f(-inf)) / 2: 1/2 for step and sigmoid, 0 for sign, tanh and
 * identity); with several outputs, the argmax. Not thread-safe (scratch buffers).
 */
public final class FixedNetwork implements Classifier {
    /** One layer: {@code weights[j]} holds the fan-in weights of unit j. */
    public record Layer(double[][] weights, double[] biases, Activation activation) {
        public Layer {
            if (weights.length == 0 || weights.length != biases.length) {
                throw new IllegalArgumentException("a layer needs one bias per unit: " + weights.length + " weight rows, "
                        + biases.length + " biases");
            }
            for (double[] row : weights) {
                if (row.length != weights[0].length) {
                    throw new IllegalArgumentException("every weight row of a layer must have the same length (its fan-in)");
                }
            }
        }

        public int fanIn() { return weights[0].length; }
        public int units() { return weights.length; }
    }

    private final List<Layer> layers;
    private final int numClasses;
    private final double[][] activations;
    private final double threshold;

    public FixedNetwork(List<Layer> layers, int numClasses) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a fixed network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).fanIn() != layers.get(l - 1).units()) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has fan-in " + layers.get(l).fanIn() + " but layer " + l
                        + " has " + layers.get(l - 1).units() + " units");
            }
        }
        int outputs = layers.get(layers.size() - 1).units();
        if (outputs != 1 && outputs != numClasses) {
            throw new IllegalArgumentException("the last layer has " + outputs + " units; it needs 1 (two classes) or one per class ("
                    + numClasses + ")");
        }
        this.layers = List.copyOf(layers);
        this.numClasses = numClasses;
        this.activations = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            activations[l] = new double[layers.get(l).units()];
        }
        Activation out = layers.get(layers.size() - 1).activation();
        this.threshold = (out.value(1e300) + out.value(-1e300)) / 2;
    }

    /** Number of inputs the first layer takes. */
    public int inputDimension() { return layers.get(0).fanIn(); }

    public List<Layer> layers() { return layers; }

    /** The activations of layer {@code l} (0-based) for the last row scored. */
    public double[] activations(int l) { return activations[l].clone(); }

    @Override public int numClasses() { return numClasses; }
    @Override public int numScores() { return activations[activations.length - 1].length; }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        double[] in = x;
        int inOff = offset;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            double[] a = activations[l];
            for (int j = 0; j < layer.units(); j++) {
                double z = layer.biases()[j];
                double[] w = layer.weights()[j];
                for (int i = 0; i < w.length; i++) {
                    z += w[i] * in[inOff + i];
                }
                a[j] = layer.activation().value(z);
            }
            in = a;
            inOff = 0;
        }
        System.arraycopy(in, 0, out, 0, out.length);
    }

    @Override
    public int decide(double[] scores) {
        if (scores.length == 1) {
            return scores[0] >= threshold ? 1 : 0;
        }
        return versus.math.Vectors.argmax(scores, scores.length);
    }

    @Override public boolean hasProbabilities() { return false; }

    @Override
    public void probabilities(double[] scores, double[] out) {
        throw new UnsupportedOperationException("a fixed threshold network has no probabilities");
    }
}
