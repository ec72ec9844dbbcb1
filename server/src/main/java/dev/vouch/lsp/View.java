package dev.vouch.lsp;

import dev.vouch.config.ConfigProblem;
import dev.vouch.draft.Draft;
import dev.vouch.rule.Finding;
import dev.vouch.text.LineMap;
import java.util.List;
import java.util.Map;

/**
 * What the server shows for one generation of a draft: diagnostics, code actions, hover and code lens
 * are all built from one of these, so they always agree.
 *
 * @param timings     how long the checks behind it took on the server ({@code fastMs}, {@code grammarMs}, and the
 *                    checking thread's CPU time, {@code fastCpuMs}, {@code grammarCpuMs})
 * @param grammarDone whether the SLOW stage's findings for this very generation are in (false while
 *                    grammar findings are carried over from an earlier text, or still to come)
 */
record View(TrackedDocument doc, long generation, int version, Draft draft, List<Finding> findings,
            Map<String, Object> metrics, List<ConfigProblem> problems, List<String> errors,
            boolean grammarDone, Map<String, Object> timings) {

    LineMap lines() {
        return draft.lines();
    }

    String text() {
        return draft.source();
    }

    /** Whether this view is at least as complete as {@code other} for delivery. */
    boolean supersedes(View other) {
        if (other == null) {
            return true;
        }
        if (generation != other.generation) {
            return generation > other.generation;
        }
        return grammarDone || !other.grammarDone;
    }

    /** A stable id for pull diagnostics: changes whenever the findings may have. */
    String resultId() {
        return generation + (grammarDone ? "g" : "f");
    }
}
