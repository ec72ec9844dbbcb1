package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
import dev.vouch.lexicon.Lexicon;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.placeholder",
        severity = Severity.WARNING,
        summary = "Placeholder where a source or fact is still to come",
        explanation = """
                `[citation needed]`, `[cite]`, `[source?]`, `TODO`, `TK` and their kin mark a claim whose
                source, or a fact whose value, the writer meant to add before publishing. Each is listed
                with its reason in `placeholders.tsv`. Only prose is searched: a `TODO` in code or in an
                HTML comment is left alone, and the capitalised editorial markers (TODO, TK, XXX, FIXME)
                must be written in capitals and stand as words of their own: in an identifier or a model
                number (`TK-421`, `TODO_LIST`, `TODO.md`) they are names.""",
        flagged = {"Usage tripled last year [citation needed].", "The study ran for TK weeks."},
        passes = {"Make a todo list.", "The TKO came in round two.", "The TK-421 trooper left his post.",
                "`// TODO` in code"})
public final class Placeholder implements BlockRule {
    private static final Lexicon PLACEHOLDERS = Lexicon.load(Placeholder.class, "placeholders.tsv");

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        Prose prose = block.prose();
        for (Lexicon.Match m : PLACEHOLDERS.find(prose.text())) {
            String found = prose.text().substring(m.start(), m.end());
            if (found.indexOf(Prose.ATOM) >= 0) {
                continue;
            }
            Span span = prose.toSource(m.start(), m.end());
            out.report(span, "Placeholder \"" + found.strip() + "\": " + m.entry().reason() + ".")
                    .evidence("Listed in placeholders.tsv: " + m.entry().reason())
                    .add();
        }
    }
}
