package dev.vouch.rule;

import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Where a rule reports; {@code report(span, message)} returns a builder for fixes and evidence. */
public final class FindingSink {
    private final String ruleId;
    private final List<Finding> findings = new ArrayList<>();

    public FindingSink(String ruleId) {
        this.ruleId = ruleId;
    }

    public Builder report(Span span, String message) {
        return new Builder(span, message);
    }

    public void add(Finding f) {
        findings.add(f.withRule(ruleId));
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Adds the finding when the builder is done: call {@link #add()} last. */
    public final class Builder {
        private final Span span;
        private final String message;
        private final List<Fix> fixes = new ArrayList<>();
        private Severity severity;
        private String evidence;

        private Builder(Span span, String message) {
            this.span = span;
            this.message = message;
        }

        public Builder fix(Fix fix) {
            fixes.add(fix);
            return this;
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Builder evidence(String why) {
            this.evidence = why;
            return this;
        }

        public void add() {
            findings.add(new Finding(ruleId, span, message, severity, fixes, evidence));
        }
    }
}
