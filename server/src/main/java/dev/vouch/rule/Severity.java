package dev.vouch.rule;

import java.util.Locale;

/** How serious a finding is, in LSP's order: error is the most severe. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** "error", "warning"/"warn", "info"/"information", "hint"; null if none of these. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "information" -> INFO;
            case "hint" -> HINT;
            default -> null;
        };
    }
}
