package versus.eval;

import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * How a data set is cut into train/test splits. Implementations are immutable validating
 * records; the same data and generator state give the same splits.
 */
public interface Protocol {
    /** Canonical name as accepted in YAML ({@code kfold}, {@code holdout}, ...). */
    String name();

    List<Split> splits(Dataset data, RandomGenerator rng);
}
