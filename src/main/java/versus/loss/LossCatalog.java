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
        margin("logistic", "ln(1 + e^-m); probabilities sigmoid(s); logistic regression", Logistic::new);
        margin("hinge", "max(0, 1 - m); the soft-margin SVM", Hinge::svm);
        margin("perceptron", "max(0, -m); the perceptron criterion (hinge at 0)", Hinge::perceptron);
        margin("squared-hinge", "max(0, 1 - m)^2; the L2-SVM", SquaredHinge::new);
        margin("squared", "(1 - m)^2 = (y - s)^2; least-squares classification", Squared::new);
        multiclass("softmax", "logsumexp(s) - s_y; multinomial cross-entropy (softmax regression)", SoftmaxCrossEntropy::new);
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
            MarginLoss loss = b.factory().get();
            return numClasses == 2 ? new BinaryMargin(loss) : new OneVsRest(loss);
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; known: " + String.join(", ", names()));
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
