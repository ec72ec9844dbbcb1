package dev.vouch.llm;

import dev.vouch.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mentions of language models and AI assistants in a text ({@code models.tsv}): which model, which
 * family, or AI in general. {@link LlmLabels} uses it to tell whether a label says AI output, and the
 * policy rules whether a label or a quotation names the model that wrote the text.
 */
public final class Models {
    public enum Kind { MODEL, FAMILY, GENERIC }

    public record Mention(int start, int end, Kind kind, String text) {}

    private static final Lexicon NAMES = Lexicon.load(Models.class, "models.tsv");
    /** Values that stand in for a model name without being one. */
    private static final Set<String> PLACEHOLDERS = Set.of("", "model", "model name", "the model", "llm", "an llm",
            "ai", "an ai", "ai model", "true", "yes", "on", "1", "unknown", "?", "todo", "tk", "tbd", "xxx", "…",
            "...", "name", "placeholder", "llm output", "ai output", "${1:model}", "<model>", "[model]");

    private Models() {}

    /** Mentions in {@code text}, by start; where two overlap, the more specific (longer) one wins. */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        int coveredTo = -1;
        for (Lexicon.Match m : NAMES.find(text)) {
            if (m.start() < coveredTo) {
                continue;
            }
            out.add(new Mention(m.start(), m.end(), Kind.valueOf(m.entry().column("kind").toUpperCase(Locale.ROOT)),
                    text.substring(m.start(), m.end())));
            coveredTo = m.end();
        }
        return out;
    }

    public static boolean namesModel(String text) {
        return find(text).stream().anyMatch(m -> m.kind() == Kind.MODEL);
    }

    public static boolean namesModelOrFamily(String text) {
        return find(text).stream().anyMatch(m -> m.kind() != Kind.GENERIC);
    }

    public static boolean mentionsAi(String text) {
        return !find(text).isEmpty();
    }

    /** Whether an attribute value or label names a model at all (not empty, not a stand-in like "MODEL"). */
    public static boolean isRealName(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return !PLACEHOLDERS.contains(v) && v.chars().anyMatch(Character::isLetterOrDigit);
    }
}
