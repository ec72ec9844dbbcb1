package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.uniform-rhythm",
        severity = Severity.HINT,
        summary = "Sentences of nearly equal length, one after another",
        explanation = """
                Human prose varies its sentences: a long one, then a short one. Generated prose often runs
                at one length, sentence after sentence (detectors call the difference "burstiness"). The
                rule flags a paragraph of five or more sentences whose lengths vary by a fifth of their mean
                or less (coefficient of variation at most 0.2), with sentences of eight words or more on
                average. Vary the rhythm: join two sentences, cut one short. Quoted text and sections labelled
                as AI output are left alone.""",
        flagged = {"The team met on Monday to plan the work. Each member listed the tasks they owned. The lead"
                + " sorted the list by urgency and cost. Two tasks were moved to the next sprint. The rest were"
                + " assigned before the meeting ended."},
        passes = {"We met. It was Monday, the room was cold, and nobody had read the plan we had circulated the"
                + " week before. Still, by noon we had a list."})
public final class UniformRhythm implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block) || block.isHeading()) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.UNIFORM_RHYTHM)) {
            var first = block.sentences().get(0);
            out.report(first.span(), "Uniform sentence length (" + t.text() + "): vary the rhythm.")
                    .evidence(t.reason())
                    .add();
        }
    }
}
