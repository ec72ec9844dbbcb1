package dev.vouch.rules.claims;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vouch.draft.Draft;
import dev.vouch.rules.citations.Citation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What kind of text a draft is, as far as claims go: an essay (claims are looked for), fiction (nothing a
 * character says or does is a claim about the world) or a transcript (what the speakers say about
 * themselves or each other is not a claim).
 *
 * <p>Front matter decides when it says so ({@code genre:}, {@code type:}, {@code category:},
 * {@code categories:}, {@code tags:} naming fiction, a story or poem; or a transcript, interview or
 * podcast). Otherwise: a transcript has at least two timestamped speaker labels ("Host 00:00:48") or two
 * speakers labelled "Name:" twice each; fiction has at least half its words in narrative paragraphs or scenes
 * told in dialogue (see {@link BlockClaims}, {@link ClaimAnalysis#scenes}) and no citation anywhere.
 *
 * @param speakers the speaker names of a transcript (first word of each label)
 * @param reason   why, for hover and tests
 */
public record Genre(Kind kind, Set<String> speakers, String reason) {
    public enum Kind { ESSAY, FICTION, TRANSCRIPT }

    private static final List<String> FRONT_MATTER_KEYS = List.of("genre", "type", "category", "categories", "tags",
            "form", "kind");
    private static final Pattern FICTION_WORDS = Pattern.compile(
            "(?i)\\b(?:fiction|short[- ]story|story|stories|flash fiction|novel|novella|poem|poetry|screenplay|fanfic|fan fiction)\\b");
    private static final Pattern TRANSCRIPT_WORDS = Pattern.compile("(?i)\\b(?:transcript|interview|podcast|dialogue)\\b");

    public boolean isFiction() {
        return kind == Kind.FICTION;
    }

    public boolean isTranscript() {
        return kind == Kind.TRANSCRIPT;
    }

    /** @param scene for each block, whether it belongs to a scene told as a story ({@link ClaimAnalysis#scenes}) */
    static Genre of(Draft draft, List<BlockClaims.Result> blocks, boolean[] scene) {
        String declared = declared(draft);
        if (declared != null && FICTION_WORDS.matcher(declared).find()) {
            return new Genre(Kind.FICTION, Set.of(), "front matter says \"" + declared + "\"");
        }
        Map<String, Integer> colonLabels = new HashMap<>();
        Set<String> speakers = new TreeSet<>();
        int timestamped = 0;
        int words = 0;
        int narrativeWords = 0;
        boolean anyCitation = false;
        for (int i = 0; i < blocks.size(); i++) {
            BlockClaims.Result r = blocks.get(i);
            if (r.speakerLabel() != null) {
                String first = r.speakerLabel().split("\\s+")[0];
                if (r.timestamped()) {
                    timestamped++;
                    speakers.add(first);
                } else {
                    colonLabels.merge(first, 1, Integer::sum);
                }
            }
            for (Citation c : r.citations()) {
                anyCitation |= c.kind() != Citation.Kind.NAMED_WORK;
            }
            if (r.analysed()) {
                words += r.words();
                if (r.narrative() || scene[i]) {
                    narrativeWords += r.words();
                }
            }
        }
        long repeated = colonLabels.values().stream().filter(n -> n >= 2).count();
        if (timestamped >= 2 || repeated >= 2) {
            colonLabels.forEach((name, n) -> {
                if (n >= 2) {
                    speakers.add(name);
                }
            });
            return new Genre(Kind.TRANSCRIPT, Set.copyOf(speakers), timestamped >= 2
                    ? timestamped + " timestamped speaker labels" : repeated + " speakers labelled \"Name:\"");
        }
        if (declared != null && TRANSCRIPT_WORDS.matcher(declared).find()) {
            return new Genre(Kind.TRANSCRIPT, Set.copyOf(speakers), "front matter says \"" + declared + "\"");
        }
        if (!anyCitation && words >= 40 && narrativeWords * 2 >= words) {
            return new Genre(Kind.FICTION, Set.of(), narrativeWords + " of " + words + " words are narration");
        }
        return new Genre(Kind.ESSAY, Set.of(), "");
    }

    /** The front matter's genre-like values, joined, or null. */
    private static String declared(Draft draft) {
        StringBuilder b = new StringBuilder();
        for (String key : FRONT_MATTER_KEYS) {
            JsonNode n = draft.frontMatter().get(key);
            if (n.isTextual()) {
                b.append(n.asText()).append(' ');
            } else if (n.isArray()) {
                n.forEach(e -> b.append(e.asText()).append(' '));
            }
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
    }
}
