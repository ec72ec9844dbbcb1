package dev.vouch.rule;

import java.util.List;

/** Options every part of Vouch reads, set under {@code "options"} in {@code .vouch.json}. */
public final class CoreOptions {
    private CoreOptions() {}

    public static final OptionSpec<String> LANGUAGE = OptionSpec.string("language", "en-US",
            "Language of the drafts; front matter `lang:` overrides it for one draft.",
            "en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA").global();

    public static final OptionSpec<Integer> WORDS_PER_MINUTE = OptionSpec.integer("wordsPerMinute", 238,
            "Silent reading speed used for read times (238: the mean for non-fiction, Brysbaert 2019).").global();

    public static final List<OptionSpec<?>> ALL = List.of(LANGUAGE, WORDS_PER_MINUTE);
}
