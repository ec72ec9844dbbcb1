package dev.vouch.rule;

import java.util.List;

/** What a block rule may read besides its block: options and the writer's dictionary words. */
public interface BlockContext {
    /** The option's configured value, or its default. */
    <T> T option(OptionSpec<T> spec);

    /** Words the writer has added to the project or personal dictionary and to {@code "words"}. */
    List<String> words();
}
