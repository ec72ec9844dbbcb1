package dev.vouch.rule;

import dev.vouch.draft.Draft;

/** A rule that needs the whole draft: definitions elsewhere, counts across blocks, front matter. */
public interface DocumentRule extends Rule {
    void check(Draft draft, RuleContext context, FindingSink out);
}
