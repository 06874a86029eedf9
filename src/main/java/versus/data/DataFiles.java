package versus.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a whole data file into memory, un-gzipping it when it starts with the gzip magic bytes. */
final class DataFiles {
    private DataFiles() {
    }

    /** The file's (decompressed) bytes; a missing or unreadable file is a {@link DataFormatException}. */
    static byte[] read(Path path) {
        requireFile(path);
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(path, "file not found (looked for " + path.toAbsolutePath() + ")");
        } catch (IOException | OutOfMemoryError e) {
            throw new DataFormatException(path, "cannot read the file: " + e);
        }
        return isGzip(raw) ? gunzip(path, raw) : raw;
    }

    static void requireFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new DataFormatException(path, "file not found (looked for " + path.toAbsolutePath() + ")");
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(Path path, byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataFormatException(path, "the file starts like gzip but is not valid gzip (" + e + ")");
        } catch (OutOfMemoryError e) {
            throw new DataFormatException(path, "the decompressed file does not fit in memory (" + e.getMessage() + ")");
        }
    }

    /** The file name without {@code .gz} and without its last extension: {@code iris.csv.gz -> iris}. */
    static String stem(Path path) {
        Path f = path.getFileName();
        String n = f == null ? "data" : f.toString();
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
