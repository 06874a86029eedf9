package versus.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every hidden-unit kind Versus knows, by canonical YAML name ({@code activation:}), with a
 * one-line description for {@code versus list activations}. Scalar activations use their default
 * parameters here; other values go through the records' constructors
 * ({@code new Activation.LeakyRelu(0.2)}, {@code new HiddenUnits.Maxout(3)}).
 */
public final class ActivationCatalog {
    private record Entry(String description, HiddenUnits units) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        scalar(new Activation.Identity(), "z; identity hidden layers compose to one affine map");
        scalar(new Activation.Step(), "1 if z >= 0 else 0; threshold unit, fixed-network only (no gradient)");
        scalar(new Activation.Sign(), "+1 if z >= 0 else -1; the perceptron's sgn, fixed-network only (no gradient)");
        scalar(new Activation.Sigmoid(), "1 / (1 + e^-z), range (0, 1)");
        scalar(new Activation.Tanh(), "(e^z - e^-z) / (e^z + e^-z), range (-1, 1)");
        scalar(new Activation.HardTanh(), "max(-1, min(1, z)); derivative 0 outside (-1, 1)");
        scalar(new Activation.Relu(), "max(0, z); derivative 0 at 0 (Nair and Hinton 2010)");
        scalar(new Activation.LeakyRelu(), "z if z > 0 else 0.01 z (Maas et al. 2013)");
        layer(new HiddenUnits.PRelu(), "z if z > 0 else a_j z, one learned slope a_j per unit, from 0.25 (He et al. 2015)");
        scalar(new Activation.Elu(), "z if z > 0 else e^z - 1 (alpha 1; Clevert et al. 2016)");
        scalar(new Activation.Softplus(), "ln(1 + e^z), a smooth relu; derivative sigmoid(z)");
        scalar(new Activation.Arctan(), "arctan z, range (-pi/2, pi/2)");
        scalar(new Activation.Softsign(), "z / (1 + |z|), range (-1, 1)");
        layer(new HiddenUnits.Maxout(), "max of 2 affine pieces per unit (Goodfellow et al. 2013)");
    }

    private ActivationCatalog() {
    }

    private static void scalar(Activation f, String description) {
        layer(new HiddenUnits.Pointwise(f), description);
    }

    private static void layer(HiddenUnits units, String description) {
        ENTRIES.put(units.name(), new Entry(description, units));
    }

    /** Canonical names in listing order. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The one-line description; IllegalArgumentException listing the known names if unknown. */
    public static String describe(String name) {
        return entry(name).description();
    }

    /** The scalar activation of that name; empty for unknown names and for prelu and maxout, whose units have parameters. */
    public static Optional<Activation> byName(String name) {
        return units(name).filter(u -> u instanceof HiddenUnits.Pointwise).map(u -> ((HiddenUnits.Pointwise) u).f());
    }

    /** The hidden units of that name (every listed name), with default parameters. */
    public static Optional<HiddenUnits> units(String name) {
        return Optional.ofNullable(ENTRIES.get(name)).map(Entry::units);
    }

    private static Entry entry(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "'; known: " + String.join(", ", ENTRIES.keySet()));
        }
        return e;
    }
}
