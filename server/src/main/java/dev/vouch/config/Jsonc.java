package dev.vouch.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON with comments and trailing commas (as {@code .vouch.json} allows) into a tree, keeping the
 * line and column of every value so that a problem found later can point at it.
 */
public final class Jsonc {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A parsed document: the tree and where each value starts (keyed by JSON pointer, "" for the root). */
    public record Document(JsonNode root, Map<String, int[]> locations, Path file) {
        /** Line and column (1-based) of the value at {@code pointer}, or of its nearest parent. */
        public int[] location(String pointer) {
            String p = pointer;
            while (true) {
                int[] loc = locations.get(p);
                if (loc != null || p.isEmpty()) {
                    return loc == null ? new int[] {1, 1} : loc;
                }
                p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            }
        }

        public ConfigProblem problem(String pointer, String message) {
            int[] loc = location(pointer);
            return new ConfigProblem(file, loc[0], loc[1], message);
        }
    }

    private final Map<String, int[]> locations = new HashMap<>();
    /** Objects and arrays not yet closed: {line, column, 1 for an object}. */
    private final java.util.Deque<int[]> open = new java.util.ArrayDeque<>();

    private Jsonc() {}

    public static Document parse(String text, Path file) throws ConfigException {
        Jsonc reader = new Jsonc();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ConfigException(new ConfigProblem(file, 1, 1, "the file is empty; expected a JSON object"));
            }
            JsonNode root = reader.value(p, "");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ConfigException(new ConfigProblem(file, l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the JSON value"));
            }
            return new Document(root, Map.copyOf(reader.locations), file);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new ConfigException(new ConfigProblem(file, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), plainMessage(e.getOriginalMessage(), reader.open.peek())));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static final java.util.regex.Pattern END_OF_INPUT = java.util.regex.Pattern.compile(
            "(?s)Unexpected end-of-input.*?close marker for (Object|Array).*?line: (\\d+), column: (\\d+).*");
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
            "(?s)\\s*(?:\\(start marker )?at \\[Source:.*?\\]\\)?");

    /**
     * Jackson's message for a syntax error, in words a writer can act on: no "[Source: REDACTED …]"
     * internals, one line. An unclosed object or array says where it was opened.
     */
    static String plainMessage(String jackson, int[] innermostOpen) {
        String msg = jackson == null ? "" : jackson;
        if (msg.startsWith("Unexpected end-of-input") && innermostOpen != null) {
            return "unexpected end of file: " + (innermostOpen[2] == 1 ? "an object" : "an array") + " opened at line "
                    + innermostOpen[0] + ", column " + innermostOpen[1] + " is not closed";
        }
        java.util.regex.Matcher m = END_OF_INPUT.matcher(msg);
        if (m.matches()) {
            return "unexpected end of file: " + (m.group(1).equals("Object") ? "an object" : "an array")
                    + " opened at line " + m.group(2) + ", column " + m.group(3) + " is not closed";
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return "unexpected end of file: the JSON is cut off";
        }
        msg = SOURCE.matcher(msg).replaceAll("");
        int nl = msg.indexOf('\n');
        if (nl > 0) {
            msg = msg.substring(0, nl);
        }
        return "invalid JSON: " + msg.strip();
    }

    private JsonNode value(JsonParser p, String pointer) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        locations.put(pointer, new int[] {l.getLineNr(), l.getColumnNr()});
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                open.push(new int[] {l.getLineNr(), l.getColumnNr(), 1});
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    if (o.has(name)) {
                        throw new JsonParseException(p, "duplicate key \"" + name + "\"", kl);
                    }
                    p.nextToken();
                    o.set(name, value(p, child));
                    locations.put(child, new int[] {kl.getLineNr(), kl.getColumnNr()});
                }
                open.pop();
                return o;
            }
            case START_ARRAY -> {
                open.push(new int[] {l.getLineNr(), l.getColumnNr(), 0});
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, pointer + "/" + i++));
                }
                open.pop();
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
