package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.title-case-heading",
        severity = Severity.HINT,
        summary = "Title Case Heading in a draft whose headings are in sentence case",
        explanation = """
                Assistants write headings in Title Case ("Key Benefits Of Small Teams") whatever the house
                style. In a draft whose other section headings are in sentence case, a Title Case heading is
                often a pasted section. The rule looks at headings below the title (level 2 and deeper): when
                at least two are in sentence case and they outnumber the Title Case ones, each Title Case
                heading is flagged, with a quick fix that writes it in sentence case (acronyms, mixed-case
                names and words the draft capitalises mid-sentence keep their capital). A draft written
                entirely in Title Case is a house style, and is left alone.""",
        flagged = {"## Why small teams ship\n## How we measured it\n## Key Benefits Of Small Teams"},
        passes = {"## Why Small Teams Ship\n## How We Measured It", "## Why small teams ship\n## Notes on GPT-4"})
public final class TitleCaseHeading implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        List<Block> headings = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (b.isHeading() && b.headingLevel() >= 2 && Provenance.isWritersOwn(b)) {
                headings.add(b);
            }
        }
        if (headings.size() < 3 || headings.stream().noneMatch(h -> Headings.style(h.text(), Set.of())
                == Headings.Style.TITLE)) {
            return; // the names of the draft (a scan of every paragraph) only matter when a heading may be Title Case
        }
        Set<String> names = Headings.names(draft);
        List<Block> title = new ArrayList<>();
        int sentence = 0;
        for (Block b : headings) {
            switch (Headings.style(b.text(), names)) {
                case TITLE -> title.add(b);
                case SENTENCE -> sentence++;
                default -> { }
            }
        }
        if (title.isEmpty() || sentence < 2 || sentence <= title.size()) {
            return;
        }
        for (Block h : title) {
            var r = out.report(h.span(), "Title Case heading (\"" + h.text().strip() + "\") in a draft whose other"
                            + " headings are in sentence case.")
                    .evidence(sentence + " headings here are in sentence case and " + title.size()
                            + " in Title Case; assistants write Title Case headings whatever the house style.");
            Fix fix = sentenceCase(h, names);
            if (fix != null) {
                r.fix(fix);
            }
            r.add();
        }
    }

    private static Fix sentenceCase(Block h, Set<String> names) {
        String text = h.text();
        List<Edit> edits = new ArrayList<>();
        StringBuilder preview = new StringBuilder(text);
        List<int[]> words = Headings.words(text);
        for (int i = 1; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            if (!Character.isUpperCase(word.charAt(0)) || Headings.keepsCapital(word, names)
                    || Headings.afterColon(text, w[0])) {
                continue;
            }
            if (!TellFixes.plain(h.prose(), w[0], w[0] + 1)) {
                return null;
            }
            String lower = word.substring(0, 1).toLowerCase(Locale.ROOT);
            edits.add(Edit.replace(h.prose().toSource(w[0], w[0] + 1), lower));
            preview.setCharAt(w[0], lower.charAt(0));
        }
        return edits.isEmpty() ? null : new Fix("Write in sentence case: \"" + preview.toString().strip() + "\"",
                edits, false, true);
    }
}
