package dev.vouch.rules.policy;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.max-words",
        severity = Severity.WARNING,
        summary = "Draft longer than the venue's word limit",
        explanation = """
                A venue or project can cap a post's length: set `maxWords` in this rule's entry
                (`"policy.max-words": {"maxWords": 2500}`). Words are those a reader reads: prose only, no
                code, markup, URLs or front matter. With no limit set (the default) the rule does nothing.""",
        flagged = {"a 2,700-word draft under \"maxWords\": 2500"},
        passes = {"a 2,400-word draft under \"maxWords\": 2500", "any draft when no maxWords is set"})
public final class MaxWords implements DocumentRule {
    static final OptionSpec<Integer> MAX_WORDS = OptionSpec.integer("maxWords", 0,
            "The most words a draft may have; 0 for no limit.")
            .validatedBy(v -> v.asInt() < 0 ? "must be 0 (no limit) or more" : null);

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(MAX_WORDS);
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        int max = context.option(MAX_WORDS);
        if (max <= 0 || draft.words() <= max) {
            return;
        }
        out.report(DraftTop.span(draft), String.format("The draft has %s; the limit is %,d (%,d over).",
                        DraftTop.words(draft.words()), max, draft.words() - max))
                .evidence("maxWords is set to " + max + " for this draft (policy.max-words).")
                .add();
    }
}
