package dev.vouch.rules.citations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.rule.Analysis;
import dev.vouch.rule.RuleContext;
import dev.vouch.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a draft's citations lead, shared by the rules that check them: its reference list (the blocks
 * under a "References", "Bibliography", "Works cited", "Sources" or "Further reading" heading), its
 * footnote notes, the bibliography files its front matter names and its inline {@code references:}, and
 * every author-year and Pandoc citation in its prose.
 */
public final class References {
    public static final Analysis<References> ANALYSIS = References::compute;

    private static final Pattern REFERENCE_HEADING = Pattern.compile(
            "(?i)^\\s*(?:\\d+\\.?\\s*)?(?:references|bibliography|works cited|sources|citations|literature(?: cited)?"
                    + "|further reading|reading list|notes and references|references and notes|endnotes|selected references)\\s*:?\\s*$");

    /**
     * A citation found in a block, with the block it is in; {@code linked} when a link sits in the same
     * sentence (or the citation is the link's text).
     */
    public record Found(Block block, Citation citation, boolean linked) {
        public Span span() {
            return block.prose().toSource(citation.start(), Math.max(citation.start() + 1, citation.end()));
        }
    }

    /** A bibliography named in front matter, with where the name is written. */
    public record Named(String written, Bibliography bibliography, Span keySpan) {}

    private final List<Named> bibliographies;
    private final Map<String, Bibliography.Entry> inline;
    private final List<String> referenceEntries;
    private final boolean hasReferencePlace;
    private final List<Found> authorYear;
    private final List<Found> pandoc;
    private final Set<String> nocite;
    private final boolean nociteAll;
    private final Span bibliographyKey;

    private References(List<Named> bibliographies, Map<String, Bibliography.Entry> inline, List<String> referenceEntries,
                       boolean hasReferencePlace, List<Found> authorYear, List<Found> pandoc, Set<String> nocite,
                       boolean nociteAll, Span bibliographyKey) {
        this.bibliographies = bibliographies;
        this.inline = inline;
        this.referenceEntries = referenceEntries;
        this.hasReferencePlace = hasReferencePlace;
        this.authorYear = authorYear;
        this.pandoc = pandoc;
        this.nocite = nocite;
        this.nociteAll = nociteAll;
        this.bibliographyKey = bibliographyKey;
    }

    /** Bibliography files named in front matter, read. */
    public List<Named> bibliographies() {
        return bibliographies;
    }

    /** Whether the draft names a bibliography or carries {@code references:} in front matter. */
    public boolean hasBibliography() {
        return !bibliographies.isEmpty() || !inline.isEmpty();
    }

    /**
     * Whether the draft keeps a list of sources: a reference section or a bibliography. Footnotes alone
     * do not make one: drafts that mix footnotes with inline "Smith (2019)" are common and fine.
     */
    public boolean hasReferencePlace() {
        return hasReferencePlace;
    }

    public List<Found> authorYearCitations() {
        return authorYear;
    }

    public List<Found> pandocCitations() {
        return pandoc;
    }

    /** Where the front matter's {@code bibliography:} (else {@code references:}) key is, or the draft's start. */
    public Span bibliographyKey() {
        return bibliographyKey;
    }

    /** Whether a Pandoc key is defined in a bibliography or the inline references. */
    public boolean defines(String key) {
        if (inline.containsKey(key)) {
            return true;
        }
        for (Named n : bibliographies) {
            if (n.bibliography().entries().containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Keys listed under {@code nocite:} (included without being cited); {@link #nociteAll} for {@code @*}. */
    public Set<String> nocite() {
        return nocite;
    }

    public boolean nociteAll() {
        return nociteAll;
    }

    /** Whether "Surname Year" has an entry: in the reference list or notes, or in a bibliography. */
    public boolean listsAuthorYear(String surname, String year) {
        String s = surname.toLowerCase(Locale.ROOT);
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(s) + "(?![\\p{L}])");
        for (String entry : referenceEntries) {
            // one entry: a list item or paragraph under the reference heading, or one footnote's paragraph
            if (entry.contains(year) && word.matcher(entry).find()) {
                return true;
            }
        }
        for (Bibliography.Entry e : inline.values()) {
            if (e.year().equals(year) && e.authors().contains(s)) {
                return true;
            }
        }
        for (Named n : bibliographies) {
            if (n.bibliography().hasAuthorYear(surname, year)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkedInSentence(Block b, Citation c, List<Citation> all) {
        for (dev.vouch.draft.Sentence s : b.sentences()) {
            if (s.start() <= c.start() && c.start() < s.end()) {
                return all.stream().anyMatch(l -> l.kind() == Citation.Kind.LINK
                        && ((l.start() < s.end() && l.end() > s.start()) || (l.start() <= c.start() && c.end() <= l.end())));
            }
        }
        return false;
    }

    static References compute(RuleContext context) {
        Draft draft = context.draft();
        boolean pandocDraft = !draft.frontMatter().get("bibliography").isMissingNode()
                || !draft.frontMatter().get("references").isMissingNode();
        List<Named> bibs = new ArrayList<>();
        JsonNode bib = draft.frontMatter().get("bibliography");
        int keyAt = draft.frontMatter().keyOffset(draft.source(), bib.isMissingNode() ? "references" : "bibliography");
        Span keySpan = new Span(keyAt, Math.min(draft.source().length(),
                keyAt + (bib.isMissingNode() ? (draft.frontMatter().get("references").isMissingNode() ? 0 : 10) : 12)));
        Path base = draft.path() == null ? context.projectRoot()
                : draft.path().toAbsolutePath().getParent();
        List<String> names = new ArrayList<>();
        if (bib.isTextual()) {
            names.add(bib.asText());
        } else if (bib.isArray()) {
            bib.forEach(n -> names.add(n.asText()));
        }
        for (String n : names) {
            if (!n.isBlank()) {
                bibs.add(new Named(n, Bibliography.read(base.resolve(n.strip())), keySpan));
            }
        }
        Map<String, Bibliography.Entry> inline;
        try {
            inline = Bibliography.csl(draft.frontMatter().get("references"));
        } catch (RuntimeException e) {
            inline = Map.of();
        }
        Set<String> nocite = new LinkedHashSet<>();
        JsonNode nc = draft.frontMatter().get("nocite");
        String nociteText = nc.isArray() ? nc.toString() : nc.asText("");
        Matcher k = Pattern.compile("@(\\*|[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*)").matcher(nociteText);
        boolean all = false;
        while (k.find()) {
            all |= k.group(1).equals("*");
            nocite.add(k.group(1));
        }

        List<String> refs = new ArrayList<>();
        boolean place = !bibs.isEmpty() || !inline.isEmpty();
        int referenceLevel = 0;
        List<Found> authorYear = new ArrayList<>();
        List<Found> pandoc = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (b.isHeading()) {
                if (REFERENCE_HEADING.matcher(b.text()).find()) {
                    referenceLevel = b.headingLevel();
                    place = true;
                    continue;
                } else if (referenceLevel > 0 && b.headingLevel() <= referenceLevel) {
                    referenceLevel = 0;
                }
            }
            boolean inNote = b.isIn(Container.Kind.FOOTNOTE_DEFINITION);
            if (referenceLevel > 0 || inNote) {
                refs.add(b.text().toLowerCase(Locale.ROOT));
            }
            List<Citation> found = dev.vouch.rules.claims.BlockClaims.of(b, pandocDraft).citations(); // memoised
            for (Citation c : found) {
                if (c.kind() == Citation.Kind.PANDOC) {
                    pandoc.add(new Found(b, c, false));
                } else if (c.kind() == Citation.Kind.AUTHOR_YEAR && referenceLevel == 0 && !inNote) {
                    authorYear.add(new Found(b, c, linkedInSentence(b, c, found)));
                }
            }
        }
        return new References(List.copyOf(bibs), Map.copyOf(new LinkedHashMap<>(inline)), List.copyOf(refs), place,
                List.copyOf(authorYear), List.copyOf(pandoc), Set.copyOf(nocite), all, keySpan);
    }
}
