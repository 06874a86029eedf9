package versus.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Per-epoch measurements of one training run ({@code train-loss}, {@code validation-loss},
 * {@code validation-error}, ...), in the order they were recorded. One instance per split.
 */
public final class History {
    /** One measurement; epochs count from 1. */
    public record Entry(int epoch, String metric, double value) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ParameterTrajectory trajectory;

    public void add(int epoch, String metric, double value) {
        entries.add(new Entry(epoch, metric, value));
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
