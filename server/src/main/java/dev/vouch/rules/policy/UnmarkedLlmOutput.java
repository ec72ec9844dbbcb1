package dev.vouch.rules.policy;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.draft.LlmBlock;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rules.aistyle.AiStyleAnalysis;
import dev.vouch.rules.aistyle.ParagraphScore;
import java.util.List;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.unmarked-llm-output",
        severity = Severity.WARNING,
        enabledByDefault = false,
        summary = "Paragraph that reads like assistant output, outside any LLM content block",
        explanation = """
                LessWrong's 2026 policy asks that LLM output (text an LLM wrote, or substantially edited, or
                wrote and a human then edited) sit in an LLM content block naming the model. This rule
                flags a paragraph outside any such block (see docs/policies.md for the Markdown convention)
                whose AI-style evidence is strong: the same paragraph score the `ai-style` rules compute, at
                or above `strength` times its threshold. The message names the evidence and says what the
                venue asks; it does not say the paragraph was written by an AI, and it does not predict the
                site's own LLM-content detector, which Vouch knows nothing about.

                If the paragraph is LLM output, the quick fix "Mark as LLM output" wraps it in
                `<div data-llm-output="MODEL">` … `</div>` with the model as a placeholder. If it is your
                own writing, the `ai-style` findings on it say what reads like an assistant. `vouch:lesswrong`
                lowers `ai-style.paragraph` to `info`, so that such a paragraph gets one warning, this one.""",
        flagged = {"It's not just a tool — it's a paradigm shift. Moreover, it fosters collaboration, "
                + "enhances productivity, and empowers teams. In today's fast-paced world, this matters."},
        passes = {"<div data-llm-output=\"Claude Opus 4.6\">\n\n(the same paragraph)\n\n</div>",
                "I fed the starter twice a day in August, and it still smelt of nail varnish by noon."})
public final class UnmarkedLlmOutput implements DocumentRule {
    static final OptionSpec<Double> STRENGTH = OptionSpec.number("strength", 1.0,
            "How strong the AI-style evidence must be, as a multiple of the ai-style paragraph threshold "
                    + "(1: what ai-style.paragraph would flag; higher flags fewer paragraphs).")
            .validatedBy(v -> v.asDouble() < 1 ? "must be 1 or more" : null);
    static final OptionSpec<String> VENUE = OptionSpec.string("venueName", "the venue",
            "How messages name the venue (\"LessWrong\").");

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(STRENGTH, VENUE);
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        AiStyleAnalysis ai = context.analysis(AiStyleAnalysis.ANALYSIS);
        List<LlmBlock> blocks = context.analysis(LlmBlocks.ANALYSIS);
        double strength = context.option(STRENGTH);
        String venue = context.option(VENUE);
        for (ParagraphScore p : ai.paragraphs()) {
            if (!strong(p, strength)) {
                continue;
            }
            Block b = p.block();
            if (LlmBlocks.around(blocks, b.span()) != null) {
                continue;
            }
            boolean quoted = b.isIn(Container.Kind.BLOCK_QUOTE);
            String evidence = p.summary(3);
            String message = String.format(Locale.ROOT, "%s like assistant output (%s); if it is LLM output, %s "
                            + "asks for it in an LLM content block naming the model.",
                    quoted ? "This quoted passage reads" : "Reads", evidence.isEmpty() ? "its style" : evidence, venue);
            FindingSink.Builder f = out.report(b.span(), message)
                    .evidence("Vouch's AI-style evidence for this paragraph (" + String.format(Locale.ROOT, "%.1f",
                            p.score()) + " points; " + String.format(Locale.ROOT, "%.1f", p.threshold())
                            + " make a finding): " + evidence + ". This is not the site's LLM-content detector, which "
                            + "Vouch cannot see; it is a reason to check whether the passage is LLM output.");
            if (b.containers().stream().allMatch(c -> c.kind() == Container.Kind.SECTION)) {
                Fix mark = LlmMarkup.markAsLlmOutput(draft, b.span());
                if (mark != null) {
                    f.fix(mark.preferred(true));
                }
            }
            f.add();
        }
    }

    /** The ai-style verdict (clustered evidence over the threshold), and as strong as the venue asks. */
    static boolean strong(ParagraphScore p, double strength) {
        return p.readsLikeAssistant() && (strength <= 1.0 || p.score() >= strength * p.threshold());
    }
}
