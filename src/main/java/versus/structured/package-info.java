/**
 * Multi-label learning: the structured SVM over label vectors y in {-1,+1}^L with Hamming loss
 * and margin rescaling ({@link versus.structured.StructuredSvm}; Tsochantaridis et al. 2005,
 * trained by the stochastic subgradient method of Ratliff, Bagnell and Zinkevich 2007, or by the
 * 1-slack {@link versus.structured.CuttingPlane} of Joachims, Finley and Yu 2009), its
 * exact loss-augmented inference ({@link versus.structured.LabelInference}), and the
 * binary-relevance baseline that wraps any single-label learner once per label
 * ({@link versus.structured.BinaryRelevance}). Imports {@code versus.data}, {@code versus.model}
 * and {@code versus.train} only.
 */
package versus.structured;
