package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.ArrayList;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.heading-density",
        severity = Severity.INFO,
        summary = "Many headings over short sections",
        explanation = """
                An essay argues in paragraphs; assistant output breaks a few hundred words into a heading every
                paragraph or two. The rule counts the headings below the title (level 2 and deeper) and the
                words under each: with five or more such headings, a median of fewer than 60 words per section,
                and at least three sections under 40 words, it reports once, at the first of them. Merge the
                short sections, or let the paragraphs carry the structure. Quoted text and sections labelled as
                AI output are not counted.""",
        flagged = {"## Overview\nOne line.\n## Benefits\nOne line.\n## Challenges\nOne line.\n## Tips\nOne line.\n"
                + "## Conclusion\nOne line."},
        passes = {"## The argument\nThree long paragraphs…\n## The objection\nTwo long paragraphs…"})
public final class HeadingDensity implements DocumentRule {
    static final int MIN_HEADINGS = 5;
    static final int MEDIAN_WORDS = 60;
    static final int SHORT_SECTION = 40;
    static final int MIN_SHORT = 3;

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        List<Block> headings = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (!Provenance.isWritersOwn(b)) {
                continue;
            }
            if (b.isHeading() && b.headingLevel() >= 2) {
                headings.add(b);
                words.add(0);
            } else if (!b.isHeading() && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + b.words());
            }
        }
        if (headings.size() < MIN_HEADINGS) {
            return;
        }
        List<Integer> sorted = new ArrayList<>(words);
        sorted.sort(null);
        int median = sorted.get(sorted.size() / 2);
        long shortSections = words.stream().filter(w -> w < SHORT_SECTION).count();
        if (median >= MEDIAN_WORDS || shortSections < MIN_SHORT) {
            return;
        }
        int total = words.stream().mapToInt(Integer::intValue).sum();
        out.report(headings.get(0).span(), headings.size() + " headings over " + total + " words (a median of "
                        + median + " words a section): merge short sections, or let paragraphs carry the structure.")
                .evidence(shortSections + " of " + headings.size() + " sections have fewer than " + SHORT_SECTION
                        + " words. A heading every paragraph or two is a formatting habit of assistant output.")
                .add();
    }
}
