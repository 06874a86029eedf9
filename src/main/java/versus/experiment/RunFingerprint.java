package versus.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import versus.data.Dataset;
import versus.eval.Split;

/**
 * SHA-256 of everything a task's numbers depend on: the Versus version, the experiment as parsed
 * (its records' canonical text, so comments and layout do not count but every key and value
 * does), and for each data set its loaded contents (features as exact bits, labels, class
 * names, query groups) and the train / test rows of every split (which also covers a
 * predefined-folds file). Thread counts do not enter: they do not change the numbers.
 */
final class RunFingerprint {
    private RunFingerprint() {
    }

    static String of(Runner.Prepared prepared, String version) {
        MessageDigest sha = sha256();
        text(sha, version);
        text(sha, prepared.plan().source().config().toString());
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        for (Runner.Loaded l : prepared.data()) {
            Dataset d = l.data();
            text(sha, l.spec().name() + "/" + d.rows() + "x" + d.cols() + "/" + d.classNames());
            for (double v : d.features()) {
                buf = room(sha, buf, 8).putDouble(v);
            }
            for (int v : d.labels()) {
                buf = room(sha, buf, 4).putInt(v);
            }
            if (d.hasQids()) {
                for (int v : d.qids()) {
                    buf = room(sha, buf, 4).putInt(v);
                }
            }
            for (Split s : l.splits()) {
                buf = room(sha, buf, 8).putInt(s.train().length).putInt(s.test().length);
                for (int v : s.train()) {
                    buf = room(sha, buf, 4).putInt(v);
                }
                for (int v : s.test()) {
                    buf = room(sha, buf, 4).putInt(v);
                }
            }
            flush(sha, buf);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@code buf} with at least {@code bytes} free, flushing it into the digest when full. */
    private static ByteBuffer room(MessageDigest sha, ByteBuffer buf, int bytes) {
        if (buf.remaining() < bytes) {
            flush(sha, buf);
        }
        return buf;
    }

    private static void flush(MessageDigest sha, ByteBuffer buf) {
        sha.update(buf.array(), 0, buf.position());
        buf.clear();
    }

    private static void text(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
