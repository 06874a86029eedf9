package versus.svm;

/** How a {@link KernelSvm} combines binary machines for K > 2 classes (K = 2 is one machine). */
public enum Multiclass {
    /**
     * K(K-1)/2 machines, one per pair {@code a < b} of classes, trained on the rows of those two
     * classes with b as +1; each votes, the most votes win (LIBSVM, scikit-learn's SVC).
     */
    ONE_VS_ONE,
    /** K machines, class c (+1) against all others (-1); the largest decision value wins. */
    ONE_VS_REST;

    /** Number of binary machines for {@code numClasses} classes: 1 for two classes. */
    public int machines(int numClasses) {
        if (numClasses == 2) {
            return 1;
        }
        return this == ONE_VS_ONE ? numClasses * (numClasses - 1) / 2 : numClasses;
    }
}
