package versus.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A labelled input of a figure (a model's classifier, histories, predictions or fold values; an
 * optimizer) with the colour index it keeps in every figure of the experiment: its position in
 * the experiment's model list, so that plotting a subset does not recolour the models.
 *
 * @param name   legend label
 * @param colour index into {@link Palette#forModel}
 */
public record Named<T>(String name, int colour, T value) {
    public Named {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Pairs names and values by position; the colour index is the position. */
    public static <T> List<Named<T>> inOrder(List<String> names, List<? extends T> values) {
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + values.size() + " values");
        }
        List<Named<T>> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(new Named<>(names.get(i), i, values.get(i)));
        }
        return out;
    }

    /** The colour of {@link #colour}. */
    Color ink() {
        return Palette.forModel(colour);
    }
}
