package dev.vouch.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A typed option with its default and description. Global options live under {@code "options"} in
 * {@code .vouch.json} (e.g. {@code wordsPerMinute}); rule options live in the rule's own entry
 * ({@code "rules": {"policy.read-time": {"tolerance": 0.3}}}). Values are validated when the
 * configuration is loaded, so {@link #read} can trust its input.
 */
public final class OptionSpec<T> {
    public enum Type { BOOLEAN, INTEGER, NUMBER, STRING, STRING_LIST, JSON }

    private final String name;
    private final Type type;
    private final T defaultValue;
    private final String description;
    private final boolean global;
    private final List<String> allowed;
    private final Function<JsonNode, T> reader;
    private final Function<JsonNode, String> validator;

    private OptionSpec(String name, Type type, T defaultValue, String description, boolean global,
                       List<String> allowed, Function<JsonNode, T> reader) {
        this(name, type, defaultValue, description, global, allowed, reader, v -> null);
    }

    private OptionSpec(String name, Type type, T defaultValue, String description, boolean global,
                       List<String> allowed, Function<JsonNode, T> reader, Function<JsonNode, String> validator) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
        this.global = global;
        this.allowed = List.copyOf(allowed);
        this.reader = reader;
        this.validator = validator;
    }

    public static OptionSpec<Boolean> bool(String name, boolean def, String description) {
        return new OptionSpec<>(name, Type.BOOLEAN, def, description, false, List.of(), JsonNode::asBoolean);
    }

    public static OptionSpec<Integer> integer(String name, int def, String description) {
        return new OptionSpec<>(name, Type.INTEGER, def, description, false, List.of(), JsonNode::asInt);
    }

    public static OptionSpec<Double> number(String name, double def, String description) {
        return new OptionSpec<>(name, Type.NUMBER, def, description, false, List.of(), JsonNode::asDouble);
    }

    public static OptionSpec<String> string(String name, String def, String description, String... allowed) {
        return new OptionSpec<>(name, Type.STRING, def, description, false, List.of(allowed), JsonNode::asText);
    }

    public static OptionSpec<List<String>> stringList(String name, String description) {
        return new OptionSpec<>(name, Type.STRING_LIST, List.of(), description, false, List.of(), n -> {
            List<String> out = new ArrayList<>();
            n.forEach(e -> out.add(e.asText()));
            return List.copyOf(out);
        });
    }

    /** A structured option (a list of objects, say); the rule reads the tree itself. */
    public static OptionSpec<JsonNode> json(String name, String description) {
        return new OptionSpec<>(name, Type.JSON, JsonNodeFactory.instance.nullNode(), description, false,
                List.of(), n -> n);
    }

    /** The same option, read from the global {@code "options"} object instead of the rule's entry. */
    public OptionSpec<T> global() {
        return new OptionSpec<>(name, type, defaultValue, description, true, allowed, reader, validator);
    }

    /**
     * The same option with a further check of its value, run when the configuration is loaded (after the
     * type check): {@code check} returns why the value is not acceptable ("pattern 2 is not a valid
     * regular expression: …"), or null. The problem is reported with the file, line and column of the
     * value, and the value is not used.
     */
    public OptionSpec<T> validatedBy(Function<JsonNode, String> check) {
        return new OptionSpec<>(name, type, defaultValue, description, global, allowed, reader, check);
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isGlobal() {
        return global;
    }

    public List<String> allowed() {
        return allowed;
    }

    public T read(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return defaultValue;
        }
        return reader.apply(value);
    }

    /** Why {@code value} is not acceptable for this option, or null when it is. */
    public String problem(JsonNode value) {
        boolean ok = switch (type) {
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case STRING -> value.isTextual() && (allowed.isEmpty() || allowed.contains(value.asText()));
            case STRING_LIST -> value.isArray() && allElementsText(value);
            case JSON -> true;
        };
        if (ok) {
            String why = validator.apply(value);
            return why == null ? null : "option \"" + name + "\": " + why;
        }
        String expected = switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case STRING -> allowed.isEmpty() ? "a string" : "one of " + String.join(", ", allowed);
            case STRING_LIST -> "a list of strings";
            case JSON -> "any JSON value";
        };
        return "option \"" + name + "\" must be " + expected;
    }

    private static boolean allElementsText(JsonNode array) {
        for (JsonNode e : array) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
