package versus.eval;

import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.Dataset;

/**
 * A fixed train/test cut: rows {@code 0..trainRows-1} train, the rest test. The runner
 * concatenates a separate test file after the training file, so {@code trainRows} is the
 * training file's row count. One split; the generator is not used.
 *
 * @param trainRows number of leading training rows, at least 1
 */
public record TrainTest(int trainRows) implements Protocol {
    public TrainTest {
        if (trainRows < 1) {
            throw new IllegalArgumentException("trainRows must be >= 1, got " + trainRows);
        }
    }

    @Override
    public String name() { return "train-test"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        if (n <= trainRows) {
            throw new IllegalArgumentException("train-test: the data set has " + n + " rows, so no test rows follow the "
                    + trainRows + " training rows");
        }
        int[] train = Resampling.identity(trainRows);
        int[] test = new int[n - trainRows];
        for (int i = 0; i < test.length; i++) {
            test[i] = trainRows + i;
        }
        return List.of(new Split(0, 0, 0, train, test));
    }
}
