package versus.loss;

import versus.math.Vectors;

/**
 * Logistic loss {@code l(m) = ln(1 + e^-m)}, {@code l'(m) = -1 / (1 + e^m)}, evaluated without
 * overflow; the probability model is P(y=+1 | s) = sigmoid(s) (Cox 1958; logistic regression).
 */
public final class Logistic implements MarginLoss {
    @Override public String name() { return "logistic"; }
    @Override public double value(double m) { return Vectors.log1pExp(-m); }
    @Override public double derivative(double m) { return -Vectors.sigmoid(-m); }
    @Override public boolean hasProbabilities() { return true; }
    @Override public double probability(double score) { return Vectors.sigmoid(score); }
}
