package versus.data;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the IDX binary format of MNIST and Fashion-MNIST
 * (<a href="http://yann.lecun.com/exdb/mnist/">yann.lecun.com/exdb/mnist</a>, "file formats"):
 * a big-endian magic number {@code 0x0000TTDD} (type {@code TT}: 0x08 unsigned byte, 0x09 byte,
 * 0x0B short, 0x0C int, 0x0D float, 0x0E double; {@code DD} dimensions), the dimension sizes as
 * 32-bit integers, then the values. An images file ({@code 0x00000803}: n x rows x cols) gives one
 * feature per pixel, raw values as they are ({@code px0, px1, ...}); its labels file
 * ({@code 0x00000801}: n) gives the classes, ordered numerically.
 */
final class IdxLoader {
    private static final String TYPES = "0x08 (unsigned byte), 0x09 (byte), 0x0B (short), 0x0C (int), 0x0D (float), 0x0E (double)";

    private IdxLoader() {
    }

    /** The header of an IDX file: value type, dimension sizes, and where the values start. */
    private record Header(int type, int[] dims, int dataOffset) {
        long count(int fromDim) {
            long n = 1;
            for (int d = fromDim; d < dims.length; d++) {
                n *= dims[d];
            }
            return n;
        }
    }

    static Dataset load(Path images, Path labelsPath, String name) {
        Path labels = labelsPath != null ? labelsPath : guessLabels(images);
        byte[] img = DataFiles.read(images);
        byte[] lab = DataFiles.read(labels);
        Header hi = header(images, img);
        Header hl = header(labels, lab);
        if (hl.dims.length != 1) {
            throw new DataFormatException(labels, "a labels file has 1 dimension (magic 0x00000801), this one has "
                    + hl.dims.length);
        }
        if (hi.dims.length < 2) {
            throw new DataFormatException(images, "an IDX images file has at least 2 dimensions (images x values, "
                    + "magic 0x00000803 for n x rows x cols); this one has 1: is it the labels file?");
        }
        int n = hi.dims[0];
        if (hl.dims[0] != n) {
            throw new DataFormatException(labels, "has " + hl.dims[0] + " labels but " + images.getFileName()
                    + " has " + n + " images");
        }
        long cols = hi.count(1);
        Rows.checkDenseSize(images, n, cols);
        double[] x = values(img, hi, (int) (n * cols));
        double[] y = values(lab, hl, n);
        List<String> names = new ArrayList<>((int) cols);
        for (int j = 0; j < cols; j++) {
            names.add("px" + j);
        }
        ClassIndex.Encoded c = ClassIndex.numeric(y, i -> format(y[i]));
        return new Dataset(name, x, c.y(), names, c.names(), null);
    }

    /** {@code t10k-images-idx3-ubyte.gz -> t10k-labels-idx1-ubyte.gz}, when that file exists. */
    private static Path guessLabels(Path images) {
        Path f = images.getFileName();
        String n = f == null ? "" : f.toString();
        String guess = n.replace("images-idx3", "labels-idx1").replace("images.idx3", "labels.idx1");
        Path p = images.resolveSibling(guess);
        if (guess.equals(n) || !Files.isRegularFile(p)) {
            throw new DataFormatException(images, "an IDX images file needs its labels file: set labels-path"
                    + (guess.equals(n) ? "" : " (looked for " + p + ")"));
        }
        return p;
    }

    private static Header header(Path path, byte[] b) {
        if (b.length < 4 || b[0] != 0 || b[1] != 0) {
            throw new DataFormatException(path, "not an IDX file: it must start with two zero bytes, a type byte and a "
                    + "dimension count (0x00000803 for images, 0x00000801 for labels)");
        }
        int type = b[2] & 0xff;
        int ndims = b[3] & 0xff;
        if (size(type) == 0) {
            throw new DataFormatException(path, String.format("unknown IDX value type 0x%02X in byte 3; allowed: %s", type, TYPES));
        }
        if (ndims == 0 || b.length < 4 + 4 * ndims) {
            throw new DataFormatException(path, "IDX header declares " + ndims + " dimensions but the file has "
                    + b.length + " bytes; at least 1 dimension is needed");
        }
        ByteBuffer buf = ByteBuffer.wrap(b);   // big-endian, as IDX is
        int[] dims = new int[ndims];
        for (int d = 0; d < ndims; d++) {
            dims[d] = buf.getInt(4 + 4 * d);
            if (dims[d] < 0) {
                throw new DataFormatException(path, "IDX dimension " + d + " is negative (" + dims[d] + ")");
            }
        }
        Header h = new Header(type, dims, 4 + 4 * ndims);
        long need = h.dataOffset + h.count(0) * size(type);
        if (b.length < need) {
            throw new DataFormatException(path, "IDX file is truncated: the header promises " + need
                    + " bytes, the file has " + b.length);
        }
        return h;
    }

    private static int size(int type) {
        switch (type) {
            case 0x08:
            case 0x09: return 1;
            case 0x0B: return 2;
            case 0x0C:
            case 0x0D: return 4;
            case 0x0E: return 8;
            default: return 0;
        }
    }

    private static double[] values(byte[] b, Header h, int n) {
        double[] v = new double[n];
        int o = h.dataOffset;
        if (h.type == 0x08) {
            for (int i = 0; i < n; i++) {
                v[i] = b[o + i] & 0xff;
            }
            return v;
        }
        ByteBuffer buf = ByteBuffer.wrap(b);
        for (int i = 0; i < n; i++) {
            switch (h.type) {
                case 0x09: v[i] = b[o + i]; break;
                case 0x0B: v[i] = buf.getShort(o + 2 * i); break;
                case 0x0C: v[i] = buf.getInt(o + 4 * i); break;
                case 0x0D: v[i] = buf.getFloat(o + 4 * i); break;
                default: v[i] = buf.getDouble(o + 8 * i); break;
            }
        }
        return v;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
