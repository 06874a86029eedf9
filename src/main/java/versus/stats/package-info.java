/**
 * Significance tests for comparing two or more models, as pure functions of numbers the runner
 * has already computed (per-split scores, per-row correctness, per-dataset means): no I/O, no
 * training. Imports only {@code java.*} and commons-math3's special functions.
 *
 * <p>Conventions: A is the first model, B the second; a paired test takes the <em>advantage</em>
 * of A over B per split or data set (positive favours A), which {@link versus.stats.Direction}
 * builds from raw metric values whether higher or lower is better. p-values are two-sided. Every
 * result has a one-line {@code verdict} that states only what its test supports.
 *
 * <table>
 *   <caption>Which test for which protocol</caption>
 *   <tr><th>YAML name</th><th>class</th><th>input</th></tr>
 *   <tr><td>corrected-t</td><td>{@link versus.stats.CorrectedResampledT}</td><td>repeated holdout or (repeated) k-fold, one data set</td></tr>
 *   <tr><td>5x2cv</td><td>{@link versus.stats.FiveByTwoCvT}</td><td>5 repeats of 2-fold CV, one data set</td></tr>
 *   <tr><td>mcnemar</td><td>{@link versus.stats.McNemar}</td><td>one holdout or train-test split</td></tr>
 *   <tr><td>bayesian-rope</td><td>{@link versus.stats.BayesianCorrelatedT}</td><td>as corrected-t</td></tr>
 *   <tr><td>wilcoxon</td><td>{@link versus.stats.Wilcoxon}</td><td>two models over N data sets</td></tr>
 *   <tr><td>friedman-nemenyi</td><td>{@link versus.stats.FriedmanNemenyi}</td><td>k models over N data sets</td></tr>
 * </table>
 */
package versus.stats;
