package versus.loss;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every loss Versus knows, by canonical YAML name, with a one-line description. {@code versus list
 * losses}, the experiment registry and the shared gradient contract test all read this one table,
 * so a loss added here is listed, selectable and checked.
 */
public final class LossCatalog {
    /** A named loss and what it is. */
    public record Entry<T>(String name, String description, Supplier<T> factory) {
    }

    private static final Map<String, Entry<MarginLoss>> MARGIN = new LinkedHashMap<>();
    private static final Map<String, Entry<MulticlassLoss>> MULTICLASS = new LinkedHashMap<>();

    static {
        margin("zero-one", "1{m <= 0}; the misclassification count; EVALUATION ONLY, not trainable (zero gradient)", ZeroOne::new);
        margin("perceptron", "max(0, -m); the perceptron criterion (hinge at 0)", Hinge::perceptron);
        margin("hinge", "max(0, 1 - m); the soft-margin SVM", Hinge::svm);
        margin("squared-hinge", "max(0, 1 - m)^2; the L2-SVM", SquaredHinge::new);
        margin("logistic", "ln(1 + e^-m); probabilities sigmoid(s); logistic regression", Logistic::new);
        margin("logistic2", "log2(1 + e^-m) = logistic / ln 2 (the DL1 notes' form); probabilities sigmoid(s)",
                Scaled::logistic2);
        margin("modified-huber", "-4m (m < -1), (1 - m)^2 (-1 <= m <= 1), 0 (m > 1); Zhang 2004, scikit-learn",
                ModifiedHuber::zhang);
        margin("modified-huber-notes", "1 - 2m (m <= 0), (1 - m)^2 (0 < m <= 1), 0 (m > 1); the DL1 notes' variant",
                ModifiedHuber::notes);
        margin("exponential", "e^-m; AdaBoost's loss (overflows to +Inf for m < -709)", Exponential::new);
        margin("sigmoid", "1 - tanh(m) = 2 / (1 + e^2m); non-convex, bounded (Mason et al. 2000)", Sigmoid::tanh);
        margin("sigmoid-logistic", "1 / (1 + e^m); non-convex smoothed zero-one loss, 1/2 at m = 0", Sigmoid::logistic);
        margin("squared", "(1 - m)^2 = (y - s)^2; least-squares classification", Squared::new);
        multiclass("softmax", "logsumexp(s) - s_y; multinomial cross-entropy (softmax regression)", SoftmaxCrossEntropy::new);
        multiclass("cross-entropy", "the same as softmax: cross-entropy of softmax outputs (the MLP's name for it)",
                () -> new SoftmaxCrossEntropy("cross-entropy"));
        multiclass("mse", "1/2 sum_k (s_k - 1{k = y})^2; squared error to the one-hot target on identity outputs",
                MeanSquaredError::new);
        multiclass("crammer-singer", "max(0, 1 + max_{k != y} s_k - s_y); multiclass SVM (Crammer & Singer 2001)",
                CrammerSinger::new);
        multiclass("weston-watkins", "sum_{k != y} max(0, 1 + s_k - s_y); multiclass SVM loss (Weston & Watkins 1999, CS231n)",
                WestonWatkins::new);
        multiclass("sparsemax", "1/2 ||p||^2 - s_y + tau + 1/2, p = sparsemax(s) = max(s - tau, 0); sparse probabilities "
                + "(Martins & Astudillo 2016)", SparsemaxLoss::new);
    }

    private LossCatalog() {
    }

    private static void margin(String name, String description, Supplier<MarginLoss> factory) {
        MARGIN.put(name, new Entry<>(name, description, factory));
    }

    private static void multiclass(String name, String description, Supplier<MulticlassLoss> factory) {
        MULTICLASS.put(name, new Entry<>(name, description, factory));
    }

    /** Margin losses (binary; one-vs-rest for more classes), in listing order. */
    public static Map<String, Entry<MarginLoss>> marginLosses() {
        return java.util.Collections.unmodifiableMap(MARGIN);
    }

    /** Losses of a whole score vector, in listing order. */
    public static Map<String, Entry<MulticlassLoss>> multiclassLosses() {
        return java.util.Collections.unmodifiableMap(MULTICLASS);
    }

    /**
     * The output coding for {@code name} on {@code numClasses} classes: a multiclass loss as is,
     * a margin loss as {@link BinaryMargin} for two classes and {@link OneVsRest} for more.
     * Throws IllegalArgumentException listing the known names.
     */
    public static MulticlassLoss coding(String name, int numClasses) {
        Entry<MulticlassLoss> m = MULTICLASS.get(name);
        if (m != null) {
            return m.factory().get();
        }
        Entry<MarginLoss> b = MARGIN.get(name);
        if (b != null) {
            requireTrainable(name);
            MarginLoss loss = b.factory().get();
            return numClasses == 2 ? new BinaryMargin(loss) : new OneVsRest(loss);
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; known: " + String.join(", ", names()));
    }

    /** Whether {@code name} is a known loss that gradient training may use (not zero-one). */
    public static boolean trainable(String name) {
        if (MULTICLASS.containsKey(name)) {
            return true;
        }
        Entry<MarginLoss> b = MARGIN.get(name);
        return b != null && b.factory().get().trainable();
    }

    /**
     * Throws IllegalArgumentException when {@code name} is a known loss that training must not
     * use, saying why and which losses to train with; {@link #coding} calls it, and so can a
     * validator that wants to report the error before any training starts.
     */
    public static void requireTrainable(String name) {
        Entry<MarginLoss> b = MARGIN.get(name);
        if (b != null && !b.factory().get().trainable()) {
            java.util.List<String> use = new java.util.ArrayList<>(java.util.List.of("hinge", "logistic"));
            for (String n : names()) {
                if (trainable(n) && !use.contains(n)) {
                    use.add(n);
                }
            }
            throw new IllegalArgumentException(name + " has zero gradient almost everywhere; it is for evaluation only; train with "
                    + String.join(", ", use));
        }
    }

    public static boolean known(String name) {
        return MARGIN.containsKey(name) || MULTICLASS.containsKey(name);
    }

    public static java.util.List<String> names() {
        java.util.List<String> all = new java.util.ArrayList<>(MARGIN.keySet());
        all.addAll(MULTICLASS.keySet());
        return all;
    }
}
