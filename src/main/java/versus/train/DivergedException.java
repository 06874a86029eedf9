package versus.train;

/** Training produced a non-finite objective or parameter; the run records the model as diverged. */
public final class DivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DivergedException(int epoch, double value) {
        super("diverged at epoch " + epoch + ": objective is " + value + " (lower the learning rate)");
    }
}
