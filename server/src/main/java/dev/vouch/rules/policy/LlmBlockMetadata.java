package dev.vouch.rules.policy;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.LlmBlock;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.llm-block-metadata",
        severity = Severity.WARNING,
        enabledByDefault = false,
        summary = "LLM content block that does not name the model that wrote it",
        explanation = """
                LessWrong's 2026 policy puts LLM output in LLM content blocks that name the model. In a
                Markdown draft the block is `<div data-llm-output="Claude Opus 4.6">` … `</div>` (or a
                fenced div `::: {.llm-output model="…"}`, or `<!-- llm-output: … -->` …
                `<!-- /llm-output -->`; see docs/policies.md). This rule flags a block whose model is
                missing, empty or a stand-in ("MODEL", "LLM", "AI"), a collapsible section labelled as AI
                output whose summary names no model or family, and a block that is never closed. The fix
                writes a placeholder for the model (`MODEL`) to type over.""",
        flagged = {"<div data-llm-output=\"\">", "<div data-llm-output=\"MODEL\">", "<!-- llm-output -->",
                "<details><summary>AI output</summary>"},
        passes = {"<div data-llm-output=\"Claude Opus 4.6\">", "::: {.llm-output model=\"GPT-5\"}",
                "<details><summary>Claude's answer</summary>"})
public final class LlmBlockMetadata implements DocumentRule {
    private static final Pattern DATA_ATTR = Pattern.compile(
            "(?i)\\bdata-(?:llm-output|model|llm)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (LlmBlock b : context.analysis(LlmBlocks.ANALYSIS)) {
            if (!b.closed()) {
                out.report(b.open(), "This LLM content block is never closed, so everything after it counts as "
                        + "LLM output; close it where the model's text ends.").add();
            }
            if (b.namesModel()) {
                continue;
            }
            String what = b.style() == LlmBlock.Style.DETAILS
                    ? "This collapsible section is labelled as AI output but names no model"
                    : "This LLM content block does not name the model" + (b.model() == null || b.model().isBlank()
                            ? "" : " (\"" + b.model().strip() + "\" is a stand-in)");
            boolean bySummary = b.modelFromLabel() && b.section().summarySpan() != null
                    && !b.section().summarySpan().isEmpty();
            FindingSink.Builder f = out.report(bySummary ? b.section().summarySpan() : b.open(), what + "; the venue asks which model wrote it "
                    + "(e.g. \"Claude Opus 4.6\").");
            Fix fix = fix(draft, b);
            if (fix != null) {
                f.fix(fix);
            }
            f.add();
        }
    }

    private static Fix fix(Draft draft, LlmBlock b) {
        String src = draft.source();
        String model = LlmMarkup.MODEL_PLACEHOLDER;
        String snip = "${1:" + model + "}";
        String title = "Name the model";
        switch (b.style()) {
            case DIV, DETAILS -> {
                String tag = b.open().of(src);
                Matcher m = DATA_ATTR.matcher(tag);
                if (m.find()) {
                    String name = m.group().replaceAll("\\s*=.*$", "");
                    Span at = new Span(b.open().start() + m.start(), b.open().start() + m.end());
                    return Fix.suggestion(title, Edit.snippet(at, name + "=\"" + model + "\"", name + "=\"" + snip + "\""));
                }
                int nameEnd = b.open().start() + 1 + b.section().tag().length();
                return Fix.suggestion(title, Edit.snippet(Span.empty(nameEnd), " data-llm-output=\"" + model + "\"",
                        " data-llm-output=\"" + snip + "\""));
            }
            case COMMENTS -> {
                return Fix.suggestion(title, Edit.snippet(b.open(), "<!-- llm-output: " + model + " -->",
                        "<!-- llm-output: " + snip + " -->"));
            }
            case FENCED_DIV -> {
                String line = b.open().of(src);
                String colons = line.strip().replaceAll("^(:+).*$", "$1");
                return Fix.suggestion(title, Edit.snippet(b.open(), colons + " {.llm-output model=\"" + model + "\"}",
                        colons + " {.llm-output model=\"" + snip + "\"}"));
            }
            default -> {
                return null;
            }
        }
    }

}
