package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Sentence;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.paragraph",
        severity = Severity.WARNING,
        summary = "Paragraph whose evidence adds up: it reads like assistant prose",
        explanation = """
                Every tell the other ai-style rules look for is evidence with a weight (see the lexicon
                files and `ParagraphScorer`): post-2023 vocabulary, stock phrases, "not X but Y"
                constructions, triads, staged questions, trailing significance clauses, stacked transitions,
                em-dash and emphasis density, bold-lead runs, uniform sentence length, and the assistant's own
                voice (chat residue, praise of the user and of their questions, reasoning about "the user",
                sentence after sentence restating what "they" asked for). The same habit repeated counts at
                half weight. A paragraph is flagged when its style evidence reaches 4 points from at least two
                different kinds of tell (one habit, however often repeated, never flags a paragraph); when
                evidence led by the assistant's own voice reaches 3 points; or when it holds one near-certain
                tell ("As an AI language model", "[Your Name]", `oaicite`).

                In a draft where at least three paragraphs, and a tenth of them, already read like assistant
                prose on their own evidence (pasted reasoning comes in runs), evidence led by the voice needs
                2 points, and a run of three or more paragraphs that open with distinct labels ("Favourite
                part: …", "Weakest part: …") or bold labels reads like the assistant's answer pasted without
                its bullets. Outside such a draft a run of labels is one habit and never flags a paragraph.

                Two kinds of evidence are about the whole draft and are given to each paragraph they concern:
                paragraphs of one shape (five or more prose paragraphs of 25+ words whose lengths vary by at most
                a quarter of their mean, 1 point) and a habit recurring across the draft (the same kind of style
                tell, such as em-dash density or a triad, in three or more paragraphs and 30 % of them, 1 point).
                Neither can make a finding alone or lead a paragraph's evidence; each can complete one that already
                has other tells.

                Paragraphs over 150 words need proportionally more (the bar grows with the square root of the
                length). The message names the strongest evidence and says the paragraph *reads like*
                assistant prose, never who wrote it: human writers trip single tells all the time, and the
                bar is set so that human essays are almost never flagged (docs/benchmarks.md has the measured
                rates). Quoted text and LLM content blocks (text labelled as LLM output: `<div data-llm-output="…">`,
                a fenced div `::: {.llm-output model="…"}`, `<!-- llm-output: … -->` … `<!-- /llm-output -->`, or a
                `<details>` section whose summary says it is AI output; docs/policies.md) are not the writer's prose
                and are never flagged; the venue-policy rules read the same blocks. The rule also publishes the document figures `aiStyle.paragraphs`,
                `aiStyle.flaggedParagraphs`, `aiStyle.flaggedShare` and `aiStyle.tellsPer1000Words`.""",
        flagged = {"In today's fast-paced world, small teams are not just nimble — they are a testament to focus."
                + " Let's delve into why this matters."},
        passes = {"Small teams ship faster, and the reason is dull: fewer meetings. This is a crucial point — we"
                + " measured it."})
public final class ParagraphStyle implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        AiStyleAnalysis ai = context.analysis(AiStyleAnalysis.ANALYSIS);
        ai.publish(context);
        for (ParagraphScore p : ai.flagged()) {
            List<Sentence> ss = p.block().sentences();
            Span at = ss.isEmpty() ? p.span() : ss.get(0).span();
            out.report(at, "This paragraph reads like assistant prose: " + p.summary(3)
                            + (p.byContext() ? ", in a draft where " + (ai.flaggedCount() - 1)
                                    + " other paragraphs read that way" : "") + ".")
                    .evidence(evidence(p))
                    .add();
        }
    }

    static String evidence(ParagraphScore p) {
        StringBuilder b = new StringBuilder();
        b.append("Evidence ").append(p.score()).append(" points (flagged at ").append(p.threshold())
                .append(" for ").append(p.words()).append(" words):");
        for (ParagraphScore.SignalEvidence e : p.evidence()) {
            b.append("\n- ").append(e.describe()).append(", ").append(Math.round(e.points() * 100) / 100.0)
                    .append(" points");
            for (Tell t : e.tells()) {
                if (e.signal().countable()) {
                    b.append("\n  - \"").append(TellReport.quote(t)).append("\": ").append(t.reason());
                }
            }
            if (e.signal().isDraftLevel()) {
                b.append("\n  - ").append(e.tells().get(0).reason());
            }
        }
        if (p.byContext()) {
            b.append("\nIn a draft where at least ").append(ParagraphScorer.ASSISTANT_DRAFT_PARAGRAPHS)
                    .append(" paragraphs, and a tenth of them, read like assistant prose on their own evidence, a")
                    .append(" paragraph led by the assistant's voice needs ").append(ParagraphScorer.IN_ASSISTANT_DRAFT)
                    .append(" points, and a run of ").append(BoldLead.MIN_RUN)
                    .append(" or more paragraphs opening with labels needs nothing more than the run.");
        }
        b.append("\nRewrite in your own words; Vouch cannot tell who wrote a paragraph, only how it reads.");
        return b.toString();
    }
}
