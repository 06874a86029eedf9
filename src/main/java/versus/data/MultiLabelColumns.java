package versus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a CSV or ARFF file with several 0/1 label columns (Mulan style: one binary attribute per
 * label) into multi-label data. The file is read as usual with the first label as its class
 * column; this class then reads that column's classes and the other label columns out of the
 * feature matrix (a numeric column {@code b}, or the one-hot block {@code b=0, b=1} of a nominal
 * one) and removes them, so labels never leak into the features.
 */
final class MultiLabelColumns {
    private static final List<String> POSITIVE = List.of("1", "1.0", "+1", "true", "yes");
    private static final List<String> NEGATIVE = List.of("0", "0.0", "-1", "false", "no");

    private MultiLabelColumns() {
    }

    /** @param loaded the file read with {@code labels.get(0)} as its class column */
    static Dataset extract(Dataset loaded, List<String> labels) {
        int n = loaded.rows();
        int numLabels = labels.size();
        byte[] bits = new byte[n * numLabels];
        boolean[] positiveClass = new boolean[loaded.numClasses()];
        for (int c = 0; c < positiveClass.length; c++) {
            positiveClass[c] = positive(loaded.classNames().get(c), 0, labels.get(0));
        }
        for (int i = 0; i < n; i++) {
            bits[i * numLabels] = (byte) (positiveClass[loaded.label(i)] ? 1 : 0);
        }
        List<String> features = loaded.featureNames();
        boolean[] isLabel = new boolean[features.size()];
        for (int l = 1; l < numLabels; l++) {
            String name = labels.get(l);
            if (labels.subList(0, l).contains(name)) {
                throw new LabelColumnException(l, "label '" + name + "' is listed twice");
            }
            int positiveColumn = -1;
            boolean found = false;
            for (int j = 0; j < features.size(); j++) {
                String f = features.get(j);
                if (f.equals(name)) {
                    found = true;
                    isLabel[j] = true;
                    positiveColumn = j;
                    for (int i = 0; i < n; i++) {
                        double v = loaded.get(i, j);
                        if (v != 0 && v != 1 && v != -1) {
                            throw new LabelColumnException(l, "label column '" + name + "' has value " + v + " in row " + (i + 1)
                                    + "; label columns hold 0/1 (or -1/+1, true/false, yes/no)");
                        }
                    }
                } else if (f.startsWith(name + "=")) {
                    found = true;
                    isLabel[j] = true;
                    if (positive(f.substring(name.length() + 1), l, name)) {
                        positiveColumn = j;
                    }
                }
            }
            if (!found) {
                throw new LabelColumnException(l, "label '" + name + "' is not a column of the file; columns are "
                        + preview(features, labels.get(0)));
            }
            for (int i = 0; positiveColumn >= 0 && i < n; i++) {
                bits[i * numLabels + l] = (byte) (loaded.get(i, positiveColumn) > 0 ? 1 : 0);
            }
        }
        int kept = 0;
        for (boolean b : isLabel) {
            kept += b ? 0 : 1;
        }
        int cols = features.size();
        double[] x = new double[n * kept];
        List<String> names = new ArrayList<>(kept);
        for (int j = 0; j < cols; j++) {
            if (!isLabel[j]) {
                names.add(features.get(j));
            }
        }
        double[] src = loaded.features();
        for (int i = 0; i < n; i++) {
            int at = i * kept;
            for (int j = 0; j < cols; j++) {
                if (!isLabel[j]) {
                    x[at++] = src[i * cols + j];
                }
            }
        }
        return Dataset.multiLabel(loaded.name(), x, names, new LabelSets(bits, labels));
    }

    private static boolean positive(String value, int labelIndex, String label) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (POSITIVE.contains(v)) {
            return true;
        }
        if (NEGATIVE.contains(v)) {
            return false;
        }
        throw new LabelColumnException(labelIndex, "label column '" + label + "' has value '" + value
                + "'; label columns hold 0/1 (or -1/+1, true/false, yes/no)");
    }

    private static String preview(List<String> features, String first) {
        List<String> all = new ArrayList<>(features.size() + 1);
        all.add(first);
        all.addAll(features);
        return all.size() <= 12 ? all.toString() : all.subList(0, 12) + " ... (" + all.size() + " in all)";
    }
}
