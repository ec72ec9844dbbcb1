package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.no-reference-list",
        severity = Severity.INFO,
        summary = "Author-year citations in a draft with no reference list to look them up in",
        explanation = """
                "(Okafor et al., 2025)" tells a reader who to search for, not what: a surname and a year
                can match several papers, and a misremembered year matches none. A draft that cites by
                author and year, with no link in those sentences, no footnote giving the reference and no
                "References" (or "Bibliography", "Sources", …) section or front-matter bibliography, gets
                one finding at its end, where the list belongs, naming the citations. The citations
                themselves are not flagged one by one (the sentence is cited; what is missing is the
                list). The fix appends a "References" section with one line per citation for the full
                reference; once it is there, `citations.unresolved-author-year` checks every citation
                against it.""",
        flagged = {"# Notes on reward hacking\n\nReward hacking starts early (Okafor et al., 2025), and "
                + "Lindqvist (2024) found the same in smaller models."},
        passes = {"# Notes on reward hacking\n\nReward hacking starts early (Okafor et al., 2025).\n\n"
                + "## References\n\n- Okafor, C. et al. (2025). Early reward hacking.",
                "Reward hacking starts early ([Okafor et al., 2025](https://arxiv.org/abs/2401.01234))."})
public final class NoReferenceList implements DocumentRule {
    /** How many of the citations the message names; the fix lists them all. */
    private static final int NAMED_IN_MESSAGE = 3;

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        References refs = context.analysis(References.ANALYSIS);
        if (refs.hasReferencePlace()) {
            return; // unresolved-author-year checks each citation against the list
        }
        Set<String> unlisted = new LinkedHashSet<>();
        for (References.Found f : refs.authorYearCitations()) {
            String[] sy = f.citation().detail().split(" ");
            if (!f.linked() && !refs.listsAuthorYear(sy[0], sy[1])) {
                String text = f.citation().text().strip();
                unlisted.add(text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text);
            }
        }
        if (unlisted.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(unlisted);
        String shown = String.join("; ", names.subList(0, Math.min(NAMED_IN_MESSAGE, names.size())))
                + (names.size() > NAMED_IN_MESSAGE ? "; …" : "");
        String message = names.size() == 1
                ? "This draft cites " + shown + " by author and year but has no reference list: add the full reference here."
                : String.format("This draft cites %d sources by author and year (%s) but has no reference list: "
                        + "add one here so readers can find them.", names.size(), shown);
        out.report(anchor(draft), message)
                .evidence("Author-year citations with no link, note or list entry: " + String.join("; ", names) + ".")
                .fix(Fix.suggestion("Add a References section listing these citations", referencesSection(draft, names)))
                .add();
    }

    /**
     * The end of the draft, where the list belongs and where the fix puts it: after the last line break, so
     * the finding sits on no sentence of the draft (the sentences are cited; the list is what is missing).
     */
    private static Span anchor(Draft draft) {
        int end = draft.source().length();
        return new Span(end, end);
    }

    private static Edit referencesSection(Draft draft, List<String> citations) {
        String src = draft.source();
        String lb = draft.lineBreak();
        StringBuilder b = new StringBuilder();
        boolean endsWithBreak = src.endsWith("\n") || src.endsWith("\r");
        String closingFence = Footnotes.openFenceAtEnd(draft);
        if (!src.isEmpty() && !endsWithBreak) {
            b.append(lb);
        }
        if (closingFence != null) {
            b.append(closingFence).append(lb); // else the section would be code (as Footnotes.appendDefinition)
        }
        b.append(lb).append("## References").append(lb).append(lb);
        for (String c : citations) {
            b.append("- ").append(c).append(". ").append(lb);
        }
        return Edit.insert(src.length(), b.toString());
    }
}
