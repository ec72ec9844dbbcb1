package dev.vouch.rules.grammar;

import dev.vouch.draft.Block;
import dev.vouch.draft.BlockKind;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Turns LanguageTool matches into findings: the filtering and wording every grammar rule shares. */
final class GrammarFindings {
    private GrammarFindings() {}

    /** Rules that expect a fragment to be a sentence: noise on headings, list items and table cells. */
    private static final Set<String> SENTENCE_SHAPE_RULES = Set.of("UPPERCASE_SENTENCE_START",
            "PUNCTUATION_PARAGRAPH_END");

    /**
     * Whether a match may be reported at all, whatever the configuration: never over a placeholder (what
     * LanguageTool read there is not the writer's text), and never a sentence-shape complaint about a
     * heading, list item or table cell, which are fragments by design.
     */
    static boolean reportable(LanguageToolCheck.Match m, Block block) {
        if (m.placeholder() || m.to() <= m.from()) {
            return false;
        }
        if (block.kind() != BlockKind.PARAGRAPH && SENTENCE_SHAPE_RULES.contains(m.ruleId())
                && (m.atFragmentStart() || !m.ruleId().equals("UPPERCASE_SENTENCE_START"))) {
            return false;
        }
        return true;
    }

    /** The LanguageTool key for this block's configuration, or null when the draft is not in English. */
    static LanguageTools.Key key(BlockContext context) {
        String lang = GrammarOptions.languageOf(context);
        return lang == null ? null : new LanguageTools.Key(lang, new HashSet<>(context.option(GrammarOptions.ENABLED)));
    }

    /** Reports the block's matches that {@code mine} selects, with fixes built by {@code fixes}. */
    static void report(Block block, BlockContext context, FindingSink out, Predicate<LanguageToolCheck.Match> mine,
                       Wording wording) {
        LanguageTools.Key key = key(context);
        if (key == null || block.prose().isEmpty()) {
            return;
        }
        Set<String> disabled = Set.copyOf(context.option(GrammarOptions.DISABLED));
        int base = block.span().start();
        List<Span> reported = new java.util.ArrayList<>();
        for (LanguageToolCheck.Match m : LanguageToolCheck.matches(block, key)) {
            if (!mine.test(m) || disabled.contains(m.ruleId()) || !reportable(m, block)) {
                continue;
            }
            Span span = new Span(base + m.from(), base + m.to());
            if (m.ruleId().equals(LanguageToolCheck.NOT_CHECKED)) {
                out.report(span, m.message()).severity(dev.vouch.rule.Severity.INFO)
                        .evidence("To hide this notice, add \"" + m.ruleId() + "\" to the option languageToolDisabledRules.")
                        .add();
                continue;
            }
            // LanguageTool often has two rules for one mistake ("This are": a pronoun rule and a verb rule);
            // the writer needs one finding for it, so a match overlapping one already reported is dropped.
            if (reported.stream().anyMatch(span::overlaps)) {
                continue;
            }
            reported.add(span);
            FindingSink.Builder b = out.report(span, wording.message(m)).evidence(evidence(m));
            if (m.plainSource()) {
                List<String> suggestions = m.suggestions();
                for (int i = 0; i < suggestions.size(); i++) {
                    String s = suggestions.get(i);
                    if (s.equals(m.covered())) {
                        continue;
                    }
                    Fix fix = Fix.suggestion("Replace with \"" + s + "\"", Edit.replace(span, s));
                    b.fix(fix.preferred(i == 0 && suggestions.size() == 1 && !m.isSpelling()));
                }
            }
            wording.extraFixes(m).forEach(b::fix);
            b.add();
        }
    }

    /**
     * LanguageTool's message, made specific to this text: when it does not quote the words it is about
     * ("Possible spelling mistake found."), they are put in front: "dont": Possible spelling mistake found.
     */
    static String specific(LanguageToolCheck.Match m) {
        String covered = m.covered().strip();
        if (covered.isEmpty() || covered.length() > 40 || !m.plainSource()
                || m.message().toLowerCase(java.util.Locale.ROOT).contains(covered.toLowerCase(java.util.Locale.ROOT))) {
            return m.message();
        }
        return "\"" + covered + "\": " + m.message();
    }

    static String evidence(LanguageToolCheck.Match m) {
        return "LanguageTool rule " + m.ruleId() + " (" + m.categoryId().toLowerCase(java.util.Locale.ROOT)
                + "): " + m.shortMessage() + (m.shortMessage().isEmpty() ? "" : ". ")
                + "To turn it off, add \"" + m.ruleId() + "\" to the option languageToolDisabledRules.";
    }

    /** What a rule says about a match, and any fix of its own. */
    interface Wording {
        String message(LanguageToolCheck.Match m);

        default List<Fix> extraFixes(LanguageToolCheck.Match m) {
            return List.of();
        }
    }
}
