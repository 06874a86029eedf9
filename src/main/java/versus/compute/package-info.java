/**
 * Numerics that figures draw but that are not drawing: the damped Newton minimiser of a function
 * of two variables ({@link versus.compute.Newton2d}) and the principal directions of a parameter
 * trajectory ({@link versus.compute.PathPca}). Pure functions of numbers; no charts, no files.
 * Imports {@code versus.math} and Apache Commons Math only; {@code versus.plot} calls it.
 */
package versus.compute;
