package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.document",
        severity = Severity.INFO,
        summary = "Large share of the draft's paragraphs read like assistant prose",
        explanation = """
                The document-level figure: when at least three of the writer's own paragraphs, and at least
                a quarter of them, read like assistant prose (`ai-style.paragraph`), one finding at the first
                such paragraph gives the share and the tells per 1,000 words, the figures the CLI summary,
                the code lens and the venue policies use. It publishes the same `aiStyle.*` metrics as
                `ai-style.paragraph`, so either rule alone keeps them.""",
        flagged = {"A draft where 5 of 12 paragraphs read like assistant prose."},
        passes = {"A draft where 1 of 12 paragraphs reads like assistant prose."})
public final class DocumentStyle implements DocumentRule {
    static final int MIN_FLAGGED = 3;
    static final double MIN_SHARE = 0.25;

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        AiStyleAnalysis ai = context.analysis(AiStyleAnalysis.ANALYSIS);
        ai.publish(context);
        if (ai.flaggedCount() < MIN_FLAGGED || ai.flaggedShare() < MIN_SHARE) {
            return;
        }
        ParagraphScore first = ai.flagged().get(0);
        out.report(first.block().sentences().isEmpty() ? first.span() : first.block().sentences().get(0).span(),
                        ai.flaggedCount() + " of " + ai.paragraphCount() + " paragraphs ("
                                + Math.round(100 * ai.flaggedShare()) + "%) read like assistant prose; "
                                + String.format(java.util.Locale.ROOT, "%.1f", ai.tellsPer1000Words())
                                + " tells per 1,000 words. This is the first.")
                .evidence("Share of the writer's own paragraphs flagged by ai-style.paragraph, and every ai-style"
                        + " tell per 1,000 words of those paragraphs. Quoted text and LLM content blocks"
                        + " are not counted.")
                .add();
    }
}
