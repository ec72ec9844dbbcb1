package dev.vouch.rule;

import java.util.Locale;

/** The five kinds of finding Vouch reports; a rule id starts with its category's id. */
public enum Category {
    CLAIMS("claims", "Unsupported claims: facts, figures and attributions stated with nothing to check them by"),
    CITATIONS("citations", "Citations that cannot be followed: missing definitions, broken links, placeholders"),
    AI_STYLE("ai-style", "Prose that reads like stock AI-assistant output"),
    GRAMMAR("grammar", "Grammar and spelling (LanguageTool), markup-aware"),
    POLICY("policy", "Venue policies: editing time, labelled AI output, read time, required sections");

    private final String id;
    private final String description;

    Category(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The category named {@code id} ("ai-style"), or null. */
    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
