package versus.linear;

/** How the bias b of {@code s(x) = w.x + b} enters the objective. */
public enum BiasPenalty {
    /**
     * LIBLINEAR's {@code -B 1}: b is the weight of an appended constant feature 1, so
     * {@code b^2} is in {@code ||w||^2} and the dual has box constraints only.
     */
    PENALIZED,
    /** b is free: the binary dual gains the equality constraint {@code sum_i y_i alpha_i = 0}. */
    UNPENALIZED
}
