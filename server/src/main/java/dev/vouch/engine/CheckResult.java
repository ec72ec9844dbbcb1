package dev.vouch.engine;

import dev.vouch.config.ConfigProblem;
import dev.vouch.draft.Draft;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of checking one draft.
 *
 * @param findings sorted by position, each with its resolved severity, suppressed ones removed
 * @param metrics  document figures in insertion order ("words", "readingMinutes", rule-published ones)
 * @param problems configuration and front matter problems that apply to this draft
 * @param errors   rules that failed on this draft (logged; the other rules' findings still stand)
 */
public record CheckResult(Draft draft, List<Finding> findings, Map<String, Object> metrics,
                          List<ConfigProblem> problems, List<String> errors, Set<dev.vouch.rule.Stage> stages) {
    public CheckResult {
        findings = List.copyOf(findings);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        problems = List.copyOf(problems);
        errors = List.copyOf(errors);
        stages = Set.copyOf(stages);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
