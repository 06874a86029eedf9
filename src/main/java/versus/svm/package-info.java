/**
 * Kernel support vector machines: the C-SVC dual solved by SMO with second-order working-set
 * selection ({@link versus.svm.Smo}, as in LIBSVM), kernels evaluated on rows of the contiguous
 * feature array ({@link versus.svm.Kernel}), the {@link versus.svm.KernelSvm} learner with
 * one-vs-one or one-vs-rest multiclass, and the trained {@link versus.svm.KernelModel}. Imports
 * {@code versus.data}, {@code versus.math}, {@code versus.model} and {@code versus.train} only.
 */
package versus.svm;
