package dev.vouch.rule;

import dev.vouch.text.Span;
import java.util.List;

/**
 * What a rule found: where, what to tell the writer, and how to fix it.
 *
 * @param ruleId   filled in by the engine from the reporting rule
 * @param span     source offsets of the flagged text
 * @param message  one sentence for the writer, specific to this text
 * @param severity null until the engine resolves it from configuration; a rule may set it to report one
 *                 finding at a different severity from its default (documented on the rule)
 * @param fixes    zero or more, best first
 * @param evidence why this text was flagged, for hover (null when the message says it all)
 */
public record Finding(String ruleId, Span span, String message, Severity severity, List<Fix> fixes,
                      String evidence) {
    public Finding {
        fixes = List.copyOf(fixes);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, span, message, s, fixes, evidence);
    }

    public Finding withRule(String id) {
        return new Finding(id, span, message, severity, fixes, evidence);
    }

    public Finding shifted(int delta) {
        return new Finding(ruleId, span.shift(delta), message, severity,
                fixes.stream().map(f -> new Fix(f.title(),
                        f.edits().stream().map(e -> e.shifted(delta)).toList(),
                        f.safe(), f.preferred(), f.command())).toList(), evidence);
    }
}
