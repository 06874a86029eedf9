package versus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import versus.train.History;

class OutcomeCodecTest {
    private static final Split SPLIT = new Split(4, 1, 0, new int[] {0, 1, 2}, new int[] {3, 4, 5});

    private static byte[] bytes(Outcome o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        OutcomeCodec.write(new DataOutputStream(b), o);
        return b.toByteArray();
    }

    private static Outcome read(byte[] b) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        OutcomeCodec.Key key = OutcomeCodec.readKey(in);
        assertEquals(new OutcomeCodec.Key("data é", "model/1", 4), key);
        return OutcomeCodec.readRest(in, key, SPLIT);
    }

    @Test
    void roundTripKeepsEveryNumberBitForBitAndTheMetricOrder() throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("log-loss", 0.1 + 0.2);
        metrics.put("accuracy", 2.0 / 3);
        metrics.put("fit-seconds", Double.MIN_VALUE);
        History h = new History();
        h.add(1, "train-loss", Math.PI);
        h.add(2, "train-loss", -0.0);
        h.note("early stop after epoch 2");
        Predictions p = new Predictions(2, new int[] {0, 1, 1}, new int[] {0, 1, 0}, new double[] {0.9, 0.1, 0.2, 0.8, 0.6, 0.4},
                new Predictions.Ranking(new double[] {1.5, -2, 0}, new int[] {7, 7, 8}, new double[] {0, 2, 1}));
        Outcome o = new Outcome("data é", "model/1", SPLIT, metrics, h, ConfusionMatrix.of(p), new boolean[] {true, true, false}, null, p, null);
        Outcome back = read(bytes(o));
        assertEquals(List.copyOf(metrics.keySet()), List.copyOf(back.metrics().keySet()));
        assertEquals(metrics, back.metrics());
        assertEquals(h.entries(), back.history().entries());
        assertEquals(h.notes(), back.history().notes());
        assertArrayEquals(new long[][] {{1, 0}, {1, 1}}, back.confusion().counts());
        assertArrayEquals(o.correct(), back.correct());
        assertArrayEquals(p.probabilities(), back.predictions().probabilities());
        assertArrayEquals(p.ranking().groups(), back.predictions().ranking().groups());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.history().entries().get(1).value()));
        assertEquals(SPLIT, back.split());
        assertNull(back.classifier());
        assertArrayEquals(bytes(o), bytes(back), "re-encoding gives the same bytes");
    }

    @Test
    void failedTasksKeepTheirReason() throws IOException {
        History h = new History();
        h.note("diverged");
        Outcome back = read(bytes(Outcome.failed("data é", "model/1", SPLIT, h, "diverged at epoch 3: objective NaN")));
        assertEquals("diverged at epoch 3: objective NaN", back.failure());
        assertEquals(List.of("diverged"), back.history().notes());
    }

    @Test
    void truncatedOrForeignBytesAreIoErrors() throws IOException {
        byte[] whole = bytes(Outcome.failed("data é", "model/1", SPLIT, new History(), "x"));
        assertThrows(IOException.class, () -> read(java.util.Arrays.copyOf(whole, whole.length - 2)));
        assertThrows(IOException.class, () -> OutcomeCodec.readKey(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 0, 0, 1, 'x'}))));
        assertThrows(IOException.class, () -> OutcomeCodec.readKey(new DataInputStream(new ByteArrayInputStream(new byte[] {-1, -1, -1, -1}))));
    }
}
