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
 * is, unless {@code label:} names it, a nominal attribute named {@code class}, {@code label},
 * {@code target} or {@code y} (any case; Weka files often put it first), else the last attribute
 * (Weka's convention); a nominal label's classes keep the declaration order. A missing nominal
 * feature value becomes the attribute's most frequent value in the file; string attributes are
 * refused (all of them in one message) unless dropped.
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

    private final DataNotes.Builder notes;
    private boolean nominalMissing;

    private ArffLoader(Path path, byte[] data, LoadOptions options, DataNotes.Builder notes) {
        this.notes = notes;
        this.path = path;
        this.data = data;
        this.options = options;
        this.lines = Lines.of(data, 0, false);
    }

    static Dataset load(Path path, byte[] data, String name, LoadOptions options, DataNotes.Builder notes) {
        ArffLoader l = new ArffLoader(path, data, options, notes);
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
        chooseLabel();
        Attribute label = attributes.get(labelColumn);
        dropAll(options.dropColumns(), "drop-columns", DataNotes.DropReason.DECLARED);
        dropAll(options.columns().drop(), "columns: drop", DataNotes.DropReason.DECLARED);
        dropAll(options.columns().id(), "columns: id", DataNotes.DropReason.ID);
        for (String c : options.columns().numeric()) {
            Attribute a = attributes.get(column(c, "columns: numeric"));
            if (a.nominal()) {
                throw errorAt(a.line, a.typeAt, "attribute \"" + a.name + "\" is declared nominal in the file; columns: numeric cannot make it numeric");
            }
        }
        for (String c : options.columns().categorical()) {
            Attribute a = attributes.get(column(c, "columns: categorical"));
            if (!a.nominal() && attributes.indexOf(a) != labelColumn) {
                throw errorAt(a.line, a.typeAt, "attribute \"" + a.name + "\" is of type " + a.type
                        + "; columns: categorical applies to CSV columns and to an ARFF numeric label, not to ARFF features");
            }
        }
        notes.columns(n).namedColumns(true);
        if (!label.nominal() && !label.type.equals("numeric")) {
            throw errorAt(label.line, label.typeAt, "the label attribute \"" + label.name + "\" is of type "
                    + label.type + "; a label must be nominal or numeric" + (options.label() == null
                    ? " (it is the last attribute, the default: name the class attribute with label:, e.g. one of the nominal attributes "
                    + nominalNames() + ")" : ""));
        }
        FeatureLayout.Builder b = new FeatureLayout.Builder(n);
        List<String> unread = new ArrayList<>();
        int firstUnread = -1;
        for (int j = 0; j < n; j++) {
            Attribute a = attributes.get(j);
            if (dropped[j] || j == labelColumn) {
                continue;
            }
            if (a.nominal()) {
                b.categorical(j, a.name, a.values.names());
                notes.oneHot(a.name, a.values.size());
            } else if (a.type.equals("numeric")) {
                b.numeric(j, a.name);
            } else {
                unread.add(a.name);
                firstUnread = firstUnread < 0 ? j : firstUnread;
            }
        }
        if (unread.size() == 1) {
            Attribute a = attributes.get(firstUnread);
            throw errorAt(a.line, a.typeAt, "attribute \"" + a.name + "\" is of type " + a.type
                    + "; Versus reads numeric, real, integer and nominal attributes: drop it with columns: {drop: [" + a.name
                    + "]} (or columns: {id: [...]} for an identifier)");
        }
        if (unread.size() > 1) {
            throw new DataFormatException(path, unread.size() + " attributes are neither numeric nor nominal (Versus reads numeric, "
                    + "real, integer and nominal attributes): " + String.join(", ", unread) + "; drop them with columns: {drop: ["
                    + String.join(", ", unread) + "]} (or columns: {id: [...]} for identifiers)");
        }
        layout = b.build();
        if (layout.cols() == 0) {
            throw new DataFormatException(path, "no feature attributes are left besides the label \"" + label.name + "\"");
        }
    }

    /** {@code label:}, else a nominal attribute named class, label, target or y, else the last attribute. */
    private void chooseLabel() {
        if (options.label() != null) {
            labelColumn = column(options.label(), "label");
            notes.label(attributes.get(labelColumn).name, DataNotes.LabelChoice.GIVEN);
            return;
        }
        for (String want : CsvLoader.LABEL_NAMES) {
            for (int j = 0; j < attributes.size(); j++) {
                Attribute a = attributes.get(j);
                if (a.nominal() && a.name.trim().equalsIgnoreCase(want)) {
                    labelColumn = j;
                    notes.label(a.name, DataNotes.LabelChoice.ARFF_CLASS);
                    return;
                }
            }
        }
        labelColumn = attributes.size() - 1;
        notes.label(attributes.get(labelColumn).name, DataNotes.LabelChoice.LAST);
    }

    private String nominalNames() {
        List<String> names = new ArrayList<>();
        for (Attribute a : attributes) {
            if (a.nominal()) {
                names.add(a.name);
            }
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private void dropAll(List<String> specs, String key, DataNotes.DropReason why) {
        for (String d : specs) {
            int j = column(d, key);
            Attribute a = attributes.get(j);
            if (j == labelColumn) {
                throw error(a.line, 0, "the label attribute \"" + a.name + "\" is also listed in " + key);
            }
            if (!dropped[j]) {
                dropped[j] = true;
                notes.drop(a.name, why);
            }
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
                    nominalMissing = true;
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
        notes.rows(drop.length).rowsDropped(drop.length - kept.length).imputation(options.missing());
        noteMissing();
        double[] features = Rows.select(x, layout.cols(), kept);
        ClassIndex.Encoded y = label.nominal()
                ? ClassIndex.categorical(Rows.select(labelCodes, kept), label.values, false)
                : ClassIndex.numeric(Rows.select(labelValues, kept), i -> labelText(kept[i]));
        return new Dataset(name, features, y.y(), layout.names(), y.names(), null);
    }

    /**
     * Counts the missing cells of each feature and fills a missing nominal value with the
     * attribute's most frequent value (the first declared among ties), so no one-hot block holds NaN.
     */
    private void noteMissing() {
        int cols = layout.cols();
        int rows = drop.length;
        for (int j = 0; j < attributes.size(); j++) {
            if (dropped[j] || j == labelColumn) {
                continue;
            }
            Attribute a = attributes.get(j);
            int at = layout.offset(j);
            int missing = 0;
            for (int r = 0; r < rows; r++) {
                missing += !drop[r] && x[r * cols + at] != x[r * cols + at] ? 1 : 0;
            }
            if (missing == 0) {
                continue;
            }
            if (!a.nominal() || !nominalMissing) {
                notes.missing(a.name, missing, options.missing().token() + " of the training split");
                continue;
            }
            int width = a.values.size();
            int[] count = new int[width];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    count[c] += x[r * cols + at + c] == 1.0 ? 1 : 0;
                }
            }
            int mode = 0;
            for (int c = 1; c < width; c++) {
                mode = count[c] > count[mode] ? c : mode;
            }
            for (int r = 0; r < rows; r++) {
                if (x[r * cols + at] != x[r * cols + at]) {
                    layout.setCategory(x, r * cols, j, mode);
                }
            }
            notes.missing(a.name, missing, "most frequent value \"" + a.values.name(mode) + "\" (of the whole file)");
        }
    }

    private String labelText(int r) {
        if (labelField[r] < 0) {
            return "0";
        }
        return Numbers.text(data, labelField[r], labelFieldEnd[r]);
    }
}
