package dev.vouch.rules.grammar;

import dev.vouch.util.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LanguageTool rules Vouch turns off for Markdown essays, each with its reason, read once from
 * {@code languagetool-essay-defaults.tsv} (rule id, tab, reason; {@code #} comments). A writer turns one
 * back on with the {@code languageToolEnabledRules} option.
 */
final class EssayDefaults {
    static final String FILE = "languagetool-essay-defaults.tsv";

    /** One line of the file. */
    record Entry(String ruleId, String reason, int line) {}

    private static final List<Entry> ENTRIES = load();
    private static final Map<String, Entry> BY_ID = index(ENTRIES);

    private EssayDefaults() {}

    static List<Entry> entries() {
        return ENTRIES;
    }

    static Entry get(String ruleId) {
        return BY_ID.get(ruleId);
    }

    /** The rule ids to turn off in an instance, less those the writer turned back on. */
    static List<String> disabledFor(Set<String> enabled) {
        List<String> off = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (!enabled.contains(e.ruleId())) {
                off.add(e.ruleId());
            }
        }
        return off;
    }

    private static List<Entry> load() {
        String text = Resources.text(EssayDefaults.class, FILE);
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected a rule id, a tab and a reason");
            }
            out.add(new Entry(line.substring(0, tab).strip(), line.substring(tab + 1).strip(), i + 1));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (m.put(e.ruleId(), e) != null) {
                throw new IllegalStateException(FILE + ":" + e.line() + ": " + e.ruleId() + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
