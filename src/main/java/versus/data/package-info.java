/**
 * Data: {@link versus.data.Dataset} (features in one contiguous row-major {@code double[]}, int
 * labels with class names, optional query groups, optional multi-label
 * {@link versus.data.LabelSets}), the loaders (CSV, ARFF, LIBSVM/SVMlight,
 * IDX, all also gzipped) behind {@link versus.data.DatasetLoader}, the training-split
 * {@link versus.data.Standardizer}, and generated data (teaching sets, truth tables, LETOR,
 * multi-label topics).
 * Errors in files are {@link versus.data.DataFormatException}s located as FILE:LINE:COL.
 * Imports nothing from the rest of Versus.
 */
package versus.data;
