package dev.vouch.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.config.Presets;
import dev.vouch.rule.Category;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;

/**
 * The JSON Schema of {@code .vouch.json}, generated from the registry (rule ids, their options, global
 * options, presets), for editors that offer completion in JSON files.
 */
public final class ConfigSchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigSchema() {}

    public static String generate(RuleRegistry registry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "Vouch configuration (.vouch.json)");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("$schema").put("type", "string");
        ObjectNode ext = props.putObject("extends");
        ext.put("description", "Presets (\"vouch:NAME\") or relative paths of other configuration files, applied first.");
        ArrayNode anyOf = ext.putArray("anyOf");
        ObjectNode presetName = JSON.createObjectNode().put("type", "string");
        ArrayNode examples = presetName.putArray("examples");
        Presets.names().forEach(n -> examples.add("vouch:" + n));
        anyOf.add(presetName);
        anyOf.addObject().put("type", "array").set("items", presetName.deepCopy());

        ObjectNode rules = props.putObject("rules");
        rules.put("type", "object");
        rules.put("description", "Rule ids or category ids to \"off\", \"on\", a severity, or an object with severity and options.");
        rules.put("additionalProperties", false);
        ObjectNode ruleProps = rules.putObject("properties");
        for (Category c : Category.values()) {
            ruleProps.set(c.id(), setting(null, "Every " + c.id() + " rule: " + c.description()));
        }
        for (RuleDescriptor d : registry.all()) {
            ruleProps.set(d.id(), setting(d, d.summary()));
        }
        ObjectNode options = props.putObject("options");
        options.put("type", "object");
        options.put("additionalProperties", false);
        ObjectNode optProps = options.putObject("properties");
        registry.globalOptions().values().forEach(o -> optProps.set(o.name(), option(o)));
        props.putObject("words").put("type", "array").put("description", "Words the spelling checker accepts.")
                .putObject("items").put("type", "string");
        props.putObject("ignore").put("type", "array").put("description", "Globs, relative to this file, of drafts not to check.")
                .putObject("items").put("type", "string");
        for (String meta : new String[] {"title", "description", "date", "source", "supersededBy"}) {
            props.putObject(meta).put("type", "string");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode setting(RuleDescriptor d, String description) {
        ObjectNode s = JSON.createObjectNode();
        s.put("description", description);
        ArrayNode oneOf = s.putArray("oneOf");
        ObjectNode word = oneOf.addObject().put("type", "string");
        ArrayNode values = word.putArray("enum");
        for (String v : new String[] {"off", "on", "error", "warning", "info", "hint"}) {
            values.add(v);
        }
        oneOf.addObject().put("type", "boolean");
        ObjectNode obj = oneOf.addObject().put("type", "object").put("additionalProperties", false);
        ObjectNode p = obj.putObject("properties");
        p.set("severity", word.deepCopy());
        if (d != null) {
            for (OptionSpec<?> o : d.options()) {
                if (!o.isGlobal()) {
                    p.set(o.name(), option(o));
                }
            }
        }
        return s;
    }

    private static ObjectNode option(OptionSpec<?> o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("description", o.description());
        switch (o.type()) {
            case BOOLEAN -> n.put("type", "boolean");
            case INTEGER -> n.put("type", "integer");
            case NUMBER -> n.put("type", "number");
            case STRING -> {
                n.put("type", "string");
                if (!o.allowed().isEmpty()) {
                    ArrayNode e = n.putArray("enum");
                    o.allowed().forEach(e::add);
                }
            }
            case STRING_LIST -> n.put("type", "array").putObject("items").put("type", "string");
            case JSON -> { }
        }
        Object def = o.defaultValue();
        if (def != null && !(def instanceof com.fasterxml.jackson.databind.JsonNode)) {
            n.set("default", JSON.valueToTree(def));
        }
        return n;
    }
}
