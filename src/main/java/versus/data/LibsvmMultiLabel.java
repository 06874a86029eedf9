package versus.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the multi-label variant of the LIBSVM format used by the
 * <a href="https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/multilabel.html">LIBSVM
 * multi-label data sets</a>: a line starts with its comma-separated label ids
 * ({@code 1,3 4:0.5 7:1}); a line with no labels starts with its first {@code index:value}.
 * Label ids are integers; without a declared list they become labels in ascending order.
 *
 * <p>The label lists are read here; the features by {@link LibsvmLoader} from a copy of the text
 * whose label lists are blanked to {@code 0} of the same width, so its errors keep their
 * columns (on a line with no labels, columns are 2 more than in the file).
 */
final class LibsvmMultiLabel {
    private LibsvmMultiLabel() {
    }

    /** Whether some data line starts with a label list ({@code 1,3}): the file is multi-label. */
    static boolean detect(byte[] data) {
        Lines lines = Lines.of(data, 0, false);
        for (int li = 0; li < lines.count; li++) {
            int s = Numbers.trimStart(data, lines.start[li], lines.end[li]);
            for (int p = s; p < lines.end[li] && data[p] != ' ' && data[p] != '\t' && data[p] != '#'; p++) {
                if (data[p] == ',') {
                    return true;
                }
            }
        }
        return false;
    }

    /** @param declared the label ids in the wanted order; empty = every id in the file, ascending */
    static Dataset load(Path path, byte[] data, String name, List<String> declared) {
        Lines lines = Lines.of(data, 0, false);
        List<int[]> rowLabels = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        byte[] blanked = new byte[data.length + 2 * lines.count];
        int out = 0;
        int from = 0;
        for (int li = 0; li < lines.count; li++) {
            int s = Numbers.trimStart(data, lines.start[li], lines.end[li]);
            int e = s;
            while (e < lines.end[li] && data[e] != ' ' && data[e] != '\t') {
                e++;
            }
            if (s == lines.end[li] || data[s] == '#') {
                continue; // blank or comment: LibsvmLoader skips it too
            }
            boolean noLabels = Lines.indexOf(data, s, e, (byte) ':') < e;
            System.arraycopy(data, from, blanked, out, s - from);
            out += s - from;
            if (noLabels) {
                rowLabels.add(new int[0]);
                blanked[out++] = '0';
                blanked[out++] = ' ';
                from = s;
                continue;
            }
            rowLabels.add(parseIds(path, lines.number[li], data, s, e, seen));
            blanked[out++] = '0';
            for (int p = s + 1; p < e; p++) {
                blanked[out++] = ' ';
            }
            from = e;
        }
        System.arraycopy(data, from, blanked, out, data.length - from);
        out += data.length - from;
        Dataset features = LibsvmLoader.load(path, Arrays.copyOf(blanked, out), name);
        if (features.hasQids()) {
            throw new DataFormatException(path, "multi-label LIBSVM data with qid: groups are not supported");
        }
        List<String> names = new ArrayList<>();
        if (declared.isEmpty()) {
            seen.forEach(id -> names.add(Integer.toString(id)));
        } else {
            names.addAll(declared);
        }
        int numLabels = names.size();
        if (numLabels == 0) {
            throw new DataFormatException(path, "no line has a label; multi-label lines start with label ids such as 1,3");
        }
        byte[] bits = new byte[rowLabels.size() * numLabels];
        for (int i = 0; i < rowLabels.size(); i++) {
            for (int id : rowLabels.get(i)) {
                int l = names.indexOf(Integer.toString(id));
                if (l < 0) {
                    throw new DataFormatException(path, "label id " + id + " of data row " + (i + 1)
                            + " is not in the declared labels " + names);
                }
                bits[i * numLabels + l] = 1;
            }
        }
        return Dataset.multiLabel(name, features.features(), features.featureNames(), new LabelSets(bits, names));
    }

    private static int[] parseIds(Path path, long line, byte[] data, int s, int e, TreeSet<Integer> seen) {
        List<Integer> ids = new ArrayList<>();
        int p = s;
        while (p <= e) {
            int q = p;
            while (q < e && data[q] != ',') {
                q++;
            }
            try {
                int id = Integer.parseInt(new String(data, p, q - p, java.nio.charset.StandardCharsets.US_ASCII));
                if (ids.contains(id)) {
                    throw new DataFormatException(path, line, p - lineStart(data, s) + 1, "label id " + id + " is repeated");
                }
                ids.add(id);
                seen.add(id);
            } catch (NumberFormatException ex) {
                throw new DataFormatException(path, line, p - lineStart(data, s) + 1, Numbers.quote(data, p, q)
                        + " is not a label id; a multi-label line starts with integer ids such as 1,3 (or with index:value when it has no label)");
            }
            p = q + 1;
        }
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    private static int lineStart(byte[] data, int p) {
        while (p > 0 && data[p - 1] != '\n') {
            p--;
        }
        return p;
    }
}
