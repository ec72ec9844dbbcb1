package dev.vouch.rule;

import java.util.List;

/**
 * A check. Implement {@link BlockRule} (findings depend on one block alone and are cached per block) or
 * {@link DocumentRule} (findings depend on the whole draft), annotate the class with {@link RuleInfo}
 * and {@code @AutoService(Rule.class)}; that is all it takes to register it. Rules know nothing of LSP
 * or output formats.
 */
public interface Rule {
    /** Options this rule reads, for validation, documentation and the config schema. */
    default List<OptionSpec<?>> options() {
        return List.of();
    }
}
