package dev.vouch.rules.aistyle;

/**
 * A kind of evidence that prose reads like an AI assistant's. Every {@link Tell} has one. The paragraph
 * score adds up tells by signal: the first tell of a signal counts in full, each further one at half its
 * weight (the same habit repeated is weaker evidence than two different habits), and no signal adds more
 * than its {@link #cap()}.
 */
public enum Signal {
    VOCABULARY("vocabulary", "post-2023 word", "post-2023 words", 3.0, true),
    STOCK_PHRASE("stock-phrase", "stock phrase", "stock phrases", 4.5, true),
    CHAT_RESIDUE("chat-residue", "piece of chat residue", "pieces of chat residue", 8.0, true),
    SYCOPHANCY("sycophancy", "sycophantic appraisal", "sycophantic appraisals", 4.0, true),
    REASONING_TRACE("reasoning-trace", "line of assistant reasoning", "lines of assistant reasoning", 5.0, true),
    NEGATIVE_PARALLELISM("negative-parallelism", "'not X but Y' construction", "'not X but Y' constructions", 4.0, true),
    TRIAD("triad", "reflexive triad", "reflexive triads", 2.0, true),
    QUESTION_ANSWER("question-answer", "question-then-answer", "question-then-answer pairs", 3.0, true),
    SIGNIFICANCE_CLAUSE("significance-clause", "trailing significance clause", "trailing significance clauses", 3.0, true),
    TRANSITION_STACK("transition-stack", "stacked transition", "stacked transitions", 2.5, true),
    EM_DASH("em-dash", "em-dash density", "em-dash density", 2.5, false),
    EMPHASIS("emphasis", "bold/italic density", "bold/italic density", 1.5, false),
    BOLD_LEAD("bold-lead", "bold-lead item", "bold-lead items", 1.5, false),
    LABEL_LEAD("label-lead", "label-lead paragraph", "label-lead paragraphs", 1.0, false),
    EMOJI("emoji", "emoji bullet", "emoji bullets", 1.5, false),
    UNIFORM_RHYTHM("uniform-rhythm", "uniform sentence length", "uniform sentence length", 1.5, false),
    /** Evidence about the whole draft, given to each of its prose paragraphs (see {@link DraftShape}). */
    DRAFT_SHAPE("draft-shape", "paragraphs of one shape", "paragraphs of one shape", 1.0, false),
    /** A style tell recurring across the draft's paragraphs (see {@link AiStyleAnalysis}). */
    DRAFT_HABIT("draft-habit", "habit recurring across the draft", "habits recurring across the draft", 1.0, false);

    private final String id;
    private final String one;
    private final String many;
    private final double cap;
    private final boolean countable;

    Signal(String id, String one, String many, double cap, boolean countable) {
        this.id = id;
        this.one = one;
        this.many = many;
        this.cap = cap;
        this.countable = countable;
    }

    /** Kebab-case id, as lexicon files name signals ("negative-parallelism"). */
    public String id() {
        return id;
    }

    /** The most this signal adds to one paragraph's score. */
    public double cap() {
        return cap;
    }

    /**
     * Whether tells of this signal are counted in messages ("3 stock phrases"); the others describe the
     * whole paragraph ("em-dash density (4 in 120 words)") and are named by their tell's text.
     */
    public boolean countable() {
        return countable;
    }

    /** "1 stock phrase", "3 stock phrases". */
    public String count(int n) {
        return n + " " + (n == 1 ? one : many);
    }

    public String singular() {
        return one;
    }

    /** Whether this is the assistant speaking to or about its user (residue, appraisal, reasoning). */
    public boolean isVoice() {
        return this == CHAT_RESIDUE || this == SYCOPHANCY || this == REASONING_TRACE;
    }

    /**
     * Whether this is evidence about the whole draft ({@link #DRAFT_SHAPE}, {@link #DRAFT_HABIT}) rather than
     * something in the paragraph: it adds points and counts as a kind of evidence, but never leads (a
     * paragraph's bar is set by its own strongest evidence).
     */
    public boolean isDraftLevel() {
        return this == DRAFT_SHAPE || this == DRAFT_HABIT;
    }

    /** The signal a lexicon file names ("negative-parallelism"), or null. */
    public static Signal fromId(String id) {
        for (Signal s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
