package versus.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parameter snapshots of one training run, for figures that need the path the optimizer took
 * (the PCA plane of Li et al. 2018, Section 7; the interpolation from the initial to the trained
 * parameters of Goodfellow, Vinyals and Saxe 2015). Opt-in: the {@link Trainer} records into it
 * only when the run's {@link History} carries one.
 *
 * <p>Memory is bounded by {@code capacity} snapshots plus the final one, whatever the number of
 * epochs: it keeps the initial parameters (epoch 0) and every {@code stride}-th epoch; when full
 * it drops every other snapshot (the survivors are the multiples of twice the stride) and doubles
 * the stride, reusing the dropped arrays. The final parameters (after iterate averaging or the
 * early-stopping restore) come last, unless they equal the last snapshot.
 */
public final class ParameterTrajectory {
    /** Snapshots kept by default: enough for a smooth projected path, at most 100 parameter vectors. */
    public static final int DEFAULT_CAPACITY = 100;

    private final int capacity;
    private final double[][] slots;
    private final int[] epochs;
    private int count;
    private int stride = 1;
    private double[] last;

    /** @param capacity at least 2 snapshots kept before the final one */
    public ParameterTrajectory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a trajectory keeps at least 2 snapshots, got capacity " + capacity);
        }
        this.capacity = capacity;
        this.slots = new double[capacity][];
        this.epochs = new int[capacity];
    }

    /** Records the parameters after {@code epoch} (0: before training) if the epoch is on the current stride. */
    void offer(int epoch, double[] params) {
        if (epoch % stride != 0) {
            return;
        }
        if (count == capacity) {
            thin();
            if (epoch % stride != 0) {
                return;
            }
        }
        if (slots[count] == null) {
            slots[count] = new double[params.length];
        }
        System.arraycopy(params, 0, slots[count], 0, params.length);
        epochs[count] = epoch;
        count++;
    }

    /** Keeps the snapshots at even positions (epochs 0, 2 stride, 4 stride, ...) and doubles the stride. */
    private void thin() {
        int kept = 0;
        for (int i = 0; i < count; i += 2) {
            double[] keep = slots[i];
            slots[i] = slots[kept];
            slots[kept] = keep;
            epochs[kept] = epochs[i];
            kept++;
        }
        count = kept;
        stride *= 2;
    }

    /** The parameters training returns; the last snapshot. */
    void finish(double[] params) {
        last = params.clone();
    }

    /** Initial parameters, the recorded epochs in order, then the final parameters: copies. */
    public List<double[]> snapshots() {
        List<double[]> out = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            out.add(slots[i].clone());
        }
        if (last != null && (count == 0 || !Arrays.equals(last, slots[count - 1]))) {
            out.add(last.clone());
        }
        return out;
    }

    /** The epoch of each recorded snapshot (0 = initial), without the final one. */
    public int[] epochs() {
        return Arrays.copyOf(epochs, count);
    }

    /** The parameters before training, or null when nothing was recorded. */
    public double[] initial() {
        return count == 0 ? null : slots[0].clone();
    }

    /** The most snapshots held at once, before the final one. */
    public int capacity() {
        return capacity;
    }
}
