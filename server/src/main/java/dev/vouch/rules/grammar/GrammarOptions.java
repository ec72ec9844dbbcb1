package dev.vouch.rules.grammar;

import dev.vouch.rule.BlockContext;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.OptionSpec;
import java.util.List;
import java.util.Locale;

/** The options every grammar rule reads, and how a configured language becomes a LanguageTool one. */
final class GrammarOptions {
    private GrammarOptions() {}

    static final String DEFAULT_LANGUAGE = "en-US";

    /**
     * LanguageTool rule ids to turn off, for every grammar rule. Global so that one LanguageTool pass serves
     * them all; the ids are shown in each finding's explanation.
     */
    static final OptionSpec<List<String>> DISABLED = OptionSpec.stringList("languageToolDisabledRules",
            "LanguageTool rule ids to turn off (each finding's explanation names its rule id), "
                    + "e.g. [\"ET_AL\"].").global();

    /**
     * LanguageTool rule ids to turn on: rules LanguageTool keeps off by default, or rules Vouch turns off
     * for Markdown essays (listed with their reasons in {@code languagetool-essay-defaults.tsv}).
     */
    static final OptionSpec<List<String>> ENABLED = OptionSpec.stringList("languageToolEnabledRules",
            "LanguageTool rule ids to turn on: rules LanguageTool keeps off by default (e.g. "
                    + "[\"PASSIVE_VOICE\"], reported by grammar.style), or ones Vouch turns off for Markdown "
                    + "essays (see grammar.grammar).").global();

    static final List<OptionSpec<?>> ALL = List.of(DISABLED, ENABLED);

    /**
     * The LanguageTool language code for a configured language: en-US, en-GB, en-CA, en-AU, en-NZ or en-ZA
     * (case and {@code _} forgiven; plain {@code en} is American English); null for a language that is not
     * English, whose drafts the grammar rules leave alone.
     */
    static String languageCode(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String c = configured.strip().replace('_', '-');
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.equals("en")) {
            return DEFAULT_LANGUAGE;
        }
        for (String known : CoreOptions.LANGUAGE.allowed()) {
            if (known.toLowerCase(Locale.ROOT).equals(lower)) {
                return known;
            }
        }
        if (lower.startsWith("en-")) {
            // An English variant LanguageTool has no dictionary for (en-IE, en-IN, en-SG, …): these follow
            // British spelling far more often than American.
            return "en-GB";
        }
        return null;
    }

    static String languageOf(BlockContext context) {
        return languageCode(context.option(CoreOptions.LANGUAGE));
    }
}
