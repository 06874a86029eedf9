package versus.data;

/**
 * A {@code labels:} entry that names no usable column of the file; {@link #labelIndex()} says
 * which entry, so the caller can point at it in the experiment YAML.
 */
public final class LabelColumnException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int labelIndex;

    LabelColumnException(int labelIndex, String message) {
        super(message);
        this.labelIndex = labelIndex;
    }

    /** 0-based position of the offending name in the {@code labels:} list. */
    public int labelIndex() { return labelIndex; }
}
