package versus.model;

/**
 * Training aids of an {@link Mlp}, all active in training mode only ({@link Model#setTraining}):
 *
 * @param dropout    probability of dropping each hidden unit's output, 0 for none: inverted
 *                   dropout (Srivastava, Hinton, Krizhevsky, Sutskever and Salakhutdinov 2014,
 *                   JMLR 15), whose kept units are scaled by 1/(1 - dropout) so evaluation needs
 *                   no rescaling. The paper's p is the keep probability, 1 - dropout here.
 * @param inputNoise standard deviation sigma of Gaussian noise added to every input during
 *                   training, 0 for none (Bishop 1995, "Training with noise is equivalent to
 *                   Tikhonov regularization", Neural Computation 7)
 * @param batchNorm  whether every hidden layer normalises its affine outputs (Ioffe and Szegedy
 *                   2015, ICML); see {@link Mlp} for the parameter layout
 */
public record MlpOptions(double dropout, double inputNoise, boolean batchNorm) {
    /** No dropout, no noise, no batch normalization: the plain network. */
    public static final MlpOptions NONE = new MlpOptions(0, 0, false);

    public MlpOptions {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(inputNoise >= 0) || !Double.isFinite(inputNoise)) {
            throw new IllegalArgumentException("input-noise must be a finite number >= 0, got " + inputNoise);
        }
    }

    /** Whether a training-mode forward pass draws random numbers (dropout masks or input noise). */
    public boolean random() {
        return dropout > 0 || inputNoise > 0;
    }

    /** For descriptions: {@code dropout 0.5, input noise 0.1, batch norm}; empty for {@link #NONE}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (dropout > 0) {
            s.append("dropout ").append(dropout);
        }
        if (inputNoise > 0) {
            s.append(s.length() > 0 ? ", " : "").append("input noise ").append(inputNoise);
        }
        if (batchNorm) {
            s.append(s.length() > 0 ? ", " : "").append("batch norm");
        }
        return s.toString();
    }
}
