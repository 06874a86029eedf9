package versus.train;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.Classifier;

/**
 * Anything that turns a training set into a {@link Classifier}: a gradient-trained model, a
 * kernel SVM, a baseline from another library. Each call starts from scratch.
 */
public interface Learner {
    /** Trains on {@code train}, drawing all randomness from {@code rng}, recording into {@code history}. */
    Classifier fit(Dataset train, RandomGenerator rng, History history);
}
