package versus.train;

import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.model.FixedNetwork;

/** "Training" a fixed network: nothing is learned; the layers are checked against the data and used as given. */
public record FixedLearner(List<FixedNetwork.Layer> layers) implements Learner {
    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        FixedNetwork net = new FixedNetwork(layers, train.numClasses());
        if (net.inputDimension() != train.cols()) {
            throw new IllegalArgumentException("the first layer takes " + net.inputDimension() + " inputs and the data have "
                    + train.cols() + " features");
        }
        history.note("fixed weights: not trained");
        return net;
    }
}
