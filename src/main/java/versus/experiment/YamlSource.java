package versus.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An experiment file: its text, the parsed {@link ExperimentConfig}, and the line and column of
 * every value by JSON pointer ({@code /models/0/loss}), so that a check made after parsing can
 * still point at the place in the file.
 */
public final class YamlSource {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // epochs: 2.5 is an error, not 2

    private final Path file;
    private final String text;
    private final ExperimentConfig config;
    private final Map<String, JsonLocation> locations;

    /** Where a key, or a value, starts: by JSON pointer. */
    private record Index(Map<String, JsonLocation> keys, Map<String, JsonLocation> values) {
    }

    private YamlSource(Path file, String text, ExperimentConfig config, Map<String, JsonLocation> locations) {
        this.file = file;
        this.text = text;
        this.config = config;
        this.locations = locations;
    }

    /** Reads and parses {@code file}; every problem is a located {@link ConfigException}. */
    public static YamlSource read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        Index idx = new Index(new HashMap<>(), new HashMap<>());
        Map<String, JsonLocation> locations = idx.values();
        try {
            index(text, idx);
            ExperimentConfig config = MAPPER.readValue(text, ExperimentConfig.class);
            if (config == null) {
                throw new ConfigException(file + ":1:1: the file is empty; an experiment needs at least name, datasets and models");
            }
            return new YamlSource(file, text, config, locations);
        } catch (UnrecognizedPropertyException e) {
            JsonLocation key = idx.keys().get(pointer(e));
            throw new ConfigException(at(file, key != null ? key : e.getLocation()) + "unknown key '" + e.getPropertyName()
                    + "'; allowed here: " + String.join(", ", kebab(e.getKnownPropertyIds())));
        } catch (JsonMappingException e) {
            JsonLocation value = locations.get(pointer(e));
            throw new ConfigException(at(file, value != null ? value : e.getLocation()) + describe(e));
        } catch (JsonProcessingException e) {
            String msg = firstLine(e.getOriginalMessage());
            throw new ConfigException(at(file, e.getLocation()) + (msg.startsWith("Duplicate field")
                    ? msg.replaceFirst("Duplicate field '(.*)'", "key '$1' is given twice here; give each key once")
                    : "not valid YAML: " + msg));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Records where every key and every value token starts, by its JSON pointer. */
    private static void index(String text, Index out) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                (t == JsonToken.FIELD_NAME ? out.keys() : out.values()).putIfAbsent(pointer, p.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            // a syntax error: databind reports it with its location right after
        }
    }

    /** The JSON pointer of the place a mapping exception refers to ({@code /models/0/sed}). */
    private static String pointer(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            s.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
        }
        return s.toString();
    }

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "java.lang.Long", "an integer", "java.lang.Integer", "an integer", "java.lang.Double", "a number",
            "java.lang.String", "text", "java.lang.Boolean", "true or false", "java.util.List<java.lang.String>", "a list of names");

    private static String describe(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
            return "not valid YAML: " + firstLine(((JsonProcessingException) cause).getOriginalMessage());
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String msg = firstLine(e.getOriginalMessage());
        String field = e.getPath().isEmpty() || e.getPath().get(e.getPath().size() - 1).getFieldName() == null ? "value"
                : e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
                && (msg.startsWith("Cannot construct instance") || msg.startsWith("Cannot coerce"))) {
            return "wrong type for '" + field + "': expected " + expected(mi.getTargetType());
        }
        if (msg.startsWith("Cannot deserialize value of type")) {
            String path = e.getPath().isEmpty() ? "value" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            String type = msg.replaceFirst("Cannot deserialize value of type `([^`]*)`.*", "$1");
            if (type.matches("java\\.util\\.\\w*List<.*>")) { // a list of ...: name the element type
                String element = type.replaceFirst("java\\.util\\.\\w*List<(.*)>", "$1");
                return "wrong type for '" + path + "': expected a list of " + TYPE_NAMES.getOrDefault(element, element.replaceAll(".*[.$]", ""))
                        .replaceFirst("^an? ", "") + "s";
            }
            return "wrong type for '" + path + "': expected " + TYPE_NAMES.getOrDefault(type, type.replaceAll(".*[.$]", ""));
        }
        return msg;
    }

    /** What a YAML value of this Java type looks like: a scalar kind, or a mapping with its keys (or a name, when one is accepted). */
    private static String expected(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (!type.isRecord()) {
            return TYPE_NAMES.getOrDefault(type.getName(), type.getSimpleName());
        }
        java.util.List<Object> keys = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            keys.add(c.getName());
        }
        boolean named = false;
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            com.fasterxml.jackson.annotation.JsonCreator jc = m.getAnnotation(com.fasterxml.jackson.annotation.JsonCreator.class);
            named |= jc != null && jc.mode() == com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object k : keys) {
            names.add(PropertyNamingStrategies.KebabCaseStrategy.INSTANCE.translate(String.valueOf(k)));
        }
        return (named ? "a name or " : "") + "a mapping with keys " + String.join(", ", names);
    }

    private static java.util.List<String> kebab(java.util.Collection<Object> ids) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object id : ids) {
            names.add(PropertyNamingStrategies.KebabCaseStrategy.INSTANCE.translate(String.valueOf(id)));
        }
        java.util.Collections.sort(names);
        return names;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String at(Path file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return file + ": ";
        }
        return file + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
    }

    public Path file() { return file; }
    public String text() { return text; }
    public ExperimentConfig config() { return config; }

    /** Folder that relative data paths in the file are resolved against. */
    public Path baseDirectory() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /**
     * A copy of a model entry with the value at a dotted key path ({@code regularizer.lambda},
     * {@code epochs}) replaced: how a grid point becomes an ordinary model entry.
     */
    static ExperimentConfig.ModelConfig withValue(ExperimentConfig.ModelConfig model, String path, Object value) {
        com.fasterxml.jackson.databind.node.ObjectNode root = MAPPER.valueToTree(model);
        String[] keys = path.split("\\.");
        com.fasterxml.jackson.databind.node.ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            com.fasterxml.jackson.databind.JsonNode child = node.get(keys[i]);
            if (child == null || !child.isObject()) {
                child = node.putObject(keys[i]);
            }
            node = (com.fasterxml.jackson.databind.node.ObjectNode) child;
        }
        node.set(keys[keys.length - 1], MAPPER.valueToTree(value));
        try {
            return MAPPER.treeToValue(root, ExperimentConfig.ModelConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("grid key '" + path + "' with value " + value + ": "
                    + (e instanceof UnrecognizedPropertyException u ? "unknown key '" + u.getPropertyName() + "'"
                    : e instanceof JsonMappingException m ? describe(m) : firstLine(e.getOriginalMessage())));
        }
    }

    /** Whether the file has a value at {@code pointer}. */
    public boolean has(String pointer) {
        return locations.containsKey(pointer);
    }

    /**
     * A located error at the value under {@code pointer} (e.g. {@code /models/1/loss}); falls back
     * to the nearest located parent, then to the file.
     */
    public ConfigException error(String pointer, String message) {
        String p = pointer;
        while (true) {
            JsonLocation loc = locations.get(p);
            if (loc != null) {
                return new ConfigException(at(file, loc) + message);
            }
            if (p.isEmpty()) {
                return new ConfigException(file + ": " + message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
