package dev.vouch.rule;

import dev.vouch.draft.Block;

/**
 * A rule whose findings depend only on one block (its text, markup, containers) and on options. The
 * engine caches its findings per block content, so an edit re-runs it only on the blocks that changed.
 */
public interface BlockRule extends Rule {
    void check(Block block, BlockContext context, FindingSink out);
}
