package dev.vouch.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.text.Span;

/**
 * YAML front matter. {@code data} is the parsed mapping (empty when there is none or it is invalid);
 * {@code error} says why it could not be read, with the source offset it points at.
 */
public record FrontMatter(Span span, Span yamlSpan, ObjectNode data, String error, int errorOffset) {

    public static FrontMatter none() {
        return new FrontMatter(Span.empty(0), Span.empty(0), JsonNodeFactory.instance.objectNode(), null, -1);
    }

    public boolean present() {
        return !span.isEmpty();
    }

    /** A top-level key, or a missing node. */
    public JsonNode get(String key) {
        return data.path(key);
    }

    /** A top-level string value, or null. */
    public String string(String key) {
        JsonNode n = data.get(key);
        return n != null && n.isValueNode() ? n.asText() : null;
    }

    /** The source offset of the line that starts with {@code key:}, or the front matter's start. */
    public int keyOffset(CharSequence source, String key) {
        String yaml = yamlSpan.of(source);
        int from = 0;
        while (from <= yaml.length()) {
            int lineEnd = yaml.indexOf('\n', from);
            String line = yaml.substring(from, lineEnd < 0 ? yaml.length() : lineEnd);
            if (line.startsWith(key + ":")) {
                return yamlSpan.start() + from;
            }
            if (lineEnd < 0) {
                break;
            }
            from = lineEnd + 1;
        }
        return span.start();
    }
}
