package versus.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as specified by RFC 4180
 * (<a href="https://www.rfc-editor.org/rfc/rfc4180">rfc-editor.org/rfc/rfc4180</a>): double-quoted
 * fields with {@code ""} escapes, CRLF or LF line ends, an optional header line. Also: {@code ;}
 * or tab separators (used when the first line has no comma), {@code NA}, {@code ?} or empty
 * fields as missing values, and scikit-learn's bundled-data first line
 * {@code n_rows,n_features,class0,class1,...}.
 *
 * <p>Column types come from the whole column ({@link ColumnTypes} can declare them): a feature
 * column whose present values are all numbers is numeric; one whose values are all or mostly text
 * is categorical and one-hot encoded ({@code column=value}, categories sorted, a missing value its
 * own level {@code (missing)}). These columns are refused, all of them in one message, before
 * anything is parsed: a column of mostly numbers with some text cells (counts and first lines
 * given), a text column with a distinct value in (nearly) every row (an identifier: at least
 * {@value #ID_MIN_ROWS} present values and distinct values in at least {@value #ID_SHARE} of them),
 * and a text column of more than {@value #MAX_LEVELS} levels, unless declared categorical. Numeric
 * fields are parsed from the bytes in parallel chunks of rows straight into the feature matrix.
 *
 * <p>The label, unless {@code label:} names it, is the column named {@code label}, {@code class},
 * {@code target} or {@code y} (any case, in that order of preference), else the last column.
 */
final class CsvLoader {
    private static final byte NUMERIC = 0;
    private static final byte CATEGORICAL = 1;
    private static final byte LABEL = 2;
    private static final byte DROPPED = 3;
    /** Most levels a text column is one-hot encoded into without a {@code categorical:} declaration. */
    static final int MAX_LEVELS = 50;
    /** Fewest present values for the identifier rule. */
    static final int ID_MIN_ROWS = 20;
    /** Share of distinct values among the present ones that makes a text column an identifier. */
    static final double ID_SHARE = 0.9;
    /** The level a missing categorical value becomes. */
    static final String MISSING_LEVEL = "(missing)";
    /** Label names looked for when no {@code label:} is given, in order of preference. */
    static final List<String> LABEL_NAMES = List.of("label", "class", "target", "y");

    private final Path path;
    private final byte[] data;
    private final LoadOptions options;
    private final Lines lines;
    private byte sep;
    private int ncols;
    private int firstData;               // index in lines of the first data record
    private String[] header;             // column names from a header line, or null
    private List<String> sklearnClasses; // class names from scikit-learn's first line, or null
    private int labelColumn;
    private byte[] kind;
    private boolean labelIsText;

    // Filled while reading the rows; each row is written by one thread only.
    private int rows;
    private boolean[] drop;
    private double[] x;
    private int stride;
    private double[] labelValues;
    private volatile boolean labelNotNumeric;
    private final Categories labelCats = new Categories();
    private int[] labelCodes;
    private final DataNotes.Builder notes;
    private final List<String> problems = new ArrayList<>();
    private int firstProblemColumn;
    private int[] missingCells;

    private CsvLoader(Path path, byte[] data, LoadOptions options, DataNotes.Builder notes) {
        this.path = path;
        this.data = data;
        this.options = options;
        this.notes = notes;
        this.lines = Lines.of(data, hasBom(data) ? 3 : 0, true);
    }

    static Dataset load(Path path, byte[] data, String name, LoadOptions options, int threads, DataNotes.Builder notes) {
        return new CsvLoader(path, data, options, notes).read(name, threads);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private Dataset read(String name, int threads) {
        readFirstLine();
        resolveColumns();
        rows = lines.count - firstData;
        if (rows == 0) {
            throw new DataFormatException(path, "the file has a header but no data rows");
        }
        notes.rows(rows).columns(ncols).namedColumns(header != null);
        decideKinds();
        drop = new boolean[rows];
        Categories[] cats = new Categories[ncols];
        int[][] codes = new int[ncols][];
        DataFormatException textError = collectText(cats, codes, labelIsText);
        checkLevels(cats);
        throwProblems();
        FeatureLayout layout = layout(cats);
        noteColumns(cats);
        stride = layout.cols();
        Rows.checkDenseSize(path, rows, stride);
        x = new double[rows * stride];
        labelValues = labelIsText ? null : new double[rows];
        parseRows(layout, threads, textError);
        fillCategories(layout, cats, codes);
        return assemble(name, layout);
    }

    // ---- first line: separator, header, scikit-learn shape line --------------------------------

    private void readFirstLine() {
        if (lines.count == 0) {
            throw new DataFormatException(path, "the file is empty; a CSV file needs at least one data row");
        }
        sep = detectSeparator(lines.start[0], lines.end[0]);
        CsvRecord first = split(new CsvRecord(), 0);
        if (!Boolean.FALSE.equals(options.header()) && readSklearnLine(first)) {
            return;
        }
        boolean hasHeader = options.header() != null ? options.header() : detectHeader(first);
        ncols = first.count;
        firstData = hasHeader ? 1 : 0;
        if (hasHeader) {
            header = new String[ncols];
            for (int j = 0; j < ncols; j++) {
                header[j] = first.text(data, j);
            }
        }
    }

    /** Comma unless the first line has none outside quotes; then semicolon, then tab. */
    private byte detectSeparator(int s, int e) {
        boolean quoted = false;
        boolean semicolon = false;
        boolean tab = false;
        for (int p = s; p < e; p++) {
            byte c = data[p];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    return ',';
                }
                semicolon |= c == ';';
                tab |= c == '\t';
            }
        }
        return semicolon ? (byte) ';' : tab ? (byte) '\t' : (byte) ',';
    }

    /** scikit-learn's {@code n_rows,n_features,name0,...}: accepted only when the numbers match the data. */
    private boolean readSklearnLine(CsvRecord first) {
        if (first.count < 3 || lines.count < 2) {
            return false;
        }
        int n = Numbers.index(first.text(data, 0));
        int d = Numbers.index(first.text(data, 1));
        if (n != lines.count - 1 || d < 1) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (int j = 2; j < first.count; j++) {
            if (first.isMissing(data, j) || Numbers.isNumber(data, first.start[j], first.end[j])) {
                return false;
            }
            names.add(first.text(data, j));
        }
        CsvRecord second = split(new CsvRecord(), 1);
        if (second.count != d + 1) {
            return false;
        }
        sklearnClasses = names;
        ncols = d + 1;
        firstData = 1;
        return true;
    }

    /**
     * A header when the label is named, or a feature field of the first line is text, or the
     * label field is text above a numeric label.
     */
    private boolean detectHeader(CsvRecord first) {
        String label = options.label();
        if (label != null && Numbers.index(label) < 0) {
            return true;
        }
        List<String> named = new ArrayList<>(options.allDropped());
        named.addAll(options.columns().categorical());
        named.addAll(options.columns().numeric());
        for (String d : named) {
            if (Numbers.index(d.trim()) < 0) {
                return true;
            }
        }
        int lab = label == null ? first.count - 1 : Numbers.index(label);
        for (int j = 0; j < first.count; j++) {
            if (j != lab && isText(first, j)) {
                return true;
            }
        }
        if (lab < 0 || lab >= first.count || lines.count < 2 || !isText(first, lab)) {
            return false;
        }
        CsvRecord second = split(new CsvRecord(), 1);
        return lab < second.count && !isText(second, lab);
    }

    private boolean isText(CsvRecord rec, int j) {
        return !rec.isMissing(data, j) && !Numbers.isNumber(data, rec.start[j], rec.end[j]);
    }

    // ---- columns -----------------------------------------------------------------------------

    private void resolveColumns() {
        kind = new byte[ncols];
        chooseLabel();
        for (String d : options.dropColumns()) {
            dropColumn(column(d, "drop-columns"), DataNotes.DropReason.DECLARED, "drop-columns");
        }
        for (String d : options.columns().drop()) {
            dropColumn(column(d, "columns: drop"), DataNotes.DropReason.DECLARED, "columns: drop");
        }
        for (String d : options.columns().id()) {
            dropColumn(column(d, "columns: id"), DataNotes.DropReason.ID, "columns: id");
        }
        for (String d : options.columns().categorical()) {
            column(d, "columns: categorical");
        }
        for (String d : options.columns().numeric()) {
            column(d, "columns: numeric");
        }
        kind[labelColumn] = LABEL;
        if (columnsOf(NUMERIC).length == 0) {
            throw new DataFormatException(path, 1, 0, "no feature columns are left besides the label "
                    + describe(labelColumn) + "; a CSV file needs at least one feature column");
        }
    }

    private void chooseLabel() {
        if (options.label() != null) {
            labelColumn = column(options.label(), "label");
            notes.label(name(labelColumn), DataNotes.LabelChoice.GIVEN);
            return;
        }
        if (header != null) {
            for (String want : LABEL_NAMES) {
                for (int j = 0; j < ncols; j++) {
                    if (header[j].trim().equalsIgnoreCase(want)) {
                        labelColumn = j;
                        notes.label(name(j), DataNotes.LabelChoice.NAMED);
                        return;
                    }
                }
            }
        }
        labelColumn = ncols - 1;
        notes.label(name(labelColumn), DataNotes.LabelChoice.LAST);
    }

    private void dropColumn(int j, DataNotes.DropReason why, String key) {
        if (j == labelColumn) {
            throw new DataFormatException(path, 1, labelColumn + 1,
                    "the label column " + describe(labelColumn) + " is also listed in " + key);
        }
        if (kind[j] != DROPPED) {
            kind[j] = DROPPED;
            notes.drop(name(j), why);
        }
    }

    /** The column's header name, else {@code column N} (1-based). */
    private String name(int j) {
        return header != null ? header[j] : "column " + (j + 1);
    }

    private boolean declared(List<String> list, int j) {
        return ColumnTypes.lists(list, header != null ? header[j].trim() : "\u0000", j);
    }

    /** The source column a dataset entry names: a header name, else a 0-based index. */
    private int column(String spec, String key) {
        if (header != null) {
            for (int j = 0; j < ncols; j++) {
                if (header[j].equals(spec.trim())) {
                    return j;
                }
            }
        }
        int j = Numbers.index(spec.trim());
        if (j >= 0 && j < ncols) {
            return j;
        }
        String allowed = header != null
                ? "the columns are " + String.join(", ", header) + " (or give a 0-based index below " + ncols + ")"
                : "the file has no header line, so give a 0-based index below " + ncols;
        throw new DataFormatException(path, 1, 0, key + " column \"" + spec + "\" not found; " + allowed);
    }

    private String describe(int j) {
        return header != null ? "column \"" + header[j] + "\"" : "column " + (j + 1);
    }

    private int[] columnsOf(byte k) {
        int n = 0;
        for (byte b : kind) {
            n += b == k ? 1 : 0;
        }
        int[] cols = new int[n];
        n = 0;
        for (int j = 0; j < ncols; j++) {
            if (kind[j] == k) {
                cols[n++] = j;
            }
        }
        return cols;
    }

    /**
     * Types every column from all its values: counts of numbers, text cells and missing cells, and
     * the first lines of each, so a column of mostly numbers with some text is reported with them.
     */
    private void decideKinds() {
        int[] numbers = new int[ncols];
        int[] texts = new int[ncols];
        missingCells = new int[ncols];
        int[][] firstText = new int[ncols][3];
        int[][] firstNumber = new int[ncols][3];
        CsvRecord rec = new CsvRecord();
        for (int li = firstData; li < lines.count; li++) {
            rec.split(data, lines.start[li], lines.end[li], sep);
            if (rec.badField != 0 || rec.count != ncols) {
                break;   // the row passes report it, in file order
            }
            for (int j = 0; j < ncols; j++) {
                if (kind[j] == DROPPED) {
                    continue;
                }
                if (rec.isMissing(data, j)) {
                    missingCells[j]++;
                } else if (Numbers.isNumber(data, rec.start[j], rec.end[j])) {
                    if (numbers[j] < 3) {
                        firstNumber[j][numbers[j]] = lines.number[li];
                    }
                    numbers[j]++;
                } else {
                    if (texts[j] < 3) {
                        firstText[j][texts[j]] = lines.number[li];
                    }
                    texts[j]++;
                }
            }
        }
        for (int j = 0; j < ncols; j++) {
            if (kind[j] == DROPPED) {
                continue;
            }
            boolean categorical = declared(options.columns().categorical(), j);
            boolean numeric = declared(options.columns().numeric(), j);
            if (categorical && numeric) {
                problem(j, "listed as both categorical and numeric under columns:; give it one type");
            } else if (j == labelColumn) {
                labelIsText = texts[j] > 0;
            } else if (categorical) {
                kind[j] = CATEGORICAL;
            } else if (numeric) {
                kind[j] = NUMERIC;
                if (texts[j] > 0) {
                    problem(j, "declared numeric (columns: numeric) but " + texts[j] + " of its cells are text (first at line "
                            + lines(firstText[j], texts[j]) + "); write a missing value as NA, ? or an empty field");
                }
            } else if (texts[j] > 0 && numbers[j] >= texts[j]) {
                problem(j, "mostly numbers (" + numbers[j] + ") with " + texts[j] + " text cells (first at line "
                        + lines(firstText[j], texts[j]) + "); declare it categorical (columns: {categorical: [" + name(j)
                        + "]}), fix those cells (a missing value is NA, ? or an empty field), or drop it (columns: {drop: ["
                        + name(j) + "]})");
            } else {
                kind[j] = texts[j] > 0 ? CATEGORICAL : NUMERIC;
            }
        }
    }

    private static String lines(int[] first, int count) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.min(3, count); k++) {
            s.append(k == 0 ? "" : ", ").append(first[k]);
        }
        return count > 3 ? s.append(", ...").toString() : s.toString();
    }

    private void problem(int j, String what) {
        if (problems.isEmpty()) {
            firstProblemColumn = j + 1;
        }
        problems.add(describe(j) + ": " + what);
    }

    /** Identifier-like and many-level text columns, unless declared categorical. */
    private void checkLevels(Categories[] cats) {
        for (int j : columnsOf(CATEGORICAL)) {
            if (declared(options.columns().categorical(), j)) {
                continue;
            }
            int present = rows - missingCells[j];
            int levels = cats[j].size() - (cats[j].find(MISSING_BYTES, 0, MISSING_BYTES.length) >= 0 ? 1 : 0);
            if (present >= ID_MIN_ROWS && levels >= ID_SHARE * present) {
                problem(j, levels + " distinct text values in " + present + " rows: an identifier, not a feature; "
                        + "drop it with columns: {id: [" + name(j) + "]} (or drop-columns: [" + name(j) + "])");
            } else if (levels > MAX_LEVELS) {
                problem(j, levels + " levels would become " + levels + " one-hot features (more than " + MAX_LEVELS
                        + " need a declaration): declare it categorical (columns: {categorical: [" + name(j)
                        + "]}) or drop it (columns: {drop: [" + name(j) + "]})");
            }
        }
    }

    /** Every problem column of the file in one message: one line, or a summary line and one line per column. */
    private void throwProblems() {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1) {
            throw new DataFormatException(path, 1, firstProblemColumn, problems.get(0));
        }
        throw new DataFormatException(path, problems.size() + " columns cannot be used as they are (declare their types under "
                + "columns: in the dataset entry, or drop them):\n  " + String.join("\n  ", problems));
    }

    private void noteColumns(Categories[] cats) {
        for (int j = 0; j < ncols; j++) {
            if (kind[j] == CATEGORICAL) {
                notes.oneHot(name(j), cats[j].size());
            }
            if (kind[j] != DROPPED && j != labelColumn && missingCells[j] > 0) {
                String how = options.missing() == MissingValues.DROP_ROWS ? "rows dropped"
                        : kind[j] == CATEGORICAL ? "own level " + MISSING_LEVEL : options.missing().token() + " of the training split";
                notes.missing(name(j), missingCells[j], how);
            }
        }
        notes.imputation(options.missing());
    }

    // ---- rows --------------------------------------------------------------------------------

    /** Splits record {@code li} and checks its quoting and field count. */
    private CsvRecord split(CsvRecord rec, int li) {
        rec.split(data, lines.start[li], lines.end[li], sep);
        if (rec.badField != 0) {
            throw error(li, rec.badField, rec.problem);
        }
        if (li >= firstData && rec.count != ncols && ncols > 0) {
            String like = header != null ? "like the header" : "like line " + lines.number[firstData];
            String hint = rec.count > ncols ? "; a field that contains the separator must be quoted" : "";
            throw error(li, Math.min(rec.count, ncols) + 1,
                    "row has " + rec.count + " fields, expected " + ncols + " " + like + hint);
        }
        return rec;
    }

    private static DataFormatException earlier(DataFormatException a, DataFormatException b) {
        if (a == null) {
            return b;
        }
        return a.line() < b.line() || a.line() == b.line() && a.column() <= b.column() ? a : b;
    }

    private DataFormatException error(int li, int col, String problem) {
        return new DataFormatException(path, lines.number[li], col, problem);
    }

    /**
     * One sequential pass over the text columns: categorical features (unless {@code cats} is
     * null) and text labels. It returns its first error instead of throwing it, so the caller
     * can report whichever comes first in the file, this one or the numeric pass's.
     */
    private DataFormatException collectText(Categories[] cats, int[][] codes, boolean labels) {
        int[] catCols = cats == null ? new int[0] : columnsOf(CATEGORICAL);
        for (int j : catCols) {
            cats[j] = new Categories();
            codes[j] = new int[rows];
        }
        if (catCols.length == 0 && !labels) {
            return null;
        }
        labelCodes = labels ? new int[rows] : labelCodes;
        try {
            collectText(catCols, cats, codes, labels);
            return null;
        } catch (DataFormatException e) {
            return e;
        }
    }

    private void collectText(int[] catCols, Categories[] cats, int[][] codes, boolean labels) {
        CsvRecord rec = new CsvRecord();
        for (int r = 0; r < rows; r++) {
            int li = firstData + r;
            split(rec, li);
            for (int j : catCols) {
                codes[j][r] = rec.isMissing(data, j) ? missingFeature(li, j, r, missingLevel(cats[j])) : rec.code(data, j, cats[j]);
            }
            if (labels) {
                labelCodes[r] = rec.isMissing(data, labelColumn) ? missingLabel(li, r) : rec.code(data, labelColumn, labelCats);
            }
        }
    }

    private static final byte[] MISSING_BYTES = MISSING_LEVEL.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The code of the level {@code (missing)} (added on first use), or -1 when rows are dropped instead. */
    private int missingLevel(Categories c) {
        return options.missing().imputes() ? c.add(MISSING_BYTES, 0, MISSING_BYTES.length) : -1;
    }

    /** Applies the missing-value policy to feature {@code j} of row {@code r}; returns {@code value}. */
    private int missingFeature(int li, int j, int r, int value) {
        switch (options.missing()) {
            case ERROR:
                throw error(li, j + 1, MissingValues.errorMessage("feature " + describe(j)));
            case DROP_ROWS:
                drop[r] = true;
                return value;
            default:
                return value;
        }
    }

    private int missingLabel(int li, int r) {
        if (options.missing() != MissingValues.DROP_ROWS) {
            throw error(li, labelColumn + 1, MissingValues.missingLabelMessage("label " + describe(labelColumn)));
        }
        drop[r] = true;
        return -1;
    }

    /**
     * Parses the numeric columns on {@code threads} threads, then reports the first error in file
     * order (this pass's or the text pass's), then reads the labels as text if one was not a number.
     */
    private void parseRows(FeatureLayout layout, int threads, DataFormatException textError) {
        int[] numericCols = columnsOf(NUMERIC);
        int[] slots = new int[numericCols.length];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = layout.offset(numericCols[k]);
        }
        try {
            Parallel.forRows(rows, threads, (from, to) -> parseNumbers(from, to, numericCols, slots));
        } catch (DataFormatException e) {
            throw earlier(textError, e);
        }
        if (textError != null) {
            throw textError;
        }
        if (labelNotNumeric) {
            labelIsText = true;
            DataFormatException labelError = collectText(null, null, true);   // labels only: features are done
            if (labelError != null) {
                throw labelError;
            }
        }
    }

    /** The hot loop: numeric features (and a numeric label) of rows {@code from..to-1}. */
    private void parseNumbers(int from, int to, int[] numericCols, int[] slots) {
        CsvRecord rec = new CsvRecord();
        boolean labels = labelValues != null;
        for (int r = from; r < to; r++) {
            int li = firstData + r;
            split(rec, li);
            int base = r * stride;
            for (int k = 0; k < numericCols.length; k++) {
                int j = numericCols[k];
                int s = rec.start[j];
                int e = rec.end[j];
                double v = Numbers.isMissing(data, s, e) ? Double.NaN : parseFeature(li, j, s, e);
                if (v != v) {
                    missingFeature(li, j, r, 0);
                }
                x[base + slots[k]] = v;
            }
            if (labels) {
                labels = parseLabel(rec, li, r);
            }
        }
    }

    private double parseFeature(int li, int j, int s, int e) {
        try {
            return Numbers.parse(data, s, e);
        } catch (NumberFormatException ex) {
            throw error(li, j + 1, Numbers.quote(data, s, e) + " is not a number (feature " + describe(j)
                    + " holds numbers; write a missing value as NA, ? or an empty field)");
        }
    }

    /** Returns false once a label is not a number: the labels are then read as text. */
    private boolean parseLabel(CsvRecord rec, int li, int r) {
        int s = rec.start[labelColumn];
        int e = rec.end[labelColumn];
        double v = Double.NaN;
        if (!Numbers.isMissing(data, s, e)) {
            try {
                v = Numbers.parse(data, s, e);
            } catch (NumberFormatException ex) {
                labelNotNumeric = true;
                return false;
            }
        }
        if (v != v) {
            missingLabel(li, r);
        }
        labelValues[r] = v;
        return !labelNotNumeric;
    }

    // ---- assembly ----------------------------------------------------------------------------

    private FeatureLayout layout(Categories[] cats) {
        FeatureLayout.Builder b = new FeatureLayout.Builder(ncols);
        int feature = 0;
        for (int j = 0; j < ncols; j++) {
            String name = header != null ? header[j] : "x" + feature;
            if (kind[j] == NUMERIC) {
                b.numeric(j, name);
            } else if (kind[j] == CATEGORICAL) {
                b.categorical(j, name, cats[j].sortedNames());
            }
            feature += kind[j] == NUMERIC || kind[j] == CATEGORICAL ? 1 : 0;
        }
        return b.build();
    }

    /** Sorts each categorical column's codes and writes its one-hot block. */
    private void fillCategories(FeatureLayout layout, Categories[] cats, int[][] codes) {
        for (int j : columnsOf(CATEGORICAL)) {
            int[] map = cats[j].sortedCodes();
            int[] c = codes[j];
            for (int r = 0; r < rows; r++) {
                layout.setCategory(x, r * stride, j, c[r] < 0 ? -1 : map[c[r]]);
            }
        }
    }

    private Dataset assemble(String name, FeatureLayout layout) {
        int[] kept = Rows.kept(drop);
        if (kept.length == 0) {
            throw new DataFormatException(path, "every row has a missing value, so missing: drop-rows leaves no data");
        }
        notes.rowsDropped(rows - kept.length);
        double[] features = Rows.select(x, stride, kept);
        ClassIndex.Encoded labels;
        if (labelIsText) {
            labels = ClassIndex.categorical(Rows.select(labelCodes, kept), labelCats, true);
        } else if (sklearnClasses != null) {
            labels = sklearnLabels(Rows.select(labelValues, kept), kept);
        } else {
            labels = ClassIndex.numeric(Rows.select(labelValues, kept), i -> labelText(kept[i]));
        }
        return new Dataset(name, features, labels.y(), layout.names(), labels.names(), null);
    }

    private String labelText(int r) {
        return split(new CsvRecord(), firstData + r).text(data, labelColumn);
    }

    /** scikit-learn labels are the indices 0..K-1 into the class names of the first line. */
    private ClassIndex.Encoded sklearnLabels(double[] values, int[] kept) {
        int[] y = new int[values.length];
        for (int i = 0; i < y.length; i++) {
            double v = values[i];
            if (v != Math.rint(v) || v < 0 || v >= sklearnClasses.size()) {
                throw error(firstData + kept[i], labelColumn + 1, "label " + labelText(kept[i])
                        + " is not one of the class indices 0.." + (sklearnClasses.size() - 1)
                        + " named on line 1 (" + String.join(", ", sklearnClasses) + ")");
            }
            y[i] = (int) v;
        }
        return new ClassIndex.Encoded(y, sklearnClasses);
    }
}
