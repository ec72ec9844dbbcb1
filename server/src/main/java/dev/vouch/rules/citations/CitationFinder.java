package dev.vouch.rules.citations;

import dev.vouch.draft.Block;
import dev.vouch.draft.Inline;
import dev.vouch.draft.Prose;
import dev.vouch.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a citation, in one place: every rule that asks "is this sourced?" uses this class.
 *
 * <p>A citation is a pointer to a specific document a reader could find (the corpus guideline,
 * {@code claims/README.md}, step 2): a link or autolink; a footnote marker (whether its note names a
 * source is the document's business, see {@link Citation.Kind#FOOTNOTE}); a Pandoc citation
 * {@code [@key]}; an author-year reference ("(Okafor et al., 2025)", "Okafor et al. (2025)", "Mbeki et
 * al 2025"); an arXiv id or DOI; a bracketed number into a reference list; or the name of a specific
 * document (an italic Title Case title, a quoted title after "the paper", "in <Title>" after a writing
 * verb, an organisation's named report, index, survey, chart or law: "Freedom House's index", "the Epoch
 * charts", "the Pew survey", "the EU AI Act"; "published in Nature").
 *
 * <p>Not citations: a name with no work or year ("Okafor et al." alone, "Smith argues"), "the X paper",
 * link text whose link has no destination, "(source)", "here". Only prose is searched, so code, URLs
 * written as text inside code, and math never count. Pure function of the block: callers may cache.
 */
public final class CitationFinder {
    private CitationFinder() {}

    private static final Lexicon CUES = Lexicon.load(CitationFinder.class, "work-cues.tsv");

    /** Capitalised words that look like surnames but never are, before a year. */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "in", "the", "since",
            "by", "from", "until", "before", "after", "around", "circa", "early", "late", "mid", "and", "or",
            "version", "windows", "office", "python", "java", "ubuntu", "android", "ios", "vision", "agenda",
            "class", "year", "fiscal", "fy", "q", "election", "census", "see", "also", "cf", "eg", "ie", "this",
            "that", "during", "between", "through", "as", "at", "of", "on", "for", "to", "updated", "edited",
            "posted", "published", "revised", "written", "est", "founded", "born", "died", "copyright");

    private static final String SURNAME = "(?:(?:van|von|de|der|den|du|da|di|le|la|del|van der|van den|de la)\\s)?"
            + "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";
    private static final String AUTHORS = SURNAME + "(?:\\s+et\\s*al\\.?|(?:,\\s*" + SURNAME + ")*,?\\s+(?:and|&)\\s+"
            + SURNAME + ")?";
    private static final String YEAR = "(?:1[5-9]\\d{2}|20\\d{2})[a-z]?";
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?<![\\p{N}])(?:1[5-9]\\d{2}|20\\d{2})(?![\\p{N}])");

    /** Inside parentheses: "Okafor et al., 2025", "Smith 2019", "Smith & Lee, 2020". */
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{3,240})\\)");
    private static final Pattern IN_PAREN = Pattern.compile("(?<![\\p{L}\\p{N}])(" + AUTHORS + "),?\\s+(" + YEAR
            + ")(?![\\p{N}])");
    /** Narrative: "Okafor et al. (2025)", "Smith (2019, p. 3)". */
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + AUTHORS + ")(?:['’]s)?\\s*\\(("
            + YEAR + ")(?:[,;][^()]*)?\\)");
    /** Bare, only with "et al": "Mbeki et al 2025", "Mbeki et al., 2025". */
    private static final Pattern BARE_ET_AL = Pattern.compile("(?<![\\p{L}\\p{N}])(" + SURNAME
            + "\\s+et\\s*al\\.?),?\\s+(" + YEAR + ")(?![\\p{N}])");

    /** A document of one year by named authors: "a 2022 meta-analysis by Higney and Moro", "a 2019 study by Okafor et al.". */
    private static final String DOCUMENT = "(?i:paper|study|article|book|report|review|survey|analysis|meta-analysis|trial"
            + "|preprint|essay|working paper)";
    private static final Pattern DOCUMENT_BY = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:a|an|the|their|his|her)\\s+(" + YEAR
            + ")\\s+" + DOCUMENT + "\\s+by\\s+(" + AUTHORS + ")");
    /** A full name, then the same sentence's "in a 2000 paper": "Rick Nevin first lined them up in a 2000 paper". */
    private static final Pattern NAME_IN_DOCUMENT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+\\s+(?:(?:van|von|de|der|le|la|del)\\s)?"
            + "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*|" + SURNAME + "\\s+et\\s*al\\.?|" + SURNAME + "\\s+(?:and|&)\\s+" + SURNAME
            + ")[^.;:!?\\n]{0,60}?\\b(?i:in|with)\\s+(?i:a|an|his|her|their)\\s+(" + YEAR + ")\\s+" + DOCUMENT + "\\b");
    private static final Pattern PANDOC_GROUP = Pattern.compile("\\[[^\\[\\]\\n]*?(?<![\\w@.])-?@\\{?[\\p{L}\\p{N}_][^\\[\\]\\n]*\\]");
    /** One Pandoc key: group 1 for {@code @{braced key}}, group 2 for {@code @plain:key}. */
    static final Pattern PANDOC_KEY = Pattern.compile(
            "(?<![\\w@.])-?@(?:\\{([^{}]+)\\}|([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*))");

    private static final Pattern ARXIV_PREFIXED = Pattern.compile(
            "(?i)\\barxiv(?::\\s?|\\s+|\\.org/abs/)(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)(?![\\p{N}])");
    /** A bare new-style id: YYMM.NNNNN (2015 on), or YYMM.NNNN with a version or a ".pdf" after it. */
    private static final Pattern ARXIV_BARE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.$€£/:-])((?:0[7-9]|[12]\\d)(?:0[1-9]|1[0-2])\\.(?:\\d{5}(?:v\\d+)?|\\d{4}v\\d+|\\d{4}(?=\\.pdf)))(?![\\p{N}])");
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi:\\s?)?(?<![\\p{L}\\p{N}./])(10\\.\\d{4,9}/[^\\s\"<>\\uFFFC]+)");
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\]])\\[(\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*)\\](?![(\\[:])");

    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
    private static final String CONNECTIVE = "(?:and|of|the|a|an|in|on|for|to|with|at|by|from|or|is|are|not|as|vs\\.?)";
    private static final String TITLE = TITLE_WORD + "(?:,?\\s+(?:" + CONNECTIVE + "\\s+)*" + TITLE_WORD + ")+";
    private static final Pattern QUOTED_TITLE = Pattern.compile("(?i:\\b(?:titled|called|entitled|named|paper|essay|article"
            + "|post|book|report|chapter|talk|lecture|study|piece|sequence|novel|memoir)\\b)\\s*[,:]?\\s*[“\"‘]([^”\"’\\n]{4,160})[”\"’]");
    private static final Pattern PUBLISHED_IN = Pattern.compile("(?i:\\b(?:published in|reported in|appeared in|cited in"
            + "|quoted in|in the journal|source:|sources:|data from)\\s+)(?:the\\s+)?(" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + ")*)");
    /**
     * A document placed in a journal and a year: "a meta-analysis in The Lancet Public Health in 2022", "a
     * trial in the New England Journal of Medicine (2019)". The venue must read as a journal (a word such as
     * Journal, Lancet, Review, Proceedings), so that "a study in South Korea in 2019" stays vague.
     */
    private static final Pattern IN_JOURNAL = Pattern.compile("(?i:\\b(?:study|paper|meta-analysis|analysis|trial|review"
            + "|survey|article|report|letter|preprint)\\s+(?:published\\s+)?in\\s+)(?:(?i:the)\\s+)?((?:" + TITLE_WORD
            + "\\s+(?:(?:of|and|for|in|on)\\s+)?)*?(?:Journal|Lancet|Review|Proceedings|Annals|Bulletin|Letters|Quarterly"
            + "|Transactions|Archives|Medicine|Science|Nature|Cell|BMJ|JAMA|PNAS|NEJM)\\b(?:\\s+(?:(?:of|and|for|in|on)\\s+)?"
            + TITLE_WORD + ")*)[,\\s(]+(?:(?i:in)\\s+)?(?:19|20)\\d{2}(?![\\p{N}])");

    /** Capitalised words after "the" that are not a publisher's name ("the New survey", "the Recent report"). */
    private static final String NOT_OWNERS = "New|Recent|Latest|Same|Original|Above|Following|Next|Last|First|Final|Annual"
            + "|Full|Whole|Official|Internal|Public|Draft|Main|Big|Great|Other|Second|Third";

    /**
     * In a comment, the post under discussion is the source (claims/README.md, step 2): "The post says …",
     * "this post claims …", "as the OP notes". "This post proposes" in the writer's own post makes no claim
     * to cover, so counting it is harmless.
     */
    private static final Pattern POST_UNDER_DISCUSSION = Pattern.compile("(?i)\\b(?:(?:the|this|your)\\s+(?:original\\s+)?"
            + "(?:post|OP)|(?<=\\bas\\s)(?:the|this|your)\\s+(?:post|OP|author))\\s+(?:also\\s+|itself\\s+)?(?:says|said|claims|claimed"
            + "|argues|argued|states|stated|mentions|mentioned|notes|noted|suggests|suggested|cites|cited|reports|reported"
            + "|asserts|asserted|points out|pointed out|puts it|writes|wrote)\\b");
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "published in|reported in|appeared in|cited in|quoted in|in the journal|sources?:|data from");
    private static final Pattern WRITING_VERB_TITLE;
    private static final Pattern OWNED_DOCUMENT;

    static {
        List<String> verbs = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        for (Lexicon.Entry e : CUES.entries()) {
            (e.column("role").equals("writing-verb") ? verbs : nouns).add(Pattern.quote(e.pattern()));
        }
        nouns.sort(Comparator.comparingInt(String::length).reversed());
        WRITING_VERB_TITLE = Pattern.compile("(?i:\\b(?:" + String.join("|", verbs) + ")\\b)[^.;:!?\\n]{0,80}?"
                + "\\bin\\s+(?:(?i:his|her|their|the|its)\\s+)?(?:(?i:book|essay|paper|novel|classic|article|post|memoir"
                + "|treatise|lecture|talk|report)\\s+)?(" + TITLE + ")");
        OWNED_DOCUMENT = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(\\p{Lu}{2,}[\\p{L}]*)|(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2})['’]s"
                + "|(?<![\\p{L}\\p{N}])(?i:the)\\s+((?!(?:" + NOT_OWNERS + ")\\b)\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2}))"
                + "\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:" + String.join("|", nouns) + ")(?![\\p{L}])");
    }

    /** Acronyms too common to name a publisher. */
    private static final Set<String> NOT_PUBLISHERS = Set.of("I", "AI", "ML", "LLM", "LLMS", "OK", "TL", "DR", "PS", "FAQ");

    private record Key(String content, boolean pandoc) {}

    private static final int MEMO_SIZE = 20_000;
    private static final java.util.Map<Key, List<Citation>> MEMO = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Key, List<Citation>> e) {
            return size() > MEMO_SIZE;
        }
    };

    /**
     * Every citation in the block, by position, memoised by the block's content (several rules ask about
     * the same block). Bare {@code @key} counts only in a Pandoc draft.
     */
    public static List<Citation> find(Block block, boolean pandocDraft) {
        Key key = new Key(block.contentKey(), pandocDraft);
        synchronized (MEMO) {
            List<Citation> c = MEMO.get(key);
            if (c != null) {
                return c;
            }
        }
        List<Citation> c = scan(block, pandocDraft);
        synchronized (MEMO) {
            MEMO.put(key, c);
        }
        return c;
    }

    private static List<Citation> scan(Block block, boolean pandocDraft) {
        List<Citation> out = new ArrayList<>();
        Prose prose = block.prose();
        String text = prose.text();
        for (Inline in : block.inlines()) {
            Citation c = fromInline(block, in);
            if (c != null) {
                out.add(c);
            }
        }
        if (!text.isEmpty()) {
            // Each pattern runs only where the characters it needs occur: Java's regex engine costs about the
            // same per character whatever the pattern, so on a long draft the cheap checks carry the load.
            boolean digit = hasDigit(text);
            if (digit) {
                findAuthorYear(text, out);
            }
            if (text.indexOf('@') >= 0) {
                findPandoc(text, pandocDraft, out);
            }
            if (digit) {
                findIdentifiers(text, out);
            }
            if (digit && text.indexOf('[') >= 0) {
                findNumbered(text, out);
            }
            findNamedWorks(block, text, out);
        }
        out.sort(Comparator.comparingInt(Citation::start).thenComparingInt(Citation::end));
        return List.copyOf(out);
    }

    private static Citation fromInline(Block block, Inline in) {
        Prose prose = block.prose();
        switch (in.kind()) {
            case FOOTNOTE_REFERENCE -> {
                int at = prose.fromSource(in.span().start());
                return new Citation(Citation.Kind.FOOTNOTE, at, at, "[^" + in.label() + "]", in.label());
            }
            case LINK, REFERENCE_LINK, AUTOLINK -> {
                String dest = in.destination() == null ? "" : in.destination().strip();
                if (dest.isEmpty() || dest.startsWith("#") || dest.regionMatches(true, 0, "mailto:", 0, 7)
                        || (in.kind() == Inline.Kind.REFERENCE_LINK && !in.resolved())) {
                    return null;
                }
                int s = prose.fromSource(in.span().start());
                int e = Math.max(s, prose.fromSource(in.span().end() - 1) + 1);
                e = Math.min(e, prose.length());
                return new Citation(Citation.Kind.LINK, s, e, s < e ? prose.text().substring(s, e) : dest, dest);
            }
            default -> {
                return null;
            }
        }
    }

    private static void findAuthorYear(String text, List<Citation> out) {
        if (text.indexOf('(') < 0 && !text.contains("et al") && !YEAR_DIGITS.matcher(text).find()) {
            return;
        }
        Matcher p = PAREN.matcher(text);
        while (p.find()) {
            Matcher m = IN_PAREN.matcher(text).region(p.start(1), p.end(1));
            while (m.find()) {
                addAuthorYear(text, m.start(1), m.end(2), m.group(1), m.group(2), out);
            }
        }
        for (Pattern pattern : List.of(DOCUMENT_BY, NAME_IN_DOCUMENT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                boolean by = pattern == DOCUMENT_BY;
                String authors = by ? m.group(2) : m.group(1);
                String year = by ? m.group(1) : m.group(2);
                // the surname is the last word of a full name ("Rick Nevin"), the first of a list
                String surname = by || authors.contains(" et") || authors.matches(".*\\s(?:and|&)\\s.*") ? authors
                        : authors.substring(authors.lastIndexOf(' ') + 1);
                addAuthorYear(text, m.start(), m.end(), surname, year, out);
            }
        }
        boolean etAl = text.contains("et al") || text.contains("et. al");
        for (Pattern pattern : List.of(NARRATIVE, BARE_ET_AL)) {
            if (pattern == BARE_ET_AL && !etAl) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int end = pattern == NARRATIVE ? m.end() : m.end(2);
                addAuthorYear(text, m.start(1), end, m.group(1), m.group(2), out);
            }
        }
    }

    private static void addAuthorYear(String text, int start, int end, String authors, String year, List<Citation> out) {
        String surname = firstSurname(authors);
        if (surname == null || NOT_SURNAMES.contains(surname.toLowerCase(Locale.ROOT)) || overlaps(out, start, end)) {
            return;
        }
        out.add(new Citation(Citation.Kind.AUTHOR_YEAR, start, end, text.substring(start, end).strip(),
                surname + " " + year.substring(0, 4)));
    }

    /** "van der Berg et al." gives "Berg"; the first capitalised word that is not a particle. */
    private static String firstSurname(String authors) {
        for (String w : authors.split("[\\s,&]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return w.replaceAll("['’]s$", "");
            }
        }
        return null;
    }

    private static void findPandoc(String text, boolean pandocDraft, List<Citation> out) {
        Matcher g = PANDOC_GROUP.matcher(text);
        List<int[]> groups = new ArrayList<>();
        while (g.find()) {
            String keys = keys(g.group());
            if (!keys.isEmpty()) {
                out.add(new Citation(Citation.Kind.PANDOC, g.start(), g.end(), g.group(), keys));
                groups.add(new int[] {g.start(), g.end()});
            }
        }
        if (!pandocDraft) {
            return;
        }
        Matcher k = PANDOC_KEY.matcher(text);
        while (k.find()) {
            int at = k.start();
            if (groups.stream().anyMatch(r -> at >= r[0] && at < r[1])) {
                continue;
            }
            String key = k.group(1) != null ? k.group(1) : k.group(2);
            out.add(new Citation(Citation.Kind.PANDOC, k.start(), k.end(), k.group(), key));
        }
    }

    /** The keys of a bracketed Pandoc citation, space-separated ("" when there are none). */
    public static String keys(String group) {
        StringBuilder b = new StringBuilder();
        Matcher k = PANDOC_KEY.matcher(group);
        while (k.find()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(k.group(1) != null ? k.group(1) : k.group(2));
        }
        return b.toString();
    }

    private static void findIdentifiers(String text, List<Citation> out) {
        boolean arxiv = text.toLowerCase(Locale.ROOT).contains("arxiv");
        for (Pattern p : List.of(ARXIV_PREFIXED, ARXIV_BARE)) {
            if (p == ARXIV_PREFIXED && !arxiv || p == ARXIV_BARE && text.indexOf('.') < 0) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!overlaps(out, m.start(), m.end()) && m.group().indexOf(Prose.ATOM) < 0) {
                    out.add(new Citation(Citation.Kind.ARXIV, m.start(), m.end(), m.group(), m.group(1)));
                }
            }
        }
        Matcher m = DOI.matcher(text.contains("10.") ? text : "");
        while (m.find()) {
            int idEnd = trimIdentifier(text, m.start(1), m.end(1));
            if (idEnd <= m.start(1) + 8 || overlaps(out, m.start(), idEnd)) {
                continue;
            }
            out.add(new Citation(Citation.Kind.DOI, m.start(), idEnd, text.substring(m.start(), idEnd),
                    text.substring(m.start(1), idEnd)));
        }
    }

    /** The end of an identifier without the sentence punctuation after it and unbalanced closers. */
    public static int trimIdentifier(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (".,;:!?'\"”’".indexOf(c) >= 0) {
                e--;
            } else if ((c == ')' || c == ']') && count(text, start, e, c == ')' ? '(' : '[') < count(text, start, e, c)) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void findNumbered(String text, List<Citation> out) {
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end())) {
                out.add(new Citation(Citation.Kind.NUMBERED, m.start(), m.end(), m.group(), m.group(1)));
            }
        }
    }

    private static void findNamedWorks(Block block, String text, List<Citation> out) {
        Prose prose = block.prose();
        for (Inline in : block.inlines()) {
            if (in.kind() != Inline.Kind.EMPHASIS || in.textSpan().isEmpty()) {
                continue;
            }
            int s = prose.fromSource(in.textSpan().start());
            int e = Math.min(prose.length(), Math.max(s, prose.fromSource(in.textSpan().end() - 1) + 1));
            if (s < e && isTitle(text.substring(s, e), 12)) {
                out.add(new Citation(Citation.Kind.NAMED_WORK, s, e, text.substring(s, e), ""));
            }
        }
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('‘') >= 0;
        Matcher q = QUOTED_TITLE.matcher(quotes ? text : "");
        while (q.find()) {
            if (isTitle(q.group(1), 20)) {
                out.add(new Citation(Citation.Kind.NAMED_WORK, q.start(1), q.end(1), q.group(1), ""));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Lexicon.Match> cues = CUES.find(text);
        boolean writingVerb = cues.stream().anyMatch(c -> c.entry().column("role").equals("writing-verb"));
        boolean documentNoun = cues.stream().anyMatch(c -> c.entry().column("role").equals("document-noun"));
        boolean publishedIn = PUBLISHED_CUE.matcher(lower).find();
        for (Pattern p : List.of(WRITING_VERB_TITLE, PUBLISHED_IN)) {
            if (!(p == WRITING_VERB_TITLE ? writingVerb && lower.contains(" in ") : publishedIn)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Citation(Citation.Kind.NAMED_WORK, m.start(1), m.end(1), m.group(1), ""));
            }
        }
        Matcher journal = IN_JOURNAL.matcher(lower.contains(" in ") ? text : "");
        while (journal.find()) {
            out.add(new Citation(Citation.Kind.NAMED_WORK, journal.start(1), journal.end(1), journal.group(1), ""));
        }
        Matcher post = POST_UNDER_DISCUSSION.matcher(lower.contains("post") || lower.contains("op ") ? text : "");
        while (post.find()) {
            out.add(new Citation(Citation.Kind.NAMED_WORK, post.start(), post.end(), post.group(), ""));
        }
        Matcher o = OWNED_DOCUMENT.matcher(documentNoun ? text : "");
        while (o.find()) {
            String owner = o.group(1) != null ? o.group(1) : o.group(2) != null ? o.group(2) : o.group(3);
            if (NOT_PUBLISHERS.contains(owner.toUpperCase(Locale.ROOT)) || owner.equals("I")) {
                continue;
            }
            out.add(new Citation(Citation.Kind.NAMED_WORK, o.start(), o.end(), o.group(), ""));
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Title Case: at least two words, the first capitalised, most content words capitalised. */
    static boolean isTitle(String s, int maxWords) {
        String[] words = s.strip().split("\\s+");
        if (words.length < 2 || words.length > maxWords || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty() || bare.matches("(?i)" + CONNECTIVE)) {
                continue;
            }
            content++;
            if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) {
                capitalised++;
            }
        }
        return content >= 2 && capitalised * 10 >= content * 7;
    }

    private static boolean overlaps(List<Citation> found, int start, int end) {
        for (Citation c : found) {
            if (c.kind() != Citation.Kind.FOOTNOTE && c.kind() != Citation.Kind.LINK && c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }
}
