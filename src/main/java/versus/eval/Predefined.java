package versus.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import versus.data.DataFormatException;
import versus.data.Dataset;

/**
 * Folds given by the user (scikit-learn's {@code PredefinedSplit}): {@code foldOfRow[i]} is the
 * fold of row {@code i}, or -1 for a row that is always in training. There is one split per fold
 * id present, in ascending order; split {@code j} tests the rows of the j-th id and
 * {@code Split.fold} is that id. The generator is not used.
 *
 * @param foldOfRow fold id (&gt;= 0) or -1 per row; copied, never modified
 */
public record Predefined(int[] foldOfRow) implements Protocol {
    private static final String HEADER = "index,fold";

    public Predefined {
        foldOfRow = foldOfRow.clone();
        int folds = 0;
        int firstFold = -1;
        boolean alwaysTrain = false;
        for (int i = 0; i < foldOfRow.length; i++) {
            int f = foldOfRow[i];
            if (f < -1) {
                throw new IllegalArgumentException("foldOfRow[" + i + "] must be >= -1, got " + f);
            }
            if (f == -1) {
                alwaysTrain = true;
            } else if (firstFold < 0) {
                firstFold = f;
                folds = 1;
            } else if (f != firstFold) {
                folds = 2; // two distinct ids are all the checks below need
            }
        }
        if (folds == 0) {
            throw new IllegalArgumentException("foldOfRow must put at least one row in a test fold (id >= 0)");
        }
        if (folds == 1 && !alwaysTrain) {
            throw new IllegalArgumentException("foldOfRow puts every row in fold " + firstFold + ", leaving its split no training rows");
        }
    }

    /** A copy of the fold ids. */
    @Override
    public int[] foldOfRow() { return foldOfRow.clone(); }

    @Override
    public String name() { return "predefined"; }

    @Override
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        if (data.rows() != foldOfRow.length) {
            throw new IllegalArgumentException("predefined folds cover " + foldOfRow.length + " rows but the data set has " + data.rows());
        }
        return Resampling.splitsFromFolds(foldOfRow, 0, 0);
    }

    /**
     * Reads a CSV with the header {@code index,fold}: one line per listed row, its 0-based index and
     * its fold id (&gt;= 0, or -1 for always training). Rows not listed are always in training.
     * Blank lines are skipped; cells may be padded with spaces.
     *
     * @param rows the data set's row count: indices must lie in {@code 0..rows-1}
     * @throws DataFormatException at {@code FILE:LINE:COL} for a missing header, a wrong number of
     *                             cells, a bad, out-of-range or repeated index, a bad fold id, or
     *                             a file that lists no test fold
     */
    public static Predefined load(Path csv, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, got " + rows);
        }
        int[] fold = new int[rows];
        Arrays.fill(fold, -1);
        int[] lineOfRow = new int[rows]; // where each index was first listed, for the duplicate message
        boolean anyFold = false;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new DataFormatException(csv, "empty file; expected the header " + HEADER);
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (!header.replace(" ", "").equalsIgnoreCase(HEADER)) {
                throw new DataFormatException(csv, 1, 1, "expected the header " + HEADER + ", got '" + header + "'");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new DataFormatException(csv, lineNo, line.length() + 1, "expected 2 cells index,fold, got 1");
                }
                int extra = line.indexOf(',', comma + 1);
                if (extra >= 0) {
                    throw new DataFormatException(csv, lineNo, column(line, extra + 1), "expected 2 cells index,fold, got more");
                }
                int index = parseCell(csv, lineNo, line, 0, comma, "index", 0, rows - 1);
                int f = parseCell(csv, lineNo, line, comma + 1, line.length(), "fold", -1, Integer.MAX_VALUE);
                if (lineOfRow[index] != 0) {
                    throw new DataFormatException(csv, lineNo, column(line, 0), "index " + index + " is listed twice (first on line "
                            + lineOfRow[index] + "); each row may have one fold");
                }
                lineOfRow[index] = lineNo;
                fold[index] = f;
                anyFold |= f >= 0;
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(csv, "file not found");
        } catch (IOException e) {
            throw new DataFormatException(csv, "cannot read: " + e.getMessage());
        }
        if (!anyFold) {
            throw new DataFormatException(csv, "lists no row in a test fold; folds are integers >= 0");
        }
        try {
            return new Predefined(fold);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(csv, e.getMessage());
        }
    }

    /** The integer in {@code line[from, to)}, trimmed, checked against {@code min..max}. */
    private static int parseCell(Path csv, int lineNo, String line, int from, int to, String what, int min, int max) {
        String cell = line.substring(from, to).trim();
        int col = column(line, from);
        String allowed = max == Integer.MAX_VALUE ? "an integer >= " + min : "an integer in " + min + ".." + max;
        long v;
        try {
            v = Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new DataFormatException(csv, lineNo, col, what + " '" + cell + "' is not an integer; expected " + allowed);
        }
        if (v < min || v > max) {
            throw new DataFormatException(csv, lineNo, col, what + " " + v + " is out of range; expected " + allowed);
        }
        return (int) v;
    }

    /** 1-based column of the first non-blank character at or after {@code from}. */
    private static int column(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Predefined p && Arrays.equals(foldOfRow, p.foldOfRow);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(foldOfRow); }

    @Override
    public String toString() { return "Predefined[" + foldOfRow.length + " rows]"; }
}
