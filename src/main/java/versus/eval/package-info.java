/**
 * Evaluation: protocols that cut data into {@link versus.eval.Split}s (holdout, k-fold, LOO,
 * bootstrap, predefined, train-test, resubstitution; group-aware with query ids; iterative
 * stratification of multi-label data), the metrics registry (classification, ranking and
 * multi-label) and the regression metrics ({@link versus.eval.RegressionMetric} over
 * {@link versus.eval.RealPredictions}), confusion matrices, the {@link versus.eval.Evaluator}
 * that turns a classifier's scores (a regressor's values) into {@link versus.eval.Predictions}, and
 * {@link versus.eval.GridSearch} (tuning inside a training split). Imports {@code data},
 * {@code model}, {@code train}.
 */
package versus.eval;
