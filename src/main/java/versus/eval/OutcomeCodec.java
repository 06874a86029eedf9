package versus.eval;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import versus.train.History;

/**
 * A binary form of an {@link Outcome} holding everything the results folder needs from a task
 * (metric values in their order, history and notes, confusion matrix, per-row correctness, test
 * predictions, failure reason), with doubles as their exact bits so that a reused task writes the
 * same bytes as a fresh one. The trained classifier is not kept: figures that need it retrain
 * split 0. The split itself is not stored either, only its index; the reader supplies it.
 */
public final class OutcomeCodec {
    private static final String MAGIC = "versus-task-2";
    private static final String END = "end";

    private OutcomeCodec() {
    }

    public static void write(DataOutput out, Outcome o) throws IOException {
        string(out, MAGIC);
        string(out, o.dataset());
        string(out, o.model());
        out.writeInt(o.split().index());
        out.writeBoolean(o.failed());
        if (o.failed()) {
            string(out, o.failure());
        }
        out.writeInt(o.metrics().size());
        for (Map.Entry<String, Double> e : o.metrics().entrySet()) {
            string(out, e.getKey());
            out.writeDouble(e.getValue());
        }
        History h = o.history();
        out.writeInt(h.entries().size());
        for (History.Entry e : h.entries()) {
            out.writeInt(e.epoch());
            string(out, e.metric());
            out.writeDouble(e.value());
        }
        out.writeInt(h.notes().size());
        for (String note : h.notes()) {
            string(out, note);
        }
        out.writeBoolean(o.confusion() != null);
        if (o.confusion() != null) {
            long[][] counts = o.confusion().counts();
            out.writeInt(counts.length);
            for (long[] row : counts) {
                for (long v : row) {
                    out.writeLong(v);
                }
            }
        }
        out.writeBoolean(o.correct() != null);
        if (o.correct() != null) {
            out.writeInt(o.correct().length);
            for (boolean b : o.correct()) {
                out.writeBoolean(b);
            }
        }
        Predictions p = o.predictions();
        out.writeBoolean(p != null);
        if (p != null) {
            out.writeInt(p.numClasses());
            ints(out, p.truth());
            ints(out, p.predicted());
            out.writeBoolean(p.hasProbabilities());
            if (p.hasProbabilities()) {
                doubles(out, p.probabilities());
            }
            out.writeBoolean(p.hasRanking());
            if (p.hasRanking()) {
                doubles(out, p.ranking().scores());
                ints(out, p.ranking().groups());
                doubles(out, p.ranking().relevance());
            }
            out.writeBoolean(p.hasLabelSets());
            if (p.hasLabelSets()) {
                out.writeInt(p.labelSets().labels());
                bytes(out, p.labelSets().truth());
                bytes(out, p.labelSets().predicted());
            }
        }
        string(out, END);
    }

    /** Who a stored task belongs to, read before the rest so the caller can find its split. */
    public record Key(String dataset, String model, int split) {
    }

    /** Reads the key at the start of a stored task; then {@link #readRest} reads the remainder. */
    public static Key readKey(DataInput in) throws IOException {
        String magic = string(in);
        if (!magic.equals(MAGIC)) {
            throw new IOException("not a Versus task record (starts with '" + magic + "')");
        }
        return new Key(string(in), string(in), in.readInt());
    }

    /** The outcome whose key was just read, on {@code split}. */
    public static Outcome readRest(DataInput in, Key key, Split split) throws IOException {
        String failure = in.readBoolean() ? string(in) : null;
        int m = count(in);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            metrics.put(string(in), in.readDouble());
        }
        History history = new History();
        int entries = count(in);
        for (int i = 0; i < entries; i++) {
            int epoch = in.readInt();
            String metric = string(in);
            history.add(epoch, metric, in.readDouble());
        }
        int notes = count(in);
        for (int i = 0; i < notes; i++) {
            history.note(string(in));
        }
        ConfusionMatrix confusion = null;
        if (in.readBoolean()) {
            int k = count(in);
            long[][] counts = new long[k][k];
            for (long[] row : counts) {
                for (int j = 0; j < k; j++) {
                    row[j] = in.readLong();
                }
            }
            try {
                confusion = new ConfusionMatrix(counts);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        boolean[] correct = null;
        if (in.readBoolean()) {
            correct = new boolean[count(in)];
            for (int i = 0; i < correct.length; i++) {
                correct[i] = in.readBoolean();
            }
        }
        Predictions predictions = null;
        if (in.readBoolean()) {
            int k = in.readInt();
            int[] truth = ints(in);
            int[] predicted = ints(in);
            double[] probabilities = in.readBoolean() ? doubles(in) : null;
            Predictions.Ranking ranking = in.readBoolean() ? new Predictions.Ranking(doubles(in), ints(in), doubles(in)) : null;
            Predictions.LabelSetPredictions labelSets = in.readBoolean()
                    ? new Predictions.LabelSetPredictions(in.readInt(), bytes(in), bytes(in)) : null;
            try {
                predictions = new Predictions(k, truth, predicted, probabilities, ranking, labelSets);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        if (!string(in).equals(END)) {
            throw new IOException("the task record does not end where it should");
        }
        if (failure != null) {
            return Outcome.failed(key.dataset(), key.model(), split, history, failure);
        }
        return new Outcome(key.dataset(), key.model(), split, metrics, history, confusion, correct, null, predictions, null);
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 28) {
            throw new IOException("implausible length " + n);
        }
        return n;
    }

    private static void string(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInput in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void ints(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] ints(DataInput in) throws IOException {
        int[] a = new int[count(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void bytes(DataOutput out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] bytes(DataInput in) throws IOException {
        byte[] a = new byte[count(in)];
        in.readFully(a);
        return a;
    }

    private static void doubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] doubles(DataInput in) throws IOException {
        double[] a = new double[count(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
