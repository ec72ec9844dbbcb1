package dev.vouch.rules.claims;

import dev.vouch.draft.Block;
import dev.vouch.draft.BlockKind;
import dev.vouch.draft.Container;
import dev.vouch.draft.Prose;
import dev.vouch.draft.Sentence;
import dev.vouch.lexicon.Lexicon;
import dev.vouch.rules.citations.Citation;
import dev.vouch.rules.citations.CitationFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one block claims and cites, sentence by sentence, before the rest of the draft is taken into
 * account: the claim cues each sentence carries once hedges, estimates, hypotheticals, questions,
 * imperatives and the writer's own experience are set aside, the citations in it, whether it refers back
 * to a source, and whether the paragraph reads as narrative.
 *
 * <p>A pure function of the block's content, memoised per {@link Block#contentKey()}: after an edit only
 * the changed paragraphs are analysed again. The result holds prose offsets only (never the block), so it
 * can outlive the draft it came from.
 */
public final class BlockClaims {
    /** The kinds of claim cue; each is reported by one rule. */
    public enum Kind {
        /** Numbers about the world: claims.statistic. */
        STATISTIC,
        /** Research, evidence, experts, named authorities: claims.research-attribution. */
        RESEARCH,
        /** Vague groups and agentless passives: claims.weasel. */
        WEASEL,
        /** A direct quotation attributed to someone: claims.unsourced-quote. */
        QUOTE,
        /** "a 2023 study", "this paper" leaned on for a claim: citations.vague-source. */
        SOURCE,
        /**
         * A fact about the world with no number or attribution, told by weak cues of two kinds meeting
         * ("Calder Hall was built to make plutonium": a name and an event): claims.fact.
         */
        FACT
    }

    /**
     * One claim cue. {@code start}/{@code end} are prose offsets in the block; {@code definite} marks a
     * SOURCE cue that refers back ("the paper", "this report"), which a citation earlier in the draft
     * resolves; {@code softer} is a softer verb for a strong one ("shows" → "suggests"), with its offsets.
     */
    public record Signal(Kind kind, int start, int end, String cue, String detail, String reason, double weight,
                         boolean definite, int verbStart, int verbEnd, String softer) {}

    /**
     * One sentence. {@code signals} are the cues left after exemptions; {@code citations} the citations
     * that belong to it (including a footnote marker written right after it); {@code personSubject} says
     * the sentence is about a person named by a pronoun (what dialogue says about its speakers);
     * {@code exemption} says why cues were set aside, for tests and hover.
     */
    public record SentenceClaims(int index, int start, int end, List<Signal> signals, List<Citation> citations,
                                 boolean backReference, boolean personSubject, String leadingName,
                                 String exemption) {
        public boolean cited() {
            return !citations.isEmpty();
        }
    }

    /**
     * @param analysed     false for blocks claims are never looked for in (headings, table cells,
     *                     footnote definitions, block quotes)
     * @param narrative    most sentences are narration or dialogue
     * @param speakerLabel the speaker label the block opens with ("Host 00:00:48", "**Q:**"), or null
     * @param timestamped  whether that label carries a timestamp
     * @param words        words in the block
     * @param dialogue     a line of dialogue: the paragraph opens with a quotation and carries a speech tag
     *                     ("…," the old man said) or is mostly quoted; with narration around it, a scene
     * @param narration    sentences with a narration or gesture cue, not only a speech tag ({@code narrative.tsv})
     */
    public record Result(boolean analysed, List<SentenceClaims> sentences, List<Citation> citations,
                         boolean narrative, String speakerLabel, boolean timestamped, int words,
                         boolean dialogue, int narration) {}

    private static final Lexicon STATISTICS = Lexicon.load(BlockClaims.class, "statistics.tsv");
    private static final Lexicon ATTRIBUTIONS = Lexicon.load(BlockClaims.class, "attributions.tsv");
    private static final Lexicon WEASELS = Lexicon.load(BlockClaims.class, "weasels.tsv");
    private static final Lexicon HEDGES = Lexicon.load(BlockClaims.class, "hedges.tsv");
    private static final Lexicon ESTIMATES = Lexicon.load(BlockClaims.class, "estimates.tsv");
    private static final Lexicon OWN_WORK = Lexicon.load(BlockClaims.class, "own-work.tsv");
    private static final Lexicon IMPERATIVES = Lexicon.load(BlockClaims.class, "imperatives.tsv");
    private static final Lexicon BACK_REFERENCES = Lexicon.load(BlockClaims.class, "back-references.tsv");
    private static final Lexicon NARRATIVE = Lexicon.load(BlockClaims.class, "narrative.tsv");
    private static final Lexicon QUOTE_CUES = Lexicon.load(BlockClaims.class, "quote-cues.tsv");
    private static final Lexicon STRONG_VERBS = Lexicon.load(BlockClaims.class, "strong-verbs.tsv");
    private static final Lexicon SOURCES = Lexicon.load(CitationFinder.class, "sources.tsv");
    private static final Lexicon FACTS = Lexicon.load(BlockClaims.class, "facts.tsv");
    private static final Lexicon EVALUATIONS = Lexicon.load(BlockClaims.class, "evaluations.tsv");
    private static final Lexicon NOT_NAMES = Lexicon.load(BlockClaims.class, "not-names.tsv");
    private static final Lexicon POINTERS = Lexicon.load(BlockClaims.class, "pointers.tsv");
    /** Verbs of a general statement about a kind of thing, by word: their kind (habit, state, capability). */
    private static final Map<String, Lexicon.Entry> GENERIC_VERBS = genericVerbs();
    /**
     * Words that open a sentence but are no kind of thing ("Others have …", "Our tomatoes grow …"), name people
     * in general, or an abstraction (not-kinds.tsv, scope kind or both).
     */
    private static final Set<String> NOT_KINDS = notKinds("kind");
    /** Singular words that open a sentence but name no material or substance (not-kinds.tsv, scope mass or both). */
    private static final Set<String> NOT_MASS = notKinds("mass");
    /** Adverbs between a kind and its verb ("Octopuses often live …"). */
    private static final Set<String> GENERIC_ADVERBS = Set.of("often", "usually", "typically", "generally", "only",
            "never", "always", "rarely", "seldom", "mostly", "all", "still", "also", "normally", "routinely");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "no", "twice", "half", "third",
            "quarter", "times");
    /** The weight of each weak cue of claims.fact, and what cues of two kinds add up to. */
    private static final double FACT_CUE = 0.5;
    /**
     * The kinds of fact cue that tie a sentence to something particular in the world: a name, an event, an
     * authorship, a number, a scope ("in the world") or a time between events. Cues of the other kinds (a
     * share, a comparison, a cause, a trend, an origin, a first/only) are as common in arguments ("debates
     * are older than most of the people having them") and need one of these beside them.
     */
    private static final Set<String> ANCHORS = Set.of("entity", "event", "authorship", "number", "scope", "time", "generic");
    /** Words before a participle that make it an adjective or a present passive ("the banned phrases", "is marked"). */
    private static final Set<String> PARTICIPLE_BEFORE = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
            "their", "his", "her", "my", "our", "your", "some", "any", "every", "no", "more", "most", "less", "very", "so",
            "too", "well", "newly", "highly", "poorly", "widely", "is", "are", "am", "be", "being", "gets", "get", "seems",
            "looks", "remains", "stays");
    /**
     * The writer telling their own story in the past ("I asked Claude …, and Claude catalogued …"): in such a
     * paragraph a name's past act is part of the anecdote, not a historical fact.
     */
    private static final Pattern FIRST_PERSON_PAST = Pattern.compile(
            "(?-i)\\b(?:I|We)\\s+(?:\\w+ly\\s+)?(?:[a-z]+ed|went|came|saw|took|made|got|gave|told|found|left|kept|began|ran|"
                    + "brought|heard|held|spent|sent|met|paid|lost|sold|bought|built|won|wrote|rewrote|tried|read|had|did|asked)\\b");
    /** The words of {@code not-names.tsv}, lower case, for a one-word lookup. */
    private static final Set<String> NOT_NAME_WORDS = notNameWords();

    /** Words that open a match but make it the writer's own or a reference back ("my research shows"). */
    private static final Set<String> OWN_OR_BACK = Set.of("my", "our", "these", "those", "this", "that", "such",
            "his", "her", "their");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "you", "we", "he's", "she's", "i'm",
            "i've", "i'd", "i'll", "you're", "you've", "you'd", "we're", "we've", "we'd", "he'd", "she'd", "he’s",
            "she’s", "i’m", "i’ve", "i’d", "i’ll", "you’re", "you’ve", "you’d", "we’re", "we’ve", "we’d", "he’d",
            "she’d", "his", "her", "my", "your", "our");
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "update", "edit", "edited", "tl;dr", "tldr",
            "summary", "example", "examples", "warning", "caveat", "caveats", "source", "sources", "disclaimer", "aside",
            "context", "background", "epistemic status", "status", "conclusion", "claim", "thesis", "answer",
            "question", "problem", "solution", "hint", "tip", "important", "p.s.", "ps", "bonus", "definition",
            "step", "result", "results", "takeaway", "key takeaway", "reminder", "content warning", "cw", "tw",
            "spoiler", "spoilers", "credit", "credits", "epigraph", "abstract", "introduction", "overview");

    private static final Pattern SPEAKER_TIMESTAMP = Pattern.compile(
            "^(?:\\*\\*|__)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:\\*\\*|__)?\\s*[(\\[]?\\d{1,2}:\\d{2}(?::\\d{2})?[)\\]]?\\s*$");
    private static final Pattern SPEAKER_COLON = Pattern.compile(
            "^(?:\\*\\*|__)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})(?:\\*\\*|__)?:(?:\\*\\*|__)?\\s");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?:1[5-9]\\d{2}|20\\d{2})(?![\\p{N}])");
    private static final Pattern GENERIC_SPEAKER = Pattern.compile("(?i)\\b(?:(?:a|an|any|every|each|some)\\s+[\\p{L}-]+"
            + "(?:\\s+[\\p{L}-]+)?\\s+(?:who|that)\\b|(?:a|an|any|every|each|some)\\s+[\\p{L}-]+\\s+(?:might|would|could|may"
            + "|says|tells|asks|writes)\\b|someone|somebody|anyone|anybody|whoever|no one|nobody|one might|you might|you could)");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile(
            "(?i)^(?:(?:and|but|so|also|then|now|just|oh|ok|okay|first|next|finally|instead)\\b[,\\s]*)+");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|unless|whether)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Addressed to the reader: advice and generic "you" are not facts about the world. */
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll|yourself)\\b");
    /**
     * An opening phrase without a comma before a personal pronoun subject ("Before that she spent …",
     * "On our own system we went …"), for what transcript speakers say about themselves.
     */
    private static final Pattern LEADING_PHRASE_BEFORE_PRONOUN = Pattern.compile(
            "(?i)^(?:before|after|since|by|then|later|earlier|now|today|on|in|at|during|for|from|until|back|over)\\b"
                    + "(?:\\s+(?!(?:he|she|i|we)\\b)[\\p{L}\\p{N}'’-]+){0,5}?\\s+(?=(?:he|she|i|we|he's|she's|i'm|i've|we've|we're"
                    + "|he’s|she’s|i’m|i’ve|we’ve|we’re|i'd|i’d|we'd|we’d)\\b)");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "(?i)^(?:in|since|from|after|before|by|during|today|then|so|also|now|back|when|until|later|earlier|recently|"
                    + "currently|previously|originally|at|on|for|over|as)\\b[^,]{0,60},\\s*");

    private static final int MEMO_SIZE = 20_000;
    /** Memo key: the block's content key (its hash is cached by String) and the Pandoc flag. */
    private record Key(String content, boolean pandoc) {}

    private static final Map<Key, Result> MEMO = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Result> e) {
            return size() > MEMO_SIZE;
        }
    };

    private BlockClaims() {}

    private static Set<String> notKinds(String scope) {
        Set<String> out = new java.util.HashSet<>();
        for (Lexicon.Entry e : Lexicon.load(BlockClaims.class, "not-kinds.tsv").entries()) {
            if (e.column("scope").equals(scope) || e.column("scope").equals("both")) {
                out.add(e.pattern().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, Lexicon.Entry> genericVerbs() {
        Map<String, Lexicon.Entry> out = new java.util.HashMap<>();
        for (Lexicon.Entry e : Lexicon.load(BlockClaims.class, "generic-verbs.tsv").entries()) {
            out.put(e.pattern().toLowerCase(Locale.ROOT), e);
        }
        return Map.copyOf(out);
    }

    private static Set<String> notNameWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Lexicon.Entry e : NOT_NAMES.entries()) {
            out.add(e.pattern().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The analysis of {@code block}, from the memo when a block with the same content was seen. */
    public static Result of(Block block, boolean pandocDraft) {
        Key key = new Key(block.contentKey(), pandocDraft);
        synchronized (MEMO) {
            Result r = MEMO.get(key);
            if (r != null) {
                return r;
            }
        }
        Result r = analyse(block, pandocDraft);
        synchronized (MEMO) {
            MEMO.put(key, r);
        }
        return r;
    }

    /** Whether claims are looked for in this block at all. */
    static boolean analysable(Block block) {
        return block.kind() != BlockKind.HEADING && block.kind() != BlockKind.TABLE_CELL
                && !block.isIn(Container.Kind.FOOTNOTE_DEFINITION) && !block.isIn(Container.Kind.BLOCK_QUOTE);
    }

    static Result analyse(Block block, boolean pandocDraft) {
        List<Citation> citations = CitationFinder.find(block, pandocDraft);
        String[] label = speakerLabel(block);
        if (!analysable(block) || block.prose().isEmpty()) {
            return new Result(false, List.of(), citations, false, label == null ? null : label[0],
                    label != null && label[1] != null, block.words(), false, 0);
        }
        return new Analyser(block, citations, label).run();
    }

    /** {name, "t" if timestamped else null, prose offset where the text after the label starts}. */
    private static String[] speakerLabel(Block block) {
        String src = block.sourceText();
        int nl = src.indexOf('\n');
        String first = (nl < 0 ? src : src.substring(0, nl)).stripTrailing();
        Matcher t = SPEAKER_TIMESTAMP.matcher(first);
        if (t.find() && nl > 0) {
            int proseAt = block.prose().fromSource(block.span().start() + nl);
            return new String[] {t.group(1), "t", String.valueOf(proseAt)};
        }
        Matcher c = SPEAKER_COLON.matcher(first);
        if (c.find() && !NOT_SPEAKERS.contains(c.group(1).toLowerCase(Locale.ROOT))) {
            int proseAt = block.prose().fromSource(block.span().start() + c.end() - 1);
            return new String[] {c.group(1), null, String.valueOf(proseAt)};
        }
        return null;
    }

    /** One block's analysis; holds the lexicon matches while sentences are examined. */
    private static final class Analyser {
        private final Block block;
        private final String text;
        private final List<Citation> citations;
        private final String[] label;
        private final int labelEnd;
        private final List<Lexicon.Match> stats;
        private final List<Lexicon.Match> attributions;
        private final List<Lexicon.Match> weasels;
        private final List<Lexicon.Match> hedges;
        private final List<Lexicon.Match> estimates;
        private final List<Lexicon.Match> own;
        private final List<Lexicon.Match> backRefs;
        private final List<Lexicon.Match> narrative;
        private final List<Lexicon.Match> quoteCues;
        private final List<Lexicon.Match> sources;
        private final List<Lexicon.Match> facts;
        private final List<Lexicon.Match> evaluations;
        private final List<Lexicon.Match> pointers;
        /** See {@link #FIRST_PERSON_PAST}. */
        private final boolean firstPersonStory;
        private final List<int[]> quotes;
        private final boolean[] boundary;
        /** For each prose offset, where its clause starts and ends (computed once: clauses are asked for often). */
        private int[] clauseFrom;
        private int[] clauseTo;
        /** commas[i]: commas in text[0, i); and the ends of "if", "unless", "whether", in order. */
        private int[] commas;
        private int[] conditionalEnds;
        /** The first sentence reporting the writer's own measurement ("I surveyed 212 readers"), or MAX_VALUE. */
        private int ownDataFrom = Integer.MAX_VALUE;
        /** The writer tells what they or their team did here ("In 1998 I took a job …"; own-work.tsv, scope=context). */
        private boolean ownStory;

        Analyser(Block block, List<Citation> citations, String[] label) {
            this.block = block;
            this.text = block.prose().text();
            this.citations = citations;
            this.label = label;
            this.labelEnd = label == null ? 0 : Integer.parseInt(label[2]);
            this.stats = STATISTICS.find(text);
            this.attributions = ATTRIBUTIONS.find(text);
            this.weasels = WEASELS.find(text);
            this.hedges = HEDGES.find(text);
            this.estimates = ESTIMATES.find(text);
            this.own = OWN_WORK.find(text);
            this.backRefs = BACK_REFERENCES.find(text);
            this.narrative = NARRATIVE.find(text);
            this.quoteCues = QUOTE_CUES.find(text);
            this.sources = SOURCES.find(text);
            this.facts = FACTS.find(text);
            this.evaluations = EVALUATIONS.find(text);
            this.pointers = POINTERS.find(text);
            this.firstPersonStory = FIRST_PERSON_PAST.matcher(text).find();
            this.quotes = quotations(text);
            this.boundary = clauseBoundaries(text);
            for (Lexicon.Match m : own) {
                ownStory |= m.entry().column("scope").equals("context") && !quoted(m.start());
                if (m.entry().column("scope").equals("block") && !quoted(m.start())) {
                    for (Sentence s : block.sentences()) {
                        if (s.start() <= m.start() && m.start() < s.end()) {
                            ownDataFrom = Math.min(ownDataFrom, s.index());
                        }
                    }
                }
            }
            for (Sentence s : block.sentences()) {
                // a clause never runs past its sentence
                boundary[s.end()] = true;
                if (s.start() > 0) {
                    boundary[s.start() - 1] = true;
                }
            }
            int n = text.length();
            commas = new int[n + 1];
            for (int i = 0; i < n; i++) {
                commas[i + 1] = commas[i] + (text.charAt(i) == ',' ? 1 : 0);
            }
            List<Integer> conds = new ArrayList<>();
            Matcher cm = CONDITIONAL.matcher(text);
            while (cm.find()) {
                conds.add(cm.end());
            }
            conditionalEnds = conds.stream().mapToInt(Integer::intValue).toArray();
            clauseFrom = new int[n + 1];
            clauseTo = new int[n + 1];
            for (int i = 0, start = 0; i <= n; i++) {
                clauseFrom[i] = start;
                if (i < n && boundary[i]) {
                    start = i + 1;
                }
            }
            for (int i = n, end = n; i >= 0; i--) {
                if (i < n && boundary[i]) {
                    end = i;
                }
                clauseTo[i] = end;
            }
        }

        Result run() {
            List<Sentence> sentences = block.sentences();
            List<SentenceClaims> out = new ArrayList<>(sentences.size());
            int[] owner = sentenceOwnership(sentences);
            List<List<Citation>> citedIn = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                citedIn.add(new ArrayList<>());
            }
            for (int i = 0; i < citations.size(); i++) {
                citedIn.get(owner[i]).add(citations.get(i));
            }
            int hypotheticalFrom = Integer.MAX_VALUE;
            int narrativeSentences = 0;
            int acted = 0;
            int narrated = 0;
            for (Sentence s : sentences) {
                List<Citation> cited = citedIn.get(s.index());
                for (Lexicon.Match m : in(estimates, s.start(), s.end())) {
                    // "Suppose …", "In a toy model: …" open a hypothetical for the rest of the paragraph when
                    // they come in the sentence's first clause; later in the sentence they cover it alone
                    if (m.start() >= s.start() && m.start() < s.end() && !quoted(m.start())
                            && m.entry().column("scope").equals("block") && clauseStart(m.start()) == s.start()) {
                        hypotheticalFrom = Math.min(hypotheticalFrom, s.index());
                    }
                }
                boolean cue = false;
                boolean act = false;
                boolean told = false;
                for (Lexicon.Match m : in(narrative, s.start(), s.end())) {
                    cue = true;
                    act |= !m.entry().column("cue").equals("narration");
                    told |= !m.entry().column("cue").equals("speech");
                }
                narrated += told ? 1 : 0;
                narrativeSentences += cue ? 1 : 0;
                acted += act ? 1 : 0;
                String exemption = exemption(s, hypotheticalFrom);
                List<Signal> signals = exemption == null ? signals(s) : List.of();
                out.add(new SentenceClaims(s.index(), s.start(), s.end(), signals, List.copyOf(cited),
                        inSentence(backRefs, s), personSubject(s), leadingName(s), exemption));
            }
            // Narrative: two sentences with a speech tag or a gesture among at least 40% that narrate; or
            // most narrate with one such sentence; or nearly all narrate and nothing is dated (a dated
            // third-person account is history, not a story). Never with a citation in the paragraph.
            int n = sentences.size();
            boolean isNarrative = citations.stream().noneMatch(c -> c.kind() != Citation.Kind.NAMED_WORK)
                    && ((acted >= 2 && narrativeSentences * 5 >= n * 2)
                    || (acted >= 1 && narrativeSentences >= 2 && narrativeSentences * 2 >= n)
                    || (narrativeSentences >= 2 && narrativeSentences * 10 >= n * 7 && !YEAR.matcher(text).find()));
            return new Result(true, List.copyOf(out), citations, isNarrative, label == null ? null : label[0],
                    label != null && label[1] != null, block.words(), dialogue(), narrated);
        }

        /**
         * A line of dialogue: the paragraph opens with a quotation mark and carries a speech tag, or quotations
         * make up most of it ("Everyone says they'll fix it by spring."); never with a citation.
         */
        private boolean dialogue() {
            String t = text.strip();
            if (t.isEmpty() || (t.charAt(0) != '"' && t.charAt(0) != '“')
                    || citations.stream().anyMatch(c -> c.kind() != Citation.Kind.NAMED_WORK)) {
                return false;
            }
            if (narrative.stream().anyMatch(m -> m.entry().column("cue").equals("speech"))) {
                return true;
            }
            int quoted = 0;
            for (int[] q : quotes) {
                quoted += q[1] - q[0];
            }
            return quoted * 2 >= t.length();
        }

        /** For each citation, the index of the sentence it belongs to: the one whose text it sits in or follows. */
        private int[] sentenceOwnership(List<Sentence> sentences) {
            int[] owner = new int[citations.size()];
            for (int i = 0; i < citations.size(); i++) {
                int at = citations.get(i).start();
                int lo = 0;
                int hi = sentences.size() - 1;
                int idx = 0;
                while (lo <= hi) { // the last sentence starting at or before the citation
                    int mid = (lo + hi) >>> 1;
                    if (sentences.get(mid).start() <= at) {
                        idx = mid;
                        lo = mid + 1;
                    } else {
                        hi = mid - 1;
                    }
                }
                // a footnote marker right after a sentence's closing punctuation: its prose offset is the
                // next sentence's first character, but the marker belongs to the sentence before
                if (citations.get(i).isFootnote() && idx > 0 && sentences.get(idx).start() == at) {
                    idx--;
                }
                owner[i] = idx;
            }
            return owner;
        }

        /** Why every cue in the sentence is set aside, or null. */
        private String exemption(Sentence s, int hypotheticalFrom) {
            String t = text.substring(s.start(), s.end());
            if (isQuestion(t)) {
                return "question";
            }
            if (s.index() >= hypotheticalFrom) {
                return "hypothetical";
            }
            for (Lexicon.Match m : in(estimates, s.start(), s.end())) {
                if (!quoted(m.start())) {
                    return "estimate: " + m.entry().reason();
                }
            }
            String opening = text.substring(firstWord(s), s.end());
            Matcher lead = LEADING_CONJUNCTION.matcher(opening);
            if (lead.find()) {
                opening = opening.substring(lead.end());
            }
            for (Lexicon.Match m : IMPERATIVES.find(opening)) {
                if (m.start() == 0) {
                    return "imperative: " + m.entry().reason();
                }
            }
            return null;
        }

        private int firstWord(Sentence s) {
            int i = Math.max(s.start(), labelEnd);
            while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            return Math.min(i, s.end());
        }

        private List<Signal> signals(Sentence s) {
            List<Signal> out = new ArrayList<>();
            Tally numbers = numbers(s);
            Signal stat = statistic(numbers);
            if (stat != null) {
                out.add(stat);
            }
            List<Signal> weasel = attributionSignals(s, weasels, Kind.WEASEL);
            for (Signal r : attributionSignals(s, attributions, Kind.RESEARCH)) {
                if (weasel.stream().noneMatch(w -> w.start() < r.end() && r.start() < w.end())) {
                    out.add(r);
                }
            }
            out.addAll(weasel);
            Signal q = quotation(s);
            if (q != null) {
                out.add(q);
            }
            if (out.isEmpty()) {
                Signal fact = fact(s, numbers);
                if (fact != null) {
                    out.add(fact);
                }
            }
            Signal src = sourceReference(s, !out.isEmpty());
            if (src != null) {
                out.add(src);
            }
            return List.copyOf(out);
        }

        // ---- statistics --------------------------------------------------------------------------------

        /** The number cues of a sentence that count, their summed weight and the strongest. */
        private record Tally(double total, Lexicon.Match best) {}

        private Tally numbers(Sentence s) {
            if (s.index() >= ownDataFrom || writersSetting(s)) {
                return new Tally(0, null); // the writer's own measurements or experience, reported
            }
            double total = 0;
            Lexicon.Match best = null;
            for (Lexicon.Match m : in(stats, s.start(), s.end())) {
                if (m.start() < Math.max(s.start(), labelEnd) || hasAtom(m)) {
                    continue;
                }
                if (hedged(m.start(), m.end(), true) || ownWork(m.start()) || conditional(m.start())) {
                    continue;
                }
                total += m.entry().weight();
                if (best == null || m.entry().weight() > best.entry().weight()) {
                    best = m;
                }
            }
            return new Tally(total, best);
        }

        private Signal statistic(Tally t) {
            Lexicon.Match best = t.best();
            if (best == null || t.total() < 1.0 - 1e-9) {
                return null;
            }
            return new Signal(Kind.STATISTIC, best.start(), best.end(), text.substring(best.start(), best.end()),
                    best.entry().column("kind"), best.entry().reason(), t.total(), false, -1, -1, null);
        }

        /** Words that open a description of something in the writer's own setting ("The pay was …"). */
        private static final Set<String> SETTING_OPENERS = Set.of("the", "each", "every", "all", "both", "none");

        /**
         * In a paragraph where the writer tells what they or their team did ({@link #ownStory}), a sentence
         * about their own setting: one that speaks of the writer ("we", "our", "me"; not hearsay), or one that
         * opens with a description ("The pay was $9.50 an hour", "The billing cluster took 38 seconds") and
         * names nothing and nobody. Its numbers and facts are the writer's experience. A sentence that leans
         * on a source or an authority ("The study found …", "Experts say …") is never one.
         */
        private boolean writersSetting(Sentence s) {
            if (!ownStory || inSentence(attributions, s) || inSentence(weasels, s)) {
                return false;
            }
            for (Lexicon.Match m : in(sources, s.start(), s.end())) {
                if (!m.entry().column("kind").equals("content-verb")) {
                    return false;
                }
            }
            boolean first = false;
            for (Lexicon.Match o : in(own, s.start(), s.end())) {
                if (o.entry().column("kind").equals("hearsay")) {
                    return false;
                }
                first |= !quoted(o.start());
            }
            if (first) {
                return true;
            }
            String opening = text.substring(firstWord(s), s.end());
            Matcher lead = LEADING_CONJUNCTION.matcher(opening);
            if (lead.find()) {
                opening = opening.substring(lead.end());
            }
            Matcher w = WORD.matcher(opening);
            return w.find() && w.start() == 0 && SETTING_OPENERS.contains(w.group().toLowerCase(Locale.ROOT)) && name(s) == null;
        }

        // ---- facts told by weak cues ---------------------------------------------------------------------

        /**
         * claims.fact: weak cues of at least two kinds that count (facts.tsv, a name, a weak number cue),
         * each weighing {@link #FACT_CUE} once per kind. The finding covers the first cue.
         */
        private Signal fact(Sentence s, Tally numbers) {
            if (s.index() >= ownDataFrom || writersSetting(s)) {
                return null;
            }
            Map<String, int[]> kinds = new LinkedHashMap<>();
            List<String> reasons = new ArrayList<>();
            List<Lexicon.Match> cues = new ArrayList<>(in(facts, s.start(), s.end()));
            cues.sort((a, b) -> Boolean.compare(!ANCHORS.contains(a.entry().column("kind")),
                    !ANCHORS.contains(b.entry().column("kind")))); // anchors claim a shared word first
            for (Lexicon.Match m : cues) {
                if (m.start() < Math.max(s.start(), labelEnd) || hasAtom(m) || !factCueCounts(m.start(), m.end())
                        || participle(m) || (firstPersonStory && m.entry().column("kind").equals("past"))) {
                    continue;
                }
                // one word is one cue: "won" is an event or a past act, not both
                boolean taken = kinds.values().stream().anyMatch(k -> k[0] < m.end() && m.start() < k[1]);
                if (!taken && kinds.putIfAbsent(m.entry().column("kind"), new int[] {m.start(), m.end()}) == null) {
                    reasons.add(m.entry().reason());
                }
            }
            int[] generic = genericKind(s);
            if (generic != null) {
                kinds.put("generic", new int[] {generic[0], generic[1]});
                reasons.add(GENERIC_REASON);
            }
            if (numbers.best() != null && factCueCounts(numbers.best().start(), numbers.best().end())) {
                // weak number cues ("a decade", "80 years ago") that did not add up alone
                kinds.putIfAbsent("number", new int[] {numbers.best().start(), numbers.best().end()});
                reasons.add(numbers.best().entry().reason());
            }
            if (kinds.isEmpty()) {
                return null;
            }
            int[] name = name(s);
            if (name != null) {
                kinds.putIfAbsent("entity", name);
                reasons.add("a named person, place, organisation or thing");
            }
            // a general statement about a kind of thing is a claim on its own: it weighs two cues
            double total = FACT_CUE * (kinds.size() + (kinds.containsKey("generic") ? 1 : 0));
            if (total < 1.0 - 1e-9 || (kinds.keySet().stream().noneMatch(ANCHORS::contains) && !measuredEffect(kinds.keySet()))) {
                return null;
            }
            int[] first = null;
            for (int[] span : kinds.values()) {
                if (first == null || span[0] < first[0]) {
                    first = span;
                }
            }
            return new Signal(Kind.FACT, first[0], first[1], text.substring(first[0], first[1]),
                    String.join(", ", kinds.keySet()), String.join("; ", reasons), total, false, -1, -1, null);
        }

        private static final String GENERIC_REASON = "a general statement about a kind of thing (generic-verbs.tsv)";

        /**
         * A general statement about a kind of thing with no cue of its own ("Octopuses have three hearts and
         * blue blood", "Tardigrades can survive in space"): the sentence opens with a bare plural noun for a
         * kind (one or two words, no determiner, not a pronoun or a word for people in general), maybe an
         * adverb, then a present habit or state verb of {@code generic-verbs.tsv}, or "can"/"could" and a
         * capability verb, and a predicate (counted or measured after a state verb). Not in a hedged, first-
         * person, conditional, quoted, judging or second-person clause; "could" before the capability verb is
         * the kind's ability here, not a hedge. {start, end} of the subject and verb, or null.
         */
        private int[] genericKind(Sentence s) {
            int from = firstWord(s);
            String opening = text.substring(from, s.end());
            Matcher lead = LEADING_CONJUNCTION.matcher(opening);
            if (lead.find() && lead.end() > 0) {
                return null; // "And dogs have …": part of an argument, not an expository opening
            }
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(text).region(from, s.end());
            while (w.find() && words.size() < 8) {
                words.add(new int[] {w.start(), w.end()});
            }
            if (words.size() < 3 || text.charAt(s.end() - 1) == '?' || text.substring(from, s.end()).strip().endsWith("?")) {
                return null;
            }
            int head = kindNoun(word(words.get(0)), true) ? 0 : -1;
            if (head < 0 && ordinaryLower(word(words.get(0))) && !NOT_KINDS.contains(word(words.get(0)))
                    && kindNoun(word(words.get(1)), false)) {
                head = 1; // "Honey bees", "Arctic terns"
            }
            boolean mass = false;
            if (head < 0 && massNoun(word(words.get(0)))) {
                head = 0; // "Honey never spoils", "Copper conducts heat": a mass noun and a verb in -s
                mass = true;
            }
            if (!Character.isUpperCase(text.charAt(words.get(0)[0]))) {
                return null;
            }
            if (head < 0 && Set.of("a", "an").contains(word(words.get(0)))) {
                // "A queen can lay …", "A cargo ship could spend …": one of a kind, told in general
                for (int h = 1; h <= 2; h++) {
                    String noun = word(words.get(h));
                    if (!(massNoun(noun) || (noun.length() == 3 && ordinaryLower(noun) && !NOT_MASS.contains(noun)
                            && !NOT_KINDS.contains(noun))) || (h == 2 && (NOT_KINDS.contains(word(words.get(1))) || NOT_MASS.contains(word(words.get(1))) || !ordinaryLower(word(words.get(1)))))) {
                        continue;
                    }
                    int[] found = genericVerb(s, words, h, true);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            return head < 0 ? null : genericVerb(s, words, head, mass);
        }

        /** The verb and predicate of {@link #genericKind} after the subject's head word {@code head}. */
        private int[] genericVerb(Sentence s, List<int[]> words, int head, boolean mass) {
            int v = head + 1;
            if (v < words.size() && GENERIC_ADVERBS.contains(word(words.get(v)))) {
                v++;
            }
            if (v >= words.size()) {
                return null;
            }
            boolean modal = Set.of("can", "could").contains(word(words.get(v)));
            int verbAt = modal ? v + 1 : v;
            if (verbAt >= words.size()) {
                return null;
            }
            String verb = word(words.get(verbAt));
            if (mass && !modal) {
                if (!verb.endsWith("s")) {
                    return null;
                }
                verb = verb.equals("has") ? "have" : verb.endsWith("ies") ? verb.substring(0, verb.length() - 3) + "y"
                        : GENERIC_VERBS.containsKey(verb.substring(0, verb.length() - 1)) ? verb.substring(0, verb.length() - 1)
                        : verb.endsWith("es") ? verb.substring(0, verb.length() - 2) : verb.substring(0, verb.length() - 1);
            }
            Lexicon.Entry e = GENERIC_VERBS.get(verb);
            int verbEnd = words.get(verbAt)[1];
            if (e == null && verbAt + 1 < words.size()) {
                e = GENERIC_VERBS.get(verb + " " + word(words.get(verbAt + 1)));
                verbEnd = e == null ? verbEnd : words.get(verbAt + 1)[1];
            }
            if (e == null) {
                return null;
            }
            String kind = e.column("kind");
            if (modal ? kind.equals("state") : kind.equals("capability")) {
                return null;
            }
            List<String> predicate = new ArrayList<>();
            Matcher p = WORD.matcher(text).region(verbEnd, clauseEnd(verbEnd, s.end()));
            while (p.find()) {
                predicate.add(p.group().toLowerCase(Locale.ROOT));
            }
            boolean enough = kind.equals("state")
                    ? predicate.stream().anyMatch(x -> NUMBER_WORDS.contains(x) || Character.isDigit(x.charAt(0)))
                    : predicate.size() >= (modal ? 1 : 2)
                    || (predicate.isEmpty() && Set.of("never", "always").contains(word(words.get(v - 1)))); // "never spoils"
            int start = words.get(0)[0];
            if (!enough || !factCueCounts(start, verbEnd, modal ? words.get(v)[0] : -1)) {
                return null;
            }
            return new int[] {start, verbEnd};
        }

        private String word(int[] w) {
            return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        }

        /** A plural noun for a kind of thing: "octopuses", "tardigrades" (an English word ending in s). */
        private static boolean kindNoun(String lower, boolean opening) {
            if (lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us")
                    || lower.endsWith("is") || lower.endsWith("'s") || lower.endsWith("’s") || NOT_KINDS.contains(lower)
                    || !lower.chars().allMatch(Character::isLetter)) {
                return false;
            }
            return EnglishWords.ordinary(lower) && !GENERIC_VERBS.containsKey(lower.substring(0, lower.length() - 1));
        }

        /**
         * A singular noun for a material, food or substance opening a sentence ("Honey", "Copper"): an English
         * word, not a determiner, pronoun or word of {@link #NOT_KINDS}, not a gerund ("Writing") nor a word
         * for an abstraction ({@link #NOT_MASS}).
         */
        private static boolean massNoun(String lower) {
            return ordinaryLower(lower) && lower.length() >= 4 && !lower.endsWith("s") && !lower.endsWith("ing")
                    && !lower.endsWith("ly") && !NOT_KINDS.contains(lower) && !NOT_MASS.contains(lower);
        }

        private static boolean ordinaryLower(String lower) {
            return lower.length() >= 3 && lower.chars().allMatch(Character::isLetter) && EnglishWords.ordinary(lower);
        }

        /**
         * A cause with a comparison, a share or a trend ("short walks lower blood sugar more than one long walk
         * does"): an effect compared or sized is an empirical finding even with nothing named.
         */
        private static boolean measuredEffect(Set<String> kinds) {
            return kinds.contains("causal") && (kinds.contains("comparative") || kinds.contains("share") || kinds.contains("trend"));
        }

        /**
         * Whether a weak fact cue at {@code [start, end)} counts: not quoted, not in a hedged, first-person,
         * conditional or judging clause, and not in a clause addressed to the reader.
         */
        private boolean factCueCounts(int start, int end) {
            return factCueCounts(start, end, -1);
        }

        /** As {@link #factCueCounts(int, int)}, the hedge match starting at {@code notHedge} aside ("can survive"). */
        private boolean factCueCounts(int start, int end, int notHedge) {
            if (quoted(start) || hedged(start, end, true, notHedge) || ownWork(start) || conditional(start)) {
                return false;
            }
            int cs = clauseStart(start);
            int ce = clauseEnd(start, text.length());
            for (Lexicon.Match e : in(evaluations, cs, ce)) {
                if (Character.isUpperCase(text.charAt(e.start())) && !opensClause(e.start())) {
                    continue; // part of a name: "the Great Fire of London", "Good Friday"
                }
                // "Fair, though Calder Hall was built …": a verdict set off by a comma judges something else
                if (!commaBetween(Math.min(e.end(), start), Math.max(e.start(), end))) {
                    return false;
                }
            }
            if (!in(pointers, cs, ce).isEmpty()) {
                return false; // "The Guardian ran a long piece on loneliness": a pointer, not a fact
            }
            return !SECOND_PERSON.matcher(text).region(cs, ce).find();
        }

        /**
         * The first name in the sentence that counts as a fact cue: a capitalised word that does not open the
         * sentence or a clause (where any word is capitalised), or one that does when the next word is
         * capitalised too ("Hinkley Point", "South Korea") or it is an acronym ("US"); never "I", a single
         * letter, or a word of {@code not-names.tsv}.
         */
        private int[] name(Sentence s) {
            Matcher w = WORD.matcher(text).region(firstWord(s), s.end());
            boolean first = true;
            int pendingStart = -1;
            while (w.find()) {
                String word = w.group();
                boolean opening = first || opensClause(w.start());
                first = false;
                if (pendingStart >= 0) {
                    if (nameWord(word) && !opening) {
                        return factCueCounts(pendingStart, w.end()) ? new int[] {pendingStart, w.end()} : null;
                    }
                    pendingStart = -1;
                }
                if (!nameWord(word) || quoted(w.start())) {
                    continue;
                }
                if (!opening || acronym(word) || unknownWord(word)) {
                    if (factCueCounts(w.start(), w.end())) {
                        return new int[] {w.start(), w.end()};
                    }
                    continue;
                }
                pendingStart = w.start();
            }
            return null;
        }

        /**
         * "The banned phrases", "an expected mix", "is marked": a past participle used as an adjective or in
         * a present passive describes a state, not an event.
         */
        private boolean participle(Lexicon.Match m) {
            String kind = m.entry().column("kind");
            if (!kind.equals("event") && !kind.equals("past") && !kind.equals("trend")) {
                return false;
            }
            String cue = text.substring(m.start(), m.end());
            int sp = cue.indexOf(' ');
            String first = (sp < 0 ? cue : cue.substring(0, sp)).toLowerCase(Locale.ROOT);
            if (!first.endsWith("ed") && !first.endsWith("en") && !first.endsWith("t")) {
                return false;
            }
            if (m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                return true; // "fast-paced", "AI-generated": a compound adjective
            }
            Matcher w = WORD.matcher(text).region(Math.max(0, m.start() - 40), m.start());
            String before = null;
            String twoBefore = null;
            boolean capitalised = false;
            while (w.find()) {
                twoBefore = before;
                before = w.group().toLowerCase(Locale.ROOT);
                capitalised = Character.isUpperCase(w.group().charAt(0));
            }
            // after a possessive it is an adjective too: "Pandoc's fenced divs"; and after an article and a
            // name used as a noun adjunct: "a Pandoc fenced div"
            return before != null && (PARTICIPLE_BEFORE.contains(before) || before.endsWith("'s") || before.endsWith("’s")
                    || (capitalised && twoBefore != null && Set.of("a", "an", "the").contains(twoBefore)));
        }

        /** A word right after an opening quotation mark, bracket or clause mark, where capitals mean nothing. */
        private boolean opensClause(int at) {
            int i = at - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i < 0 || "“\"‘(:;—–[*_".indexOf(text.charAt(i)) >= 0 || boundary[Math.max(0, i)];
        }

        /** A conditional ("if 10% of users churn") before the number in its clause, with no comma between. */
        private boolean conditional(int at) {
            int from = clauseStart(at);
            int i = java.util.Arrays.binarySearch(conditionalEnds, at);
            int last = i >= 0 ? i : -i - 2; // the last conditional ending at or before {@code at}
            return last >= 0 && conditionalEnds[last] >= from && !commaBetween(conditionalEnds[last], at);
        }

        private boolean commaBetween(int from, int to) {
            return to > from && commas[Math.min(to, text.length())] - commas[Math.max(0, from)] > 0;
        }

        // ---- attributions ------------------------------------------------------------------------------

        private List<Signal> attributionSignals(Sentence s, List<Lexicon.Match> matches, Kind kind) {
            List<Signal> out = new ArrayList<>();
            for (Lexicon.Match m : in(matches, s.start(), s.end())) {
                if (m.start() < Math.max(s.start(), labelEnd) || hasAtom(m)) {
                    continue;
                }
                String matched = text.substring(m.start(), m.end());
                String firstWord = matched.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                String entryKind = m.entry().column("kind");
                if (OWN_OR_BACK.contains(firstWord) || mentioned(m)) {
                    continue;
                }
                boolean named = entryKind.equals("authority") || entryKind.equals("named");
                if (named && !unnamedGroup(m.start())) {
                    continue; // "the researchers found", "our engineers measured": a group already named, or ours
                }
                if (hedged(m.start(), m.end(), false)) {
                    continue;
                }
                if (named && precededByFirstPerson(m.start())) {
                    continue;
                }
                if (entryKind.equals("established") && ownWork(m.start())) {
                    continue; // "in my logs, bad sleep is associated with worse mood": the writer's own finding
                }
                int[] verb = strongVerb(m.start(), m.end());
                String softer = verb == null ? null : softer(verb);
                out.add(new Signal(kind, m.start(), m.end(), matched, entryKind, m.entry().reason(), 1, false,
                        verb == null ? -1 : verb[0], verb == null ? -1 : verb[1], softer));
                break;
            }
            return out;
        }

        /**
         * A cue quoted as a phrase, not used: "“studies consistently show” sounds like something I'd get yelled
         * at for". A quotation of a few words holding the whole match mentions it.
         */
        private boolean mentioned(Lexicon.Match m) {
            int i = firstQuoteFrom(m.start() + 1) - 1;
            for (int k = i; k >= 0 && k >= i - 2; k--) {
                int[] q = quotes.get(k);
                if (q[0] < m.start() && m.end() < q[1]) {
                    return countWords(text.substring(q[0], q[1])) <= 6;
                }
            }
            return false;
        }

        /** Whether the one or two words before a profession noun leave it unnamed ("Climate scientists agree"). */
        private boolean unnamedGroup(int at) {
            Matcher w = WORD.matcher(text.substring(Math.max(clauseStart(at), at - 40), at));
            List<String> before = new ArrayList<>();
            while (w.find()) {
                before.add(w.group().toLowerCase(Locale.ROOT));
            }
            for (int i = Math.max(0, before.size() - 2); i < before.size(); i++) {
                if (OWN_OR_BACK.contains(before.get(i)) || before.get(i).equals("the")) {
                    return false;
                }
            }
            return true;
        }

        private boolean precededByFirstPerson(int at) {
            for (Lexicon.Match o : in(own, clauseStart(at), at)) {
                if (!o.entry().column("kind").equals("hearsay")) {
                    return true;
                }
            }
            return false;
        }

        private int[] strongVerb(int from, int to) {
            for (Lexicon.Match v : STRONG_VERBS.find(text.substring(from, to))) {
                return new int[] {from + v.start(), from + v.end(), v.entry().line()};
            }
            return null;
        }

        private String softer(int[] verb) {
            String found = text.substring(verb[0], verb[1]);
            for (Lexicon.Entry e : STRONG_VERBS.entries()) {
                if (e.line() == verb[2]) {
                    return Character.isUpperCase(found.charAt(0))
                            ? Character.toUpperCase(e.alternative().charAt(0)) + e.alternative().substring(1)
                            : e.alternative();
                }
            }
            return null;
        }

        // ---- quotations --------------------------------------------------------------------------------

        private Signal quotation(Sentence s) {
            for (int[] q : quotesFrom(Math.max(s.start(), labelEnd))) {
                if (q[0] >= s.end()) {
                    break;
                }
                String inner = text.substring(q[0] + 1, Math.max(q[0] + 1, q[1] - 1));
                if (countWords(inner) < 5 || inner.indexOf(Prose.ATOM) >= 0 || titleLike(inner)
                        || inner.strip().endsWith("?")) {
                    continue; // a quoted question asserts nothing
                }
                if (!attributed(s, q)) {
                    continue;
                }
                if (hedged(q[0], q[0], false) || precededByFirstPerson(q[0]) || genericSpeaker(s, q[0])
                        || conditional(q[0])) {
                    continue;
                }
                String shown = inner.length() > 40 ? inner.substring(0, 40).strip() + "…" : inner;
                return new Signal(Kind.QUOTE, q[0], q[1], shown, "", "a direct quotation attributed to someone", 1,
                        false, -1, -1, null);
            }
            return null;
        }

        /** A verb of saying within a few words of the quotation, or a document noun just before it. */
        private boolean attributed(Sentence s, int[] q) {
            int beforeFrom = Math.max(s.start(), q[0] - 80);
            int afterTo = Math.min(s.end(), q[1] + 40);
            for (Lexicon.Match m : in(quoteCues, beforeFrom, afterTo)) {
                boolean verb = m.entry().column("role").equals("verb");
                if (verb && ((m.start() >= beforeFrom && m.end() <= q[0]) || (m.start() >= q[1] && m.end() <= afterTo))) {
                    return true;
                }
                if (!verb && m.end() <= q[0] && m.start() >= Math.max(s.start(), q[0] - 30)) {
                    return true;
                }
            }
            return false;
        }

        /** "A customer who says …", "someone who says …", "a coach might ask …": a generic speaker. */
        private boolean genericSpeaker(Sentence s, int quoteStart) {
            String before = text.substring(Math.max(s.start(), quoteStart - 60), quoteStart);
            return GENERIC_SPEAKER.matcher(before).find();
        }

        // ---- vague sources -----------------------------------------------------------------------------

        private Signal sourceReference(Sentence s, boolean otherClaims) {
            for (Lexicon.Match m : in(sources, s.start(), s.end())) {
                String kind = m.entry().column("kind");
                if (kind.equals("content-verb") || m.start() < Math.max(s.start(), labelEnd)) {
                    continue;
                }
                if (hedged(m.start(), m.end(), false) || ownWork(m.start()) || ownDocument(m)) {
                    continue;
                }
                boolean leans = otherClaims || contentVerbNear(m, s);
                if (!leans) {
                    continue;
                }
                String shown = text.substring(m.start(), m.end());
                int[] verb = strongContentVerb(m, s);
                return new Signal(Kind.SOURCE, m.start(), m.end(), shown, kind, m.entry().reason(), 1,
                        !kind.equals("indefinite"), verb == null ? -1 : verb[0], verb == null ? -1 : verb[1],
                        verb == null ? null : softer(verb));
            }
            return null;
        }

        /**
         * The content verb right after the reference in its clause when it claims more than a study gives ("A
         * meta-analysis proves …"): {start, end, strong-verbs.tsv line}, or null.
         */
        private int[] strongContentVerb(Lexicon.Match ref, Sentence s) {
            int clauseEnd = clauseEnd(ref.start(), Math.min(s.end(), ref.end() + 200));
            for (Lexicon.Match v : in(sources, ref.end(), clauseEnd)) {
                if (v.entry().column("kind").equals("content-verb")) {
                    return strongVerb(v.start(), v.end());
                }
            }
            return null;
        }

        /** A content verb after the reference in its clause, or "according to" just before it. */
        private boolean contentVerbNear(Lexicon.Match ref, Sentence s) {
            int clauseEnd = clauseEnd(ref.start(), Math.min(s.end(), ref.end() + 200)); // its verb is near
            for (Lexicon.Match v : in(sources, Math.max(s.start(), ref.start() - 20), clauseEnd)) {
                if (!v.entry().column("kind").equals("content-verb")) {
                    continue;
                }
                if (v.start() >= ref.end() && v.start() < clauseEnd) {
                    return true;
                }
                if (v.entry().pattern().equals("according to") && v.end() <= ref.start() && ref.start() - v.end() <= 2) {
                    return true;
                }
            }
            return false;
        }

        /** "In this paper, we …", "this report of mine": the writer's own document. */
        private boolean ownDocument(Lexicon.Match m) {
            String after = text.substring(m.end(), clauseEnd(m.start(), Math.min(text.length(), m.end() + 40)))
                    .toLowerCase(Locale.ROOT);
            return after.matches("(?s)^[\\s,]*(?:i|we|i'll|i’ll|we'll|we’ll|i've|i’ve|we've|we’ve|of mine|of ours)\\b.*");
        }

        // ---- hedges, own work, clauses -------------------------------------------------------------------

        /**
         * Whether a hedge covers text at {@code [start, end)}: one before it in its clause, or, when
         * {@code after} is true, one after it in the clause with no comma between.
         */
        private boolean hedged(int start, int end, boolean after) {
            return hedged(start, end, after, -1);
        }

        private boolean hedged(int start, int end, boolean after, int notHedge) {
            int cs = clauseStart(start);
            int ce = clauseEnd(start, text.length());
            for (Lexicon.Match h : in(hedges, cs, ce)) {
                if (h.start() == notHedge) {
                    continue;
                }
                if (h.end() <= start) {
                    return true;
                }
                if (after && h.start() >= end && h.start() < ce && !commaBetween(end, h.start())) {
                    return true;
                }
            }
            return false;
        }

        /** A first-person clause (the writer's own experience), unless it only passes on hearsay. */
        private boolean ownWork(int at) {
            int cs = clauseStart(at);
            int ce = clauseEnd(at, text.length());
            boolean ownFound = false;
            for (Lexicon.Match o : in(own, cs, ce)) {
                if (o.entry().column("kind").equals("hearsay")) {
                    return false;
                }
                ownFound = true;
            }
            return ownFound;
        }

        private int clauseStart(int at) {
            return clauseFrom[Math.max(0, Math.min(at, text.length()))];
        }

        private int clauseEnd(int at, int limit) {
            return Math.min(limit, clauseTo[Math.max(0, Math.min(at, text.length()))]);
        }

        /** The matches (sorted by start) that start in {@code [from, to)}: a binary search, not a scan. */
        private List<Lexicon.Match> in(List<Lexicon.Match> sorted, int from, int to) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int end = lo;
            while (end < sorted.size() && sorted.get(end).start() < to) {
                end++;
            }
            return sorted.subList(lo, end);
        }

        private boolean inSentence(List<Lexicon.Match> matches, Sentence s) {
            return !in(matches, s.start(), s.end()).isEmpty();
        }

        /** The sentence's subject is a personal pronoun, after an opening adverbial ("In 2015, he …"). */
        private boolean personSubject(Sentence s) {
            String t = text.substring(firstWord(s), s.end());
            Matcher lead = LEADING_ADVERBIAL.matcher(t);
            if (lead.find()) {
                t = t.substring(lead.end());
            } else {
                Matcher phrase = LEADING_PHRASE_BEFORE_PRONOUN.matcher(t);
                if (phrase.find()) {
                    t = t.substring(phrase.end());
                }
            }
            Matcher w = WORD.matcher(t);
            return w.find() && w.start() == 0 && PERSON_PRONOUNS.contains(w.group().toLowerCase(Locale.ROOT));
        }

        /** The sentence's first word when it is capitalised and not a common opener (for speaker names). */
        private String leadingName(Sentence s) {
            String t = text.substring(firstWord(s), s.end());
            Matcher lead = LEADING_ADVERBIAL.matcher(t);
            if (lead.find()) {
                t = t.substring(lead.end());
            }
            Matcher w = WORD.matcher(t);
            // a one-letter word is an article or a pronoun ("A Japanese company …"), never a speaker named
            // "A" in a Q&A
            return w.find() && w.start() == 0 && w.group().length() > 1 && Character.isUpperCase(w.group().charAt(0))
                    ? w.group() : null;
        }

        /** Whether prose offset {@code at} is inside a quotation (a quoted line is not the writer's marker). */
        private boolean quoted(int at) {
            int i = firstQuoteFrom(at) - 1; // the last quotation opening before {@code at}
            for (int k = i; k >= 0 && k >= i - 2; k--) {
                if (quotes.get(k)[0] < at && at < quotes.get(k)[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Quotations opening at or after {@code from}, in order. */
        private List<int[]> quotesFrom(int from) {
            return quotes.subList(firstQuoteFrom(from), quotes.size());
        }

        private int firstQuoteFrom(int from) {
            int lo = 0;
            int hi = quotes.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (quotes.get(mid)[0] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static boolean nameWord(String word) {
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("i") || lower.startsWith("i'") || lower.startsWith("i’")) {
                return false;
            }
            String bare = lower.replaceAll("['’]s$", "");
            int hyphen = bare.indexOf('-');
            // "AI-assisted", "LLM-based": a hyphenated word is named by its first part
            return !NOT_NAME_WORDS.contains(bare) && (hyphen < 0 || !NOT_NAME_WORDS.contains(bare.substring(0, hyphen)));
        }

        /**
         * A capitalised word whose lower-case form is no English word ("France", "Neuronpedia"): a name even
         * where it opens a sentence. Possessives and hyphenated words are judged by their stem ("Houston's",
         * "Anthropic-style").
         */
        private static boolean unknownWord(String word) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            int hyphen = bare.indexOf('-');
            if (hyphen > 0) {
                bare = bare.substring(0, hyphen);
            }
            return bare.length() >= 3 && bare.chars().allMatch(Character::isLetter) && !EnglishWords.ordinary(bare);
        }

        private static boolean acronym(String word) {
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }

        private boolean hasAtom(Lexicon.Match m) {
            return text.substring(m.start(), m.end()).indexOf(Prose.ATOM) >= 0;
        }
    }

    // ---- text helpers ----------------------------------------------------------------------------------

    /** A question: ends with "?" (after closing quotes and brackets), unless the "?" closes a quotation. */
    static boolean isQuestion(String sentence) {
        int i = sentence.length() - 1;
        boolean closedQuote = false;
        while (i >= 0 && "\"'”’)]*_ ".indexOf(sentence.charAt(i)) >= 0) {
            closedQuote |= "\"”".indexOf(sentence.charAt(i)) >= 0;
            i--;
        }
        if (i < 0 || sentence.charAt(i) != '?') {
            return false;
        }
        if (!closedQuote) {
            return true;
        }
        // "… might ask, for example, “what would you try?”": the question is the quotation's, unless the
        // quotation is all there is
        int open = Math.max(sentence.lastIndexOf('“'), sentence.lastIndexOf('"', i));
        return open <= 0 || sentence.substring(0, open).isBlank();
    }

    /** Quoted passages: “…” pairs, and straight "…" pairs, as [open, close+1) prose offsets. */
    static List<int[]> quotations(String text) {
        List<int[]> out = new ArrayList<>();
        int openCurly = -1;
        int openStraight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                openCurly = i;
            } else if (c == '”' && openCurly >= 0) {
                if (i - openCurly < 1200) {
                    out.add(new int[] {openCurly, i + 1});
                }
                openCurly = -1;
            } else if (c == '"' && openCurly >= 0) {
                // a curly opening closed by a straight quote, as pasted text often has
                if (i - openCurly < 1200) {
                    out.add(new int[] {openCurly, i + 1});
                }
                openCurly = -1;
            } else if (c == '"') {
                if (openStraight < 0) {
                    openStraight = i;
                } else {
                    if (i - openStraight < 1200) {
                        out.add(new int[] {openStraight, i + 1});
                    }
                    openStraight = -1;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Clause boundaries: ";", ":" (not inside a time or ratio), dashes and a spaced hyphen. */
    static boolean[] clauseBoundaries(String text) {
        boolean[] b = new boolean[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '—' || c == '–' && spaced(text, i)) {
                b[i] = true;
            } else if (c == ':' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)))) {
                b[i] = true;
            } else if (c == '-' && spaced(text, i)) {
                b[i] = true;
            }
        }
        return b;
    }

    private static boolean spaced(String t, int i) {
        return i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ';
    }

    static int countWords(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A quoted title ("“Attention Is All You Need”") is a name, not a quotation. */
    private static boolean titleLike(String s) {
        String[] words = s.strip().split("\\s+");
        int caps = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return words.length >= 2 && caps * 10 >= words.length * 7 && !s.strip().endsWith(".");
    }
}
