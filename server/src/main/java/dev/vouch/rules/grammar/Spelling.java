package dev.vouch.rules.grammar;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FixCommand;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
        id = "grammar.spelling",
        severity = Severity.WARNING,
        stage = Stage.SLOW,
        summary = "Word that is not in the dictionary of the draft's English variant",
        explanation = """
                LanguageTool's speller for the draft's language (`options.language`, or front matter
                `lang:`; American English by default; British, Canadian, Australian, New Zealand and South
                African English too). A draft whose `lang:` names another language is not checked.

                Only prose is read: code, URLs, math, link destinations, HTML, front matter and footnote
                labels never reach the speller. To keep names and jargon from burying real typos:

                - words with a capital letter (names, acronyms, product names such as *MathJax*) are left
                alone unless `checkCapitalized` is on;
                - with `onlyLikelyTypos` (the default), a word is reported only when the speller suggests
                a word one edit away (a letter added, dropped, changed or two swapped): about four typos
                in five are one such slip (Damerau 1964), while coinages and field terms rarely have so
                near a neighbour; a closed compound the dictionary splits ("writeups") is not a typo
                either;
                - with `acceptOtherVariants` (the default), the other variant's spelling of a word
                ("colour" under en-US, "color" under en-GB, from LanguageTool's list of about 4,800
                American/British pairs) is accepted: a draft with no `lang:` is not wrong to be British;
                - words in the project dictionary (`.vouch/dictionary.txt`), in the personal dictionary
                (`$XDG_CONFIG_HOME/vouch/dictionary.txt`) and in `words` are accepted, as written and
                capitalised or in capitals.

                Each finding offers LanguageTool's suggestions (up to five, never applied by `--fix`) and
                "Add to the project dictionary".""",
        flagged = {"The results were embarassing.", "We recieved the data on Monday."},
        passes = {"Plokhy's history of the Soviet collapse", "the colour of the sky (under en-US)",
                "`recieve()` is a typo in the code, not the prose"})
public final class Spelling implements BlockRule {
    static final OptionSpec<Boolean> CHECK_CAPITALIZED = OptionSpec.bool("checkCapitalized", false,
            "Also check words with a capital letter (names, acronyms, product names).");
    static final OptionSpec<Boolean> ONLY_LIKELY_TYPOS = OptionSpec.bool("onlyLikelyTypos", true,
            "Report only words one edit from a suggested dictionary word; false reports every unknown word.");
    static final OptionSpec<Boolean> ACCEPT_OTHER_VARIANTS = OptionSpec.bool("acceptOtherVariants", true,
            "Accept the American or British spelling of a word (colour, color) whatever the draft's variant.");

    @Override
    public List<OptionSpec<?>> options() {
        List<OptionSpec<?>> all = new ArrayList<>(List.of(CHECK_CAPITALIZED, ONLY_LIKELY_TYPOS, ACCEPT_OTHER_VARIANTS));
        all.addAll(GrammarOptions.ALL);
        return all;
    }

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        boolean capitalized = context.option(CHECK_CAPITALIZED);
        boolean likelyOnly = context.option(ONLY_LIKELY_TYPOS);
        boolean otherVariants = context.option(ACCEPT_OTHER_VARIANTS);
        Dictionary dictionary = Dictionary.of(context.words());
        String variant = variantName(GrammarOptions.languageOf(context));
        String source = block.sourceText();
        GrammarFindings.report(block, context, out, m -> {
            if (!m.isSpelling()) {
                return false;
            }
            String word = m.covered();
            if (dictionary.accepts(word) || dictionary.accepts(enclosingWord(source, m.from(), m.to()))) {
                return false;
            }
            if (!capitalized && hasCapital(word)) {
                return false;
            }
            if (otherVariants && m.spelling().otherVariant()) {
                return false;
            }
            if (likelyOnly) {
                return !m.spelling().compound() && m.spelling().nearest() <= 1;
            }
            return true;
        }, new GrammarFindings.Wording() {
            @Override
            public String message(LanguageToolCheck.Match m) {
                return "Possible spelling mistake: \"" + m.covered() + "\" is not in the " + variant + " dictionary.";
            }

            @Override
            public List<Fix> extraFixes(LanguageToolCheck.Match m) {
                if (!m.plainSource()) {
                    return List.of();
                }
                return List.of(Fix.command("Add \"" + m.covered() + "\" to the project dictionary",
                        FixCommand.addToDictionary(m.covered())));
            }
        });
    }

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The white-space-delimited word around {@code [from, to)}, without surrounding punctuation ("GPT-4o"). */
    static String enclosingWord(String source, int from, int to) {
        int s = from;
        int e = to;
        while (s > 0 && !Character.isWhitespace(source.charAt(s - 1))) {
            s--;
        }
        while (e < source.length() && !Character.isWhitespace(source.charAt(e))) {
            e++;
        }
        while (s < from && !Character.isLetterOrDigit(source.charAt(s))) {
            s++;
        }
        while (e > to && !Character.isLetterOrDigit(source.charAt(e - 1))) {
            e--;
        }
        return source.substring(s, e);
    }

    static String variantName(String language) {
        return switch (language == null ? CoreOptions.LANGUAGE.defaultValue() : language) {
            case "en-GB" -> "British English";
            case "en-CA" -> "Canadian English";
            case "en-AU" -> "Australian English";
            case "en-NZ" -> "New Zealand English";
            case "en-ZA" -> "South African English";
            default -> "American English";
        };
    }

    /** The writer's words: each accepted as written, capitalised, and in capitals. */
    record Dictionary(List<String> source, java.util.Set<String> words) {
        private static volatile Dictionary last;

        /** The dictionary for a configuration's word list (the same list object for every block of a check). */
        static Dictionary of(List<String> list) {
            Dictionary d = last;
            if (d != null && d.source() == list) {
                return d;
            }
            java.util.Set<String> all = new java.util.HashSet<>();
            for (String w : list) {
                all.add(w);
                if (!w.isEmpty()) {
                    all.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
                all.add(w.toUpperCase(Locale.ROOT));
            }
            d = new Dictionary(list, all);
            last = d;
            return d;
        }

        boolean accepts(String word) {
            return words.contains(word);
        }
    }
}
