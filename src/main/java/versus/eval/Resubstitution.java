package versus.eval;

import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * Trains and tests on every row: the resubstitution (training-set) estimate. It is optimistic
 * for any model that can fit noise, so it exists for the cases where the training set is the
 * question, such as whether a model can represent a truth table (XOR and the linear models).
 */
public record Resubstitution() implements Protocol {
    @Override
    public String name() { return "resubstitution"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int[] all = Resampling.identity(data.rows());
        return List.of(new Split(0, 0, 0, all, all.clone()));
    }
}
