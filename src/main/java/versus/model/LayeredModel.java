package versus.model;

/**
 * A model made of weight layers, which can say how large each layer's share of a gradient is:
 * the vanishing / exploding gradient diagnostic of Glorot and Bengio (2010). The trainer records
 * it per epoch only for models of this type, so other models pay nothing for it.
 */
public interface LayeredModel extends Model {
    /** Number of weight layers, input layer first. */
    int layers();

    /**
     * {@code out[l] = ||grad restricted to the weights of layer l||_2} for l &lt; {@link #layers()},
     * of a gradient laid out like {@link #parameters()}; biases and other unit parameters excluded.
     */
    void layerGradientNorms(double[] grad, double[] out);
}
