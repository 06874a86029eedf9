/**
 * Baselines from the Smile 3.1.1 library (Haifeng Li, GPL-3), run side by side with Versus's own
 * learners as independent references: {@link versus.baseline.SmileLogistic},
 * {@link versus.baseline.SmileSvm} and {@link versus.baseline.SmileMlp}. The only package that
 * imports {@code smile.*} (and {@code org.bytedeco.*}, whose OpenBLAS natives only the MLP needs).
 * Imports {@code versus.data}, {@code versus.math}, {@code versus.model} and {@code versus.train}.
 *
 * <p>Smile wants one {@code double[]} per row, so the learners copy a {@link versus.data.Dataset}'s
 * contiguous rows into a {@code double[][]} when they train and copy each row into a scratch
 * buffer when they score; the copies are the price of an unmodified reference implementation.
 */
package versus.baseline;
