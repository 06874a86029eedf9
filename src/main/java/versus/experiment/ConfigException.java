package versus.experiment;

/**
 * A mistake in an experiment file, already located: the message reads
 * {@code FILE:LINE:COL: what is wrong, what is allowed}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
