package versus.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import versus.eval.Metric;

/**
 * The checks every section planner shares: keys that do not apply, validating constructors whose
 * messages are located at the key they name, and files that must exist.
 */
final class ConfigChecks {
    private final YamlSource src;

    ConfigChecks(YamlSource src) {
        this.src = src;
    }

    YamlSource source() {
        return src;
    }

    /** Pairs key, value (values may be null) in order. */
    static Map<String, Object> keys(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Rejects keys that were given but mean nothing for {@code what}. */
    void onlyFor(String at, String what, Map<String, Object> notAllowed) {
        for (Map.Entry<String, Object> e : notAllowed.entrySet()) {
            if (e.getValue() != null) {
                throw src.error(at + "/" + e.getKey(), "key '" + e.getKey() + "' does not apply to " + what);
            }
        }
    }

    /**
     * Runs a validating constructor and locates its IllegalArgumentException at {@code at}, or at
     * the key the message starts with when the file has it there ("epochs must be >= 1" points
     * at {@code at/epochs}).
     */
    <T> T parse(String at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            String field = msg.split(" ", 2)[0];
            String parent = at.substring(0, Math.max(0, at.lastIndexOf('/')));
            for (String candidate : List.of(at + "/" + field, parent + "/" + field)) {
                if (src.has(candidate)) {
                    throw src.error(candidate, msg);
                }
            }
            throw src.error(at, msg);
        }
    }

    Path existing(String at, String relative) {
        Path p = src.baseDirectory().resolve(relative).normalize();
        if (!Files.isRegularFile(p)) {
            throw src.error(at, "data file not found: " + p + " (paths are relative to the experiment file)");
        }
        return p;
    }

    static List<String> metricNames(List<Metric> metrics) {
        List<String> names = new ArrayList<>();
        metrics.forEach(m -> names.add(m.name()));
        return names;
    }
}
