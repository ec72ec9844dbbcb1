package dev.vouch.rule;

/**
 * A computation over a draft that several rules share (the AI-style paragraph scores, say). Declare one
 * as a constant; {@link RuleContext#analysis} computes it at most once per check.
 */
@FunctionalInterface
public interface Analysis<T> {
    T compute(RuleContext context);
}
