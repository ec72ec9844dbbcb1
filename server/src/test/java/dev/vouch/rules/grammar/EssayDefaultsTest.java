package dev.vouch.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.Rule;

/**
 * The data the grammar rules rely on names LanguageTool rules and categories that exist, so a LanguageTool
 * upgrade that renames one fails here instead of silently turning a noisy rule back on.
 */
class EssayDefaultsTest {
    private static final List<String> VARIANTS = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA");

    private static Set<String> all(boolean categories) {
        Set<String> ids = new HashSet<>();
        for (String v : VARIANTS) {
            LanguageTools.withInstance(new LanguageTools.Key(v, Set.of()), lt -> {
                for (Rule r : lt.getAllRules()) {
                    ids.add(categories ? r.getCategory().getId().toString() : r.getId());
                }
                return null;
            });
        }
        return ids;
    }

    @Test
    void everyDisabledRuleExistsAndHasAReason() {
        Set<String> ids = all(false);
        assertFalse(EssayDefaults.entries().isEmpty());
        for (EssayDefaults.Entry e : EssayDefaults.entries()) {
            assertTrue(ids.contains(e.ruleId()), EssayDefaults.FILE + ":" + e.line() + ": no LanguageTool rule " + e.ruleId());
            assertTrue(e.reason().length() >= 30, EssayDefaults.FILE + ":" + e.line() + ": give the reason in full");
        }
    }

    @Test
    void everyStyleCategoryExists() {
        Set<String> categories = all(true);
        for (String c : Style.STYLE_CATEGORIES) {
            assertTrue(categories.contains(c), "no LanguageTool category " + c);
        }
    }
}
