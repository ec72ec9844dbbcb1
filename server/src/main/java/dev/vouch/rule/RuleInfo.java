package dev.vouch.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a writer is told about a rule. {@code vouch rules}, {@code docs/rules.md}, hover text,
 * SARIF rule help and the configuration schema are generated from this one place.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** {@code category.name}, e.g. {@code citations.undefined-footnote}. */
    String id();

    Severity severity();

    /** One line, no final period: what the rule flags. */
    String summary();

    /** Why it matters and what to do, in Markdown; a paragraph or two. */
    String explanation();

    /** Short Markdown snippets the rule flags. */
    String[] flagged() default {};

    /** Look-alike snippets the rule leaves alone (counter-examples). */
    String[] passes() default {};

    Stage stage() default Stage.FAST;

    /** Whether the rule runs without a preset or config turning it on. */
    boolean enabledByDefault() default true;
}
