package dev.vouch.rule;

import java.util.List;

/** Options every part of Vouch reads, set under {@code "options"} in {@code .vouch.json}. */
public final class CoreOptions {
    private CoreOptions() {}

    /**
     * The drafts' language. Configuration files may give only the listed English variants; a draft's front
     * matter {@code lang:} may also name another language ({@code de}, {@code fr-CA}), which this option
     * then returns as written, so that rules that read English only can leave that draft alone.
     */
    public static final OptionSpec<String> LANGUAGE = OptionSpec.string("language", "en-US",
            "Language of the drafts; front matter `lang:` overrides it for one draft (a draft in another "
                    + "language, such as `lang: de`, gets no grammar or spelling findings).",
            "en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA").global();

    public static final OptionSpec<Integer> WORDS_PER_MINUTE = OptionSpec.integer("wordsPerMinute", 238,
            "Silent reading speed used for read times (238: the mean for non-fiction, Brysbaert 2019).").global();

    public static final List<OptionSpec<?>> ALL = List.of(LANGUAGE, WORDS_PER_MINUTE);
}
