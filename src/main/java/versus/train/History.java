package versus.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Per-epoch measurements of one training run ({@code train-loss}, {@code validation-loss},
 * {@code validation-error}, ...), in the order they were recorded. One instance per split.
 *
 * <p>Runs of many epochs are thinned so that a history stays small whatever the budget (a time
 * budget on tiny data runs hundreds of thousands of epochs): every epoch up to
 * {@value #DENSE_EPOCHS} is kept, then every 2nd up to twice that, every 4th up to four times,
 * and so on, about {@value #DENSE_EPOCHS}/2 more entries per doubling. Which epochs are kept
 * depends on the epoch alone, so every metric keeps the same ones.
 */
public final class History {
    /** One measurement; epochs count from 1. */
    public record Entry(int epoch, String metric, double value) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ParameterTrajectory trajectory;

    /** Epochs up to this are all kept. */
    public static final int DENSE_EPOCHS = 1000;

    public void add(int epoch, String metric, double value) {
        if (kept(epoch)) {
            entries.add(new Entry(epoch, metric, value));
        }
    }

    /** Whether epoch {@code e} is recorded: all up to DENSE_EPOCHS, then every 2^k-th between DENSE_EPOCHS 2^(k-1) and 2^k. */
    public static boolean kept(int e) {
        if (e <= DENSE_EPOCHS) {
            return true;
        }
        int k = 64 - Long.numberOfLeadingZeros((e - 1L) / DENSE_EPOCHS); // ceil(log2(e / DENSE_EPOCHS)) for e > DENSE_EPOCHS
        return e % (1 << Math.min(k, 30)) == 0;
    }

    /** A remark about the run (early stop, divergence) for the report. */
    public void note(String text) {
        notes.add(text);
    }

    /**
     * Asks the trainer to keep parameter snapshots of this run (at most {@code capacity} plus the
     * final parameters); only for the runs a figure draws, since each snapshot is a parameter vector.
     */
    public void recordTrajectory(int capacity) {
        trajectory = new ParameterTrajectory(capacity);
    }

    /** The parameter snapshots, when {@link #recordTrajectory} asked for them. */
    public Optional<ParameterTrajectory> trajectory() {
        return Optional.ofNullable(trajectory);
    }

    public List<Entry> entries() { return Collections.unmodifiableList(entries); }
    public List<String> notes() { return Collections.unmodifiableList(notes); }

    /** The values of one metric in epoch order. */
    public double[] series(String metric) {
        int count = 0;
        for (Entry e : entries) {
            if (e.metric().equals(metric)) {
                count++;
            }
        }
        double[] out = new double[count];
        int i = 0;
        for (Entry e : entries) {
            if (e.metric().equals(metric)) {
                out[i++] = e.value();
            }
        }
        return out;
    }
}
