/**
 * Numerical kernels on {@code double[]} slices (dot, axpy, log-sum-exp, softmax, sparsemax,
 * stable sigmoid). No matrix library; imports nothing from the rest of Versus.
 */
package versus.math;
