package dev.vouch.rules.policy;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.draft.LlmBlock;
import dev.vouch.draft.Section;
import dev.vouch.rule.Edit;
import dev.vouch.rules.aistyle.AiStyleAnalysis;
import dev.vouch.rules.aistyle.ParagraphScore;
import dev.vouch.text.Span;
import java.util.ArrayList;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.unlabelled-ai-text",
        severity = Severity.WARNING,
        enabledByDefault = false,
        summary = "AI output not labelled as LessWrong's 2025 guideline asks (collapsible section, or quoted with model and prompt)",
        explanation = """
                LessWrong's March 2025 guideline asks that AI-written text sit in a collapsible section
                labelled as AI output, or, where the AI output is itself the subject, in a quotation
                labelled with metadata: which model, and how it was prompted. This rule flags a quotation
                the draft introduces as AI output ("I asked Claude…:", "ChatGPT said:", "Here is GPT-4o's
                answer:" followed by a block quote or a quoted passage) that names no specific model
                ("Claude" is a family; "Claude Opus 4.6" is a model) or does not say how it was prompted.
                A quotation inside a labelled section or an LLM content block is already labelled.

                It also flags a `<details>` section whose summary does not say it is AI output but whose
                content reads like it: at least half of its paragraphs (outside any LLM content block) have
                the AI-style evidence that `ai-style.paragraph` acts on. Its fix puts "AI output (MODEL):"
                at the start of the summary.

                The fix wraps the quotation in `<details>` with a summary template, "AI output: MODEL,
                prompted with "PROMPT"", for you to fill in.""",
        flagged = {"ChatGPT said:\n\n> The answer is that it depends.",
                "<details><summary>More on this</summary> (paragraphs that read like assistant prose)",
                "I asked Claude what it thought:\n\n> It is a fascinating question."},
        passes = {"I asked Claude Opus 4.6 to list the objections:\n\n> First, the sample is small.",
                "People say ChatGPT is verbose. (no quotation)"})
public final class UnlabelledAiText implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        List<LlmBlock> blocks = context.analysis(LlmBlocks.ANALYSIS);
        checkSections(draft, context, blocks, out);
        for (AiQuotations.Quotation q : AiQuotations.find(draft)) {
            if (q.model() && q.prompt()) {
                continue;
            }
            if (LlmBlocks.around(blocks, q.cue().block().span()) != null
                    || LlmBlocks.around(blocks, q.quote().get(0).span()) != null) {
                continue;
            }
            String missing = !q.model() && !q.prompt() ? "names no specific model and does not say how it was prompted"
                    : !q.model() ? "names no specific model (\"" + q.ai() + "\" is not a model: which one, and which version?)"
                    : "does not say how the model was prompted";
            FindingSink.Builder f = out.report(q.cue().span(), "This quotation of AI output " + missing
                    + "; the LessWrong guideline asks for the model and the prompt, or a collapsible section "
                    + "labelled as AI output.");
            Block first = q.quote().get(0);
            boolean topLevel = first.containers().stream().allMatch(c -> c.kind() == Container.Kind.BLOCK_QUOTE);
            if (topLevel) {
                Fix wrap = LlmMarkup.wrapInLabelledDetails(draft, AiQuotations.quoteSpan(q));
                if (wrap != null) {
                    f.fix(wrap.preferred(true));
                }
            }
            f.evidence("Introduced as AI output by \"" + q.cue().text() + "\"; model named: "
                    + (q.model() ? "yes" : "no") + ", prompt given: " + (q.prompt() ? "yes" : "no") + ".").add();
        }
    }

    /** Unlabelled collapsible sections whose content reads like assistant output. */
    private static void checkSections(Draft draft, RuleContext context, List<LlmBlock> blocks,
                                      FindingSink out) {
        AiStyleAnalysis ai = null;
        for (Section s : draft.sections()) {
            if (!s.isDetails() || isLabelled(blocks, s)) {
                continue;
            }
            if (ai == null) {
                ai = context.analysis(AiStyleAnalysis.ANALYSIS);
            }
            List<ParagraphScore> inside = new ArrayList<>();
            for (ParagraphScore p : ai.paragraphs()) {
                Block b = p.block();
                if (s.span().contains(b.span()) && LlmBlocks.around(blocks, b.span()) == null) {
                    inside.add(p);
                }
            }
            List<ParagraphScore> reads = inside.stream().filter(ParagraphScore::readsLikeAssistant).toList();
            if (reads.isEmpty() || reads.size() * 2 < inside.size()) {
                continue;
            }
            boolean hasSummary = s.summarySpan() != null;
            Span at = hasSummary && !s.summarySpan().isEmpty() ? s.summarySpan() : s.openTag();
            String label = hasSummary && s.summary() != null && !s.summary().isBlank()
                    ? "its summary \"" + s.summary() + "\" does not say it is AI output" : "it has no summary saying it is AI output";
            String evidence = reads.get(0).summary(3);
            Edit edit = hasSummary
                    ? Edit.snippet(Span.empty(s.summarySpan().start()), "AI output (" + LlmMarkup.MODEL_PLACEHOLDER + "): ",
                            "AI output (${1:" + LlmMarkup.MODEL_PLACEHOLDER + "}): ")
                    : Edit.snippet(Span.empty(s.openTag().end()), "<summary>AI output: " + LlmMarkup.MODEL_PLACEHOLDER
                            + "</summary>", "<summary>AI output: ${1:" + LlmMarkup.MODEL_PLACEHOLDER + "}</summary>");
            out.report(at, String.format("This collapsible section reads like assistant output (%d of %d paragraphs: %s), "
                                    + "but %s; the LessWrong guideline asks for AI output to be labelled as such.",
                            reads.size(), inside.size(), evidence, label))
                    .fix(new Fix("Label the section as AI output", List.of(edit), false, true))
                    .evidence("Vouch's AI-style evidence, paragraph by paragraph; not a claim about who wrote it. "
                            + "If you wrote it yourself, the ai-style findings inside say what reads like an assistant.")
                    .add();
        }
    }

    private static boolean isLabelled(List<LlmBlock> blocks, Section s) {
        for (LlmBlock b : blocks) {
            if (b.section() == s || b.span().equals(s.span()) && b.style() == LlmBlock.Style.DETAILS) {
                return true;
            }
        }
        return false;
    }
}
