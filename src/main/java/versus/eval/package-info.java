/**
 * Evaluation: protocols that cut data into {@link versus.eval.Split}s (holdout, k-fold, LOO,
 * bootstrap, predefined, train-test, resubstitution; group-aware with query ids; iterative
 * stratification of multi-label data), the metrics registry (classification, ranking and
 * multi-label), confusion matrices, the {@link versus.eval.Evaluator}
 * that turns a classifier's scores into {@link versus.eval.Predictions}, and
 * {@link versus.eval.GridSearch} (tuning inside a training split). Imports {@code data},
 * {@code model}, {@code train}.
 */
package versus.eval;
