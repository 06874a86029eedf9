package versus.data;

import java.nio.file.Path;

/**
 * Bad input data, located in its file: the message reads {@code FILE:LINE:COL: what is wrong,
 * what is allowed}. Lines and columns are 1-based; 0 means "not known".
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;
    private final long column;
    private final String problem;

    public DataFormatException(Path file, long line, long column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** An error about the whole file (it is missing, empty, or of an unknown kind). */
    public DataFormatException(Path file, String problem) {
        this(file, 0, 0, problem);
    }

    private static String format(Path file, long line, long column, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(problem).toString();
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }
    /** The message without its location. */
    public String problem() { return problem; }
}
