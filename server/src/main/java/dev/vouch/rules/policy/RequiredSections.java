package dev.vouch.rules.policy;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Inline;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.List;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.required-sections",
        severity = Severity.WARNING,
        summary = "Section the venue asks for (\"Epistemic status\", \"TL;DR\") missing from the draft",
        explanation = """
                A venue or project can ask every post for certain sections: list them in `sections`
                (`"policy.required-sections": {"sections": ["Epistemic status", "TL;DR"]}`). A section is
                there when a heading starts with its name, or a paragraph or list item leads with it in bold
                or italics (`**Epistemic status:** …`, `*TL;DR: …*`) or as a plain label with a colon
                (`Epistemic status: …`). Case, punctuation and spacing do not matter ("TLDR", "tl;dr").
                The fix inserts a bold lead-in for the missing section after the title. With no sections
                listed (the default) the rule does nothing.""",
        flagged = {"a draft with no \"Epistemic status\" under \"sections\": [\"Epistemic status\"]"},
        passes = {"**Epistemic status:** a sketch, not a survey.", "## TL;DR", "*Epistemic status: confident.*"})
public final class RequiredSections implements DocumentRule {
    static final OptionSpec<List<String>> SECTIONS = OptionSpec.stringList("sections",
            "Section names every draft must have, as a heading or a bold or italic lead-in (\"Epistemic status\").");

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(SECTIONS);
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        List<String> required = context.option(SECTIONS);
        if (required.isEmpty()) {
            return;
        }
        for (String name : required) {
            String want = normalize(name);
            if (want.isEmpty() || draft.blocks().stream().anyMatch(b -> introduces(draft, b, want))) {
                continue;
            }
            int at = insertionPoint(draft);
            String nl = draft.lineBreak();
            String lead = "**" + name.strip() + ":** ";
            out.report(DraftTop.span(draft), "Missing the \"" + name.strip() + "\" section this venue asks for "
                            + "(a heading, or a bold lead-in such as " + lead.strip() + ").")
                    .fix(Fix.suggestion("Add an \"" + name.strip() + "\" lead-in after the title",
                            Edit.snippet(org(at), lead + "…" + nl + nl, lead + "${1}" + nl + nl)))
                    .add();
        }
    }

    private static dev.vouch.text.Span org(int at) {
        return dev.vouch.text.Span.empty(at);
    }

    /** After a leading H1 (the title), else before the first block. */
    private static int insertionPoint(Draft draft) {
        if (draft.blocks().isEmpty()) {
            return draft.frontMatter().present() ? draft.source().length() : 0;
        }
        Block first = draft.blocks().get(0);
        if (first.isHeading() && first.headingLevel() == 1 && draft.blocks().size() > 1) {
            return draft.blocks().get(1).span().start();
        }
        return first.isHeading() && first.headingLevel() == 1 ? draft.source().length() : first.span().start();
    }

    static boolean introduces(Draft draft, Block b, String want) {
        String text = b.text().strip();
        if (b.isHeading()) {
            return normalize(text).startsWith(want);
        }
        // A bold or italic lead-in: the block opens with emphasis whose text starts with the name.
        for (Inline in : b.inlines()) {
            if ((in.kind() == Inline.Kind.STRONG || in.kind() == Inline.Kind.EMPHASIS)
                    && in.span().start() == b.span().start()) {
                String emphasised = in.textSpan().of(draft.source());
                if (normalize(emphasised).startsWith(want)) {
                    return true;
                }
            }
        }
        int colon = text.indexOf(':');
        return colon > 0 && colon <= 40 && normalize(text.substring(0, colon)).equals(want);
    }

    /** Letters and digits only, lower case: "TL;DR" and "tldr" agree. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
