package dev.vouch.rules.claims;

import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.draft.Sentence;
import dev.vouch.lexicon.Lexicon;
import dev.vouch.rule.Analysis;
import dev.vouch.rule.RuleContext;
import dev.vouch.rules.citations.Citation;
import dev.vouch.rules.citations.CitationFinder;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The claims in a draft that nothing attached lets a reader check, shared by every claims rule and by
 * citations.vague-source. Per-block work is {@link BlockClaims} (memoised by content); this class adds what
 * only the whole draft knows:
 * <ul>
 *   <li>the {@link Genre}: nothing in fiction is a claim; in a transcript, what the speakers say about
 *       themselves or each other is not;</li>
 *   <li>whether a footnote marker's note names a source: a note that only comments ("I was surprised
 *       too") is not a citation; an empty note is taken as a source still being written (the
 *       citations.empty-footnote rule asks for it), so adding a footnote stub settles the claim;</li>
 *   <li>coverage. A claim is covered by a citation in its own sentence (a footnote marker right after
 *       the sentence belongs to it); by an explicit reference back ("their paper found …", "the
 *       authors …") when a citation comes earlier in the paragraph or the draft; or by a citation in a
 *       later sentence of the same paragraph that makes no claim of its own ("Source: …", "(Smith,
 *       2019).") when that sentence follows exactly one uncited claim (a title named in that sentence
 *       does not count: it is what the sentence talks about). A paragraph-final citation
 *       therefore covers the sentence before it when they make one claim, but not two earlier claims:
 *       Vouch cannot tell which of them it supports.</li>
 * </ul>
 */
public final class ClaimAnalysis {
    public static final Analysis<ClaimAnalysis> ANALYSIS = ClaimAnalysis::compute;

    /** Headings of sections that report the writer's own work ("My own experiment", "Results"). */
    private static final Lexicon OWN_SECTIONS = Lexicon.load(ClaimAnalysis.class, "own-sections.tsv");

    /** Loose signs that a footnote's text is a reference (a year, pages, a URL) rather than a comment. */
    private static final Pattern REFERENCE_LIKE = Pattern.compile(
            "(?i)(?<![\\p{N}])(?:1[5-9]\\d{2}|20\\d{2})(?![\\p{N}])|\\bpp?\\.\\s?\\d|\\bvol\\.|\\bibid\\b|\\bop\\. cit|"
                    + "\\bretrieved\\b|\\baccessed\\b|\\bet al\\b|https?://|www\\.|\\bdoi\\b|\\barxiv\\b|\\bisbn\\b");

    /** An uncovered claim: the block, the sentence and its cue of one kind. */
    public record Claim(Block block, Sentence sentence, BlockClaims.Signal signal) {
        /** The cue's source span, where the finding goes. */
        public Span span() {
            return block.prose().toSource(signal.start(), signal.end());
        }

        /** The source span of {@code [from, to)} prose offsets in the block. */
        public Span span(int from, int to) {
            return block.prose().toSource(from, to);
        }
    }

    private final Genre genre;
    private final Map<BlockClaims.Kind, List<Claim>> claims;

    private ClaimAnalysis(Genre genre, Map<BlockClaims.Kind, List<Claim>> claims) {
        this.genre = genre;
        this.claims = claims;
    }

    public Genre genre() {
        return genre;
    }

    /** Uncovered claims of one kind, in document order, at most one per sentence. */
    public List<Claim> claims(BlockClaims.Kind kind) {
        return claims.getOrDefault(kind, List.of());
    }

    /** A Pandoc draft names a bibliography or carries references in its front matter. */
    public static boolean pandocDraft(Draft draft) {
        return !draft.frontMatter().get("bibliography").isMissingNode()
                || !draft.frontMatter().get("references").isMissingNode();
    }

    static ClaimAnalysis compute(RuleContext context) {
        Draft draft = context.draft();
        boolean pandoc = pandocDraft(draft);
        List<BlockClaims.Result> results = new ArrayList<>(draft.blocks().size());
        for (Block b : draft.blocks()) {
            results.add(BlockClaims.of(b, pandoc));
        }
        Genre genre = Genre.of(draft, results);
        Map<BlockClaims.Kind, List<Claim>> out = new EnumMap<>(BlockClaims.Kind.class);
        if (genre.isFiction()) {
            return new ClaimAnalysis(genre, out);
        }
        Map<String, Boolean> notes = footnoteSources(draft, pandoc);
        int firstCitation = Integer.MAX_VALUE;
        for (int i = 0; i < results.size(); i++) {
            Block b = draft.blocks().get(i);
            if (b.isIn(Container.Kind.FOOTNOTE_DEFINITION)) {
                continue;
            }
            for (Citation c : results.get(i).citations()) {
                if (counts(c, notes)) {
                    firstCitation = Math.min(firstCitation, b.prose().sourceStart(c.start()));
                    break;
                }
            }
        }
        int ownSectionLevel = 0; // the level of the heading that opened a section of the writer's own work, or 0
        for (int i = 0; i < results.size(); i++) {
            BlockClaims.Result r = results.get(i);
            Block b = draft.blocks().get(i);
            if (b.isHeading() && !b.isIn(Container.Kind.BLOCK_QUOTE)) {
                if (ownSectionLevel > 0 && b.headingLevel() <= ownSectionLevel) {
                    ownSectionLevel = 0;
                }
                if (ownSectionLevel == 0 && !OWN_SECTIONS.find(b.prose().text()).isEmpty()) {
                    ownSectionLevel = Math.max(1, b.headingLevel());
                }
            }
            if (!r.analysed() || r.narrative()) {
                continue;
            }
            cover(b, r, genre, notes, firstCitation < b.span().start(), ownSectionLevel > 0, out);
        }
        return new ClaimAnalysis(genre, out);
    }

    private static void cover(Block block, BlockClaims.Result r, Genre genre, Map<String, Boolean> notes,
                              boolean citedBefore, boolean ownSection, Map<BlockClaims.Kind, List<Claim>> out) {
        List<BlockClaims.SentenceClaims> sentences = r.sentences();
        boolean[] covered = new boolean[sentences.size()];
        List<List<BlockClaims.Signal>> live = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        boolean citedInBlock = citedBefore;
        for (BlockClaims.SentenceClaims s : sentences) {
            List<BlockClaims.Signal> signals = new ArrayList<>(s.signals());
            if (genre.isTranscript() && (s.personSubject()
                    || (s.leadingName() != null && genre.speakers().contains(s.leadingName())))) {
                signals.clear();
            }
            if (citedInBlock) {
                signals.removeIf(BlockClaims.Signal::definite); // "the paper" refers back to a cited source
            }
            if (ownSection) { // under "My own experiment": figures and facts are the writer's own
                signals.removeIf(x -> x.kind() == BlockClaims.Kind.STATISTIC || x.kind() == BlockClaims.Kind.FACT);
            }
            live.add(signals);
            boolean cited = s.citations().stream().anyMatch(c -> counts(c, notes));
            if (cited) {
                // a title named in a sentence is what that sentence talks about, not a source note for the
                // sentence before it
                boolean sourceNote = s.citations().stream()
                        .anyMatch(c -> counts(c, notes) && c.kind() != Citation.Kind.NAMED_WORK);
                if (signals.isEmpty() && pending.size() == 1 && sourceNote) {
                    covered[pending.get(0)] = true;
                }
                pending.clear();
                covered[s.index()] = true;
                citedInBlock = true;
                continue;
            }
            if (signals.isEmpty()) {
                continue;
            }
            // "their paper found 80%" takes the cited source's word for it; "critics argue that the survey
            // was noisy" is someone else's word about it, which needs its own source
            if (s.backReference() && citedInBlock
                    && signals.stream().noneMatch(x -> x.kind() == BlockClaims.Kind.WEASEL)) {
                covered[s.index()] = true;
                continue;
            }
            pending.add(s.index());
        }
        List<Sentence> blockSentences = block.sentences();
        for (BlockClaims.SentenceClaims s : sentences) {
            if (covered[s.index()]) {
                continue;
            }
            EnumMap<BlockClaims.Kind, Boolean> seen = new EnumMap<>(BlockClaims.Kind.class);
            for (BlockClaims.Signal sig : live.get(s.index())) {
                if (seen.putIfAbsent(sig.kind(), true) == null) {
                    out.computeIfAbsent(sig.kind(), k -> new ArrayList<>())
                            .add(new Claim(block, blockSentences.get(s.index()), sig));
                }
            }
        }
    }

    /** Whether a citation counts: every kind does, except a footnote whose note only comments. */
    private static boolean counts(Citation c, Map<String, Boolean> notes) {
        return !c.isFootnote() || notes.getOrDefault(c.detail(), Boolean.TRUE);
    }

    /** For each footnote label, whether its note names a source (an empty note counts as one to come). */
    private static Map<String, Boolean> footnoteSources(Draft draft, boolean pandoc) {
        Map<String, Boolean> out = new HashMap<>();
        for (FootnoteDefinition d : draft.footnoteDefinitions()) {
            out.putIfAbsent(d.label(), d.empty() || REFERENCE_LIKE.matcher(d.contentSpan().of(draft.source())).find());
        }
        for (Block b : draft.blocks()) {
            Container c = b.container(Container.Kind.FOOTNOTE_DEFINITION);
            if (c != null && c.marker() != null && !out.getOrDefault(c.marker(), true)
                    && !CitationFinder.find(b, pandoc).isEmpty()) {
                out.put(c.marker(), true);
            }
        }
        return out;
    }
}
