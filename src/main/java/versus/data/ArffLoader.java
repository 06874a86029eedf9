package versus.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads Weka's Attribute-Relation File Format
 * (<a href="https://waikato.github.io/weka-wiki/formats_and_processing/arff_stable/">ARFF, stable
 * version</a>): {@code @relation}, {@code @attribute} lines of type {@code numeric}, {@code real},
 * {@code integer} or nominal {@code {a, 'b c', ...}}, then {@code @data} with dense rows or sparse
 * rows {@code {index value, ...}} (0-based indices; an omitted value is 0, for a nominal attribute
 * its first declared value). {@code %} starts a comment line, {@code ?} is a missing value.
 *
 * <p>Nominal features are one-hot encoded ({@code attribute=value}, declaration order). The label
 * is the last attribute unless named; a nominal label's classes keep the declaration order.
 * {@code string}, {@code date} and {@code relational} attributes must be dropped.
 */
final class ArffLoader {
    private static final class Attribute {
        final String name;
        final String type;          // numeric, nominal, or the unsupported type's name
        final Categories values;    // nominal only
        final int line;             // index in lines of its @attribute line
        final int typeAt;           // byte offset of its type

        Attribute(String name, String type, Categories values, int line, int typeAt) {
            this.name = name;
            this.type = type;
            this.values = values;
            this.line = line;
            this.typeAt = typeAt;
        }

        boolean nominal() {
            return values != null;
        }
    }

    private final Path path;
    private final byte[] data;
    private final LoadOptions options;
    private final Lines lines;
    private final List<Attribute> attributes = new ArrayList<>();
    private final ArffFields fields = new ArffFields();
    private int dataStart = -1;   // index in lines of @data
    private int labelColumn;
    private boolean[] dropped;
    private FeatureLayout layout;

    // Filled row by row.
    private double[] x;
    private boolean[] drop;
    private int[] labelCodes;       // nominal label
    private double[] labelValues;   // numeric label
    private int[] labelField;       // numeric label: byte offsets of its text, -1 when implied 0
    private int[] labelFieldEnd;

    private ArffLoader(Path path, byte[] data, LoadOptions options) {
        this.path = path;
        this.data = data;
        this.options = options;
        this.lines = Lines.of(data, 0, false);
    }

    static Dataset load(Path path, byte[] data, String name, LoadOptions options) {
        ArffLoader l = new ArffLoader(path, data, options);
        l.readHeader();
        l.resolveColumns();
        return l.readData(name);
    }

    private DataFormatException error(int li, int col, String problem) {
        return new DataFormatException(path, lines.number[li], col, problem);
    }

    private DataFormatException errorAt(int li, int at, String problem) {
        return error(li, at - lines.start[li] + 1, problem);
    }

    // ---- header ------------------------------------------------------------------------------

    private void readHeader() {
        for (int li = 0; li < lines.count && dataStart < 0; li++) {
            int s = Numbers.trimStart(data, lines.start[li], lines.end[li]);
            int e = lines.end[li];
            if (data[s] == '%') {
                continue;
            }
            String keyword = keyword(s, e);
            if (keyword.equals("@relation")) {
                continue;
            } else if (keyword.equals("@attribute")) {
                attributes.add(attribute(li, s + keyword.length(), e));
            } else if (keyword.equals("@data")) {
                dataStart = li + 1;
            } else {
                throw errorAt(li, s, "expected @relation, @attribute or @data here, found "
                        + Numbers.quote(data, s, Math.min(e, s + 20)));
            }
        }
        if (dataStart < 0) {
            throw new DataFormatException(path, "no @data line; an ARFF file declares @attribute lines, then @data and the rows");
        }
        if (attributes.size() < 2) {
            throw new DataFormatException(path, "found " + attributes.size()
                    + " @attribute lines; at least a feature and a label are needed");
        }
    }

    private String keyword(int s, int e) {
        int p = s;
        while (p < e && data[p] != ' ' && data[p] != '\t') {
            p++;
        }
        return Numbers.text(data, s, p).toLowerCase(Locale.ROOT);
    }

    /** {@code @attribute name type}, with {@code p} just after the keyword. */
    private Attribute attribute(int li, int p, int e) {
        int afterName = fields.readName(data, p, e);
        if (fields.badAt >= 0 || fields.end[0] == fields.start[0]) {
            throw errorAt(li, Math.max(p, fields.badAt), "expected @attribute NAME TYPE; "
                    + (fields.problem != null ? fields.problem : "the name is missing"));
        }
        String name = fields.text(data, 0);
        int t = Numbers.trimStart(data, afterName, e);
        if (t < e && data[t] == '{') {
            return new Attribute(name, "nominal", nominalValues(li, t, e), li, t);
        }
        String type = keyword(t, e);
        switch (type) {
            case "numeric":
            case "real":
            case "integer":
                return new Attribute(name, "numeric", null, li, t);
            case "string":
            case "date":
            case "relational":
                return new Attribute(name, type, null, li, t);
            default:
                throw errorAt(li, t, "unknown type \"" + type + "\" of attribute \"" + name
                        + "\"; allowed: numeric, real, integer, {nominal values} (string and date only with drop-columns)");
        }
    }

    private Categories nominalValues(int li, int open, int e) {
        int close = e;
        while (close > open && data[close - 1] != '}') {
            close--;
        }
        if (close == open) {
            throw errorAt(li, open, "a nominal type {a, b, ...} is missing its closing }");
        }
        fields.splitDense(data, open + 1, close - 1);
        if (fields.badAt >= 0) {
            throw errorAt(li, fields.badAt, fields.problem);
        }
        Categories values = new Categories();
        for (int j = 0; j < fields.count; j++) {
            if (fields.end[j] > fields.start[j] || fields.quoted[j]) {
                values.add(fields.text(data, j));
            }
        }
        if (values.size() == 0) {
            throw errorAt(li, open, "a nominal type needs at least one value: {a, b, ...}");
        }
        return values;
    }

    // ---- columns -----------------------------------------------------------------------------

    private void resolveColumns() {
        int n = attributes.size();
        dropped = new boolean[n];
        for (String d : options.dropColumns()) {
            dropped[column(d, "drop-columns")] = true;
        }
        labelColumn = options.label() == null ? n - 1 : column(options.label(), "label");
        Attribute label = attributes.get(labelColumn);
        if (dropped[labelColumn]) {
            throw error(label.line, 0, "the label attribute \"" + label.name + "\" is also listed in drop-columns");
        }
        if (!label.nominal() && !label.type.equals("numeric")) {
            throw errorAt(label.line, label.typeAt, "the label attribute \"" + label.name + "\" is of type "
                    + label.type + "; a label must be nominal or numeric");
        }
        FeatureLayout.Builder b = new FeatureLayout.Builder(n);
        for (int j = 0; j < n; j++) {
            Attribute a = attributes.get(j);
            if (dropped[j] || j == labelColumn) {
                continue;
            }
            if (a.nominal()) {
                b.categorical(j, a.name, a.values.names());
            } else if (a.type.equals("numeric")) {
                b.numeric(j, a.name);
            } else {
                throw errorAt(a.line, a.typeAt, "attribute \"" + a.name + "\" is of type " + a.type
                        + "; Versus reads numeric, real, integer and nominal attributes: list it in drop-columns to ignore it");
            }
        }
        layout = b.build();
        if (layout.cols() == 0) {
            throw new DataFormatException(path, "no feature attributes are left besides the label \"" + label.name + "\"");
        }
    }

    private int column(String spec, String key) {
        String s = spec.trim();
        for (int j = 0; j < attributes.size(); j++) {
            if (attributes.get(j).name.equals(s)) {
                return j;
            }
        }
        int j = Numbers.index(s);
        if (j >= 0 && j < attributes.size()) {
            return j;
        }
        List<String> names = new ArrayList<>();
        for (Attribute a : attributes) {
            names.add(a.name);
        }
        throw new DataFormatException(path, key + " attribute \"" + spec + "\" not found; the attributes are "
                + String.join(", ", names) + " (or give a 0-based index below " + names.size() + ")");
    }

    // ---- data --------------------------------------------------------------------------------

    private Dataset readData(String name) {
        int[] rowLines = dataLines();
        int rows = rowLines.length;
        if (rows == 0) {
            throw new DataFormatException(path, "no rows after @data");
        }
        int cols = layout.cols();
        Rows.checkDenseSize(path, rows, cols);
        x = new double[rows * cols];
        drop = new boolean[rows];
        boolean nominalLabel = attributes.get(labelColumn).nominal();
        labelCodes = nominalLabel ? new int[rows] : null;
        labelValues = nominalLabel ? null : new double[rows];
        labelField = new int[rows];
        labelFieldEnd = new int[rows];
        for (int r = 0; r < rows; r++) {
            readRow(r, rowLines[r]);
        }
        return assemble(name);
    }

    private int[] dataLines() {
        int[] rowLines = new int[lines.count - dataStart];
        int n = 0;
        for (int li = dataStart; li < lines.count; li++) {
            if (data[Numbers.trimStart(data, lines.start[li], lines.end[li])] != '%') {
                rowLines[n++] = li;
            }
        }
        return Arrays.copyOf(rowLines, n);
    }

    private void readRow(int r, int li) {
        int s = Numbers.trimStart(data, lines.start[li], lines.end[li]);
        if (data[s] == '{') {
            readSparse(r, li, s);
        } else {
            readDense(r, li, s);
        }
    }

    private void readDense(int r, int li, int s) {
        fields.splitDense(data, s, lines.end[li]);
        if (fields.badAt >= 0) {
            throw error(li, fields.count + 1, fields.problem);
        }
        int n = attributes.size();
        if (fields.count != n) {
            throw error(li, Math.min(fields.count, n) + 1, "row has " + fields.count + " values, expected " + n
                    + " (one per @attribute)" + (fields.count > n ? "; a value that contains a comma must be quoted" : ""));
        }
        for (int j = 0; j < n; j++) {
            if (!dropped[j]) {
                setValue(r, li, j, j);
            }
        }
    }

    /** Omitted sparse values are 0: numeric 0, or a nominal attribute's first value. */
    private void readSparse(int r, int li, int s) {
        fields.splitSparse(data, s, lines.end[li]);
        if (fields.badAt >= 0) {
            throw errorAt(li, fields.badAt, fields.problem);
        }
        int base = r * layout.cols();
        for (int j = 0; j < attributes.size(); j++) {
            if (j != labelColumn && !dropped[j] && attributes.get(j).nominal()) {
                layout.setCategory(x, base, j, 0);
            }
        }
        labelField[r] = -1;   // label 0 unless given
        int previous = -1;
        for (int k = 0; k < fields.count; k++) {
            int j = fields.index[k];
            if (j >= attributes.size() || j <= previous) {
                throw error(li, k + 1, "sparse index " + j + (j <= previous ? " after " + previous
                        + "; indices must increase along a row" : " is out of range; indices are 0.." + (attributes.size() - 1)));
            }
            previous = j;
            if (!dropped[j]) {
                setValue(r, li, j, k);
            }
        }
    }

    /** Stores value {@code k} of the line as attribute {@code j} of row {@code r}. */
    private void setValue(int r, int li, int j, int k) {
        Attribute a = attributes.get(j);
        boolean label = j == labelColumn;
        int col = k + 1;
        if (fields.isMissing(data, k)) {
            missing(r, li, col, j);
        } else if (a.nominal()) {
            int code = fields.find(data, k, a.values);
            if (code < 0) {
                throw error(li, col, Numbers.quote(fields.text(data, k)) + " is not a declared value of nominal attribute \""
                        + a.name + "\"; allowed: " + a.values.list(20));
            }
            if (label) {
                labelCodes[r] = code;
            } else {
                layout.setCategory(x, r * layout.cols(), j, code);
            }
        } else {
            double v = number(li, col, a, k);
            if (label) {
                labelValues[r] = v;
                labelField[r] = fields.start[k];
                labelFieldEnd[r] = fields.end[k];
            } else {
                x[r * layout.cols() + layout.offset(j)] = v;
            }
        }
    }

    private double number(int li, int col, Attribute a, int k) {
        try {
            return Numbers.parse(data, fields.start[k], fields.end[k]);
        } catch (NumberFormatException ex) {
            throw error(li, col, Numbers.quote(data, fields.start[k], fields.end[k]) + " is not a number (numeric attribute \""
                    + a.name + "\"; write a missing value as ?)");
        }
    }

    private void missing(int r, int li, int col, int j) {
        Attribute a = attributes.get(j);
        if (j == labelColumn) {
            if (options.missing() != MissingValues.DROP_ROWS) {
                throw error(li, col, MissingValues.missingLabelMessage("label attribute \"" + a.name + "\""));
            }
            drop[r] = true;
            return;
        }
        switch (options.missing()) {
            case ERROR:
                throw error(li, col, MissingValues.errorMessage("attribute \"" + a.name + "\""));
            case DROP_ROWS:
                drop[r] = true;
                return;
            default:
                if (a.nominal()) {
                    layout.setCategory(x, r * layout.cols(), j, -1);
                } else {
                    x[r * layout.cols() + layout.offset(j)] = Double.NaN;
                }
        }
    }

    private Dataset assemble(String name) {
        int[] kept = Rows.kept(drop);
        if (kept.length == 0) {
            throw new DataFormatException(path, "every row has a missing value, so missing: drop-rows leaves no data");
        }
        Attribute label = attributes.get(labelColumn);
        double[] features = Rows.select(x, layout.cols(), kept);
        ClassIndex.Encoded y = label.nominal()
                ? ClassIndex.categorical(Rows.select(labelCodes, kept), label.values, false)
                : ClassIndex.numeric(Rows.select(labelValues, kept), i -> labelText(kept[i]));
        return new Dataset(name, features, y.y(), layout.names(), y.names(), null);
    }

    private String labelText(int r) {
        if (labelField[r] < 0) {
            return "0";
        }
        return Numbers.text(data, labelField[r], labelFieldEnd[r]);
    }
}
