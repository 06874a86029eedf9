/**
 * Objectives: model + loss + regularizer over a batch of rows, and the regularizers
 * themselves. Imports {@code versus.math}, {@code versus.loss}, {@code versus.model},
 * {@code versus.data}.
 */
package versus.objective;
