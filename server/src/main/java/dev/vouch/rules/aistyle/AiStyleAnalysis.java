package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.BlockKind;
import dev.vouch.draft.Draft;
import dev.vouch.rule.Analysis;
import dev.vouch.rule.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The AI-style evidence of a whole draft, computed once per check and shared by every rule that needs
 * it: the ai-style paragraph and document rules, and the venue-policy rules that ask which passages read
 * like assistant output.
 *
 * <p>Every prose paragraph and list item is scored ({@link ParagraphScore}): quoted text and LLM content
 * blocks too, so a policy rule can ask whether a {@code <details>} section reads like AI output, but only
 * the writer's own prose ({@link Provenance#isWritersOwn}: not quoted, not in an LLM content block) is ever
 * {@link ParagraphScore#flagged() flagged}. Headings and table cells are not paragraphs and are not scored.
 *
 * <p>Use from a rule: {@code AiStyleAnalysis ai = context.analysis(AiStyleAnalysis.ANALYSIS);} then
 * {@link #score(Block)}, {@link #flagged()} or the document figures. Outside a check (tests, tools),
 * {@link #of(Draft)}. Nothing here depends on the editor, the CLI or configuration: the scores are the
 * same wherever the draft is checked.
 *
 * <p>Per-block evidence is cached by block content, so after an edit only changed paragraphs are
 * re-read; evidence that depends on neighbours (runs of bold-lead items) or on the whole draft (recurring
 * contrasts, {@link DraftShape paragraphs of one shape}) is recomputed each check from the cached tells and
 * the paragraphs' word counts, one pass over the draft.
 */
public final class AiStyleAnalysis {
    /** The shared analysis: {@code context.analysis(AiStyleAnalysis.ANALYSIS)}. */
    public static final Analysis<AiStyleAnalysis> ANALYSIS = context -> of(context.draft());

    /** Metric: the writer's own paragraphs scored (a contract with the CLI, code lens and status bar). */
    public static final String METRIC_PARAGRAPHS = "aiStyle.paragraphs";
    /** Metric: how many of them read like assistant prose. */
    public static final String METRIC_FLAGGED = "aiStyle.flaggedParagraphs";
    /** Metric: flagged / paragraphs, 0–1, three decimals (0 for a draft with no paragraphs). */
    public static final String METRIC_SHARE = "aiStyle.flaggedShare";
    /** Metric: tells in the writer's own paragraphs per 1,000 of their words, one decimal. */
    public static final String METRIC_TELLS = "aiStyle.tellsPer1000Words";

    private final Draft draft;
    private final List<ParagraphScore> paragraphs;
    private final Map<Block, ParagraphScore> byBlock;

    private AiStyleAnalysis(Draft draft, List<ParagraphScore> paragraphs) {
        this.draft = draft;
        this.paragraphs = List.copyOf(paragraphs);
        Map<Block, ParagraphScore> m = new IdentityHashMap<>();
        for (ParagraphScore p : paragraphs) {
            m.put(p.block(), p);
        }
        this.byBlock = Collections.unmodifiableMap(m);
    }

    /** Scores every paragraph of the draft, with {@link Provenance#isWritersOwn} deciding whose prose it is. */
    public static AiStyleAnalysis of(Draft draft) {
        return of(draft, Provenance::isWritersOwn);
    }

    /**
     * Scores every paragraph, with the caller deciding which blocks are the writer's own prose (for tests
     * and tools; every rule reads {@link #ANALYSIS}, with {@link Provenance}'s answer).
     */
    public static AiStyleAnalysis of(Draft draft, Predicate<Block> writersOwn) {
        List<Block> scored = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (isParagraph(b)) {
                scored.add(b);
            }
        }
        List<Formatting.LeadRun> leadRuns = Formatting.leadRunsOf(draft.blocks());
        Map<Block, List<Tell>> runs = Formatting.leadRunTells(leadRuns);
        Map<Block, List<Tell>> continued = Interlocutor.continuations(scored);
        List<ParagraphScore> out = new ArrayList<>(scored.size());
        List<List<Tell>> evidence = new ArrayList<>(scored.size());
        List<Boolean> owners = new ArrayList<>(scored.size());
        for (Block b : scored) {
            List<Tell> tells = new ArrayList<>(BlockTells.of(b));
            tells.addAll(runs.getOrDefault(b, List.of()));
            tells.addAll(continued.getOrDefault(b, List.of()));
            evidence.add(tells);
            owners.add(writersOwn.test(b));
        }
        recurringContrast(scored, evidence, owners);
        recurringHabits(scored, evidence, owners);
        Map<Block, List<Tell>> shape = DraftShape.of(scored, owners);
        for (int i = 0; i < scored.size(); i++) {
            evidence.get(i).addAll(shape.getOrDefault(scored.get(i), List.of()));
        }
        int own = 0;
        int flagged = 0;
        for (int i = 0; i < scored.size(); i++) {
            Block b = scored.get(i);
            List<Tell> tells = evidence.get(i);
            ParagraphScore p = ParagraphScorer.score(b, owners.get(i), tells);
            out.add(p);
            own += p.writersOwn() ? 1 : 0;
            flagged += p.flagged() ? 1 : 0;
        }
        if (flagged >= ParagraphScorer.ASSISTANT_DRAFT_PARAGRAPHS
                && flagged >= ParagraphScorer.ASSISTANT_DRAFT_SHARE * own) {
            Set<Block> lists = assistantLists(leadRuns, writersOwn);
            for (int i = 0; i < out.size(); i++) {
                ParagraphScore p = out.get(i);
                if (!p.readsLikeAssistant()) {
                    out.set(i, ParagraphScorer.score(p.block(), p.writersOwn(), evidence.get(i), true,
                            lists.contains(p.block())));
                }
            }
        }
        return new AiStyleAnalysis(draft, out);
    }

    /**
     * The writer's blocks in runs of {@link BoldLead#MIN_RUN} or more consecutive paragraphs or items that open
     * with a bold label or with distinct plain labels: the list format of an assistant's answer ("Favourite
     * part: …", "Weakest part: …", "What I would cut: …"), which in an assistant-heavy draft reads like its
     * pasted output (see {@link ParagraphScorer#score(Block, boolean, List, boolean, boolean)}).
     */
    private static Set<Block> assistantLists(List<Formatting.LeadRun> runs, Predicate<Block> writersOwn) {
        Set<Block> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Formatting.LeadRun run : runs) {
            if (run.blocks().size() >= BoldLead.MIN_RUN && run.blocks().stream().allMatch(writersOwn)) {
                out.addAll(run.blocks());
            }
        }
        return out;
    }

    /** Paragraphs of the writer's with a contrast, at least this many… */
    static final int RECURRING_CONTRAST_PARAGRAPHS = 3;
    /** …and at least this share of the writer's paragraphs, make the contrast a habit of the draft. */
    static final double RECURRING_CONTRAST_SHARE = 0.3;

    /**
     * "Splashy contrast every few sentences": when "not X but Y" constructions recur across the writer's
     * paragraphs (in {@link #RECURRING_CONTRAST_PARAGRAPHS} or more, and {@link #RECURRING_CONTRAST_SHARE}
     * of them), each such paragraph gets one more tell for the habit. One contrast in an essay is rhetoric.
     */
    private static void recurringContrast(List<Block> scored, List<List<Tell>> evidence, List<Boolean> owners) {
        int own = 0;
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            if (!owners.get(i)) {
                continue;
            }
            own++;
            if (evidence.get(i).stream().anyMatch(t -> t.signal() == Signal.NEGATIVE_PARALLELISM && t.weight() >= 1.0)) {
                with.add(i);
            }
        }
        if (with.size() < RECURRING_CONTRAST_PARAGRAPHS || with.size() < RECURRING_CONTRAST_SHARE * own) {
            return;
        }
        for (int i : with) {
            Block b = scored.get(i);
            evidence.get(i).add(new Tell(Signal.NEGATIVE_PARALLELISM, 0, b.prose().length(), 1.0,
                    "contrasts in " + with.size() + " of " + own + " paragraphs",
                    "the same \"not X but Y\" contrast recurs across the draft (" + with.size() + " of " + own
                            + " paragraphs): splashy contrast every few sentences is what readers stop at", ""));
        }
    }

    /**
     * Style signals whose recurrence across the draft is a habit of the draft ({@link #recurringHabits}); the
     * contrast has its own rule ({@link #recurringContrast}), lists theirs (lead runs), the assistant's voice
     * its own context (see {@link ParagraphScorer}).
     */
    static final Set<Signal> HABITS = java.util.EnumSet.of(Signal.VOCABULARY, Signal.STOCK_PHRASE, Signal.TRIAD,
            Signal.QUESTION_ANSWER, Signal.SIGNIFICANCE_CLAUSE, Signal.TRANSITION_STACK, Signal.EM_DASH,
            Signal.EMPHASIS, Signal.UNIFORM_RHYTHM);

    /**
     * The rule of {@link #recurringContrast} for every other style signal, with the same bars: a tell that is
     * one writer's habit in one paragraph (two em dashes, a triad, a stock phrase) is ordinary; the same tell in
     * {@link #RECURRING_CONTRAST_PARAGRAPHS} or more of the writer's paragraphs, and
     * {@link #RECURRING_CONTRAST_SHARE} of them, is the draft's house style. Each such paragraph gets one
     * {@link Signal#DRAFT_HABIT} tell naming every recurring habit it shares (one point however many), a kind
     * of evidence of its own, so it can complete but never make a finding.
     */
    private static void recurringHabits(List<Block> scored, List<List<Tell>> evidence, List<Boolean> owners) {
        int own = 0;
        Map<Signal, List<Integer>> with = new java.util.EnumMap<>(Signal.class);
        for (int i = 0; i < scored.size(); i++) {
            if (!owners.get(i)) {
                continue;
            }
            own++;
            Set<Signal> seen = java.util.EnumSet.noneOf(Signal.class);
            for (Tell t : evidence.get(i)) {
                if (HABITS.contains(t.signal()) && seen.add(t.signal())) {
                    with.computeIfAbsent(t.signal(), s -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Integer, List<String>> habits = new java.util.TreeMap<>();
        for (Map.Entry<Signal, List<Integer>> e : with.entrySet()) {
            int n = e.getValue().size();
            if (n < RECURRING_CONTRAST_PARAGRAPHS || n < RECURRING_CONTRAST_SHARE * own) {
                continue;
            }
            for (int i : e.getValue()) {
                habits.computeIfAbsent(i, k -> new ArrayList<>()).add(e.getKey().singular() + " in " + n + " of " + own
                        + " paragraphs");
            }
        }
        for (Map.Entry<Integer, List<String>> h : habits.entrySet()) {
            Block b = scored.get(h.getKey());
            String what = String.join("; ", h.getValue());
            evidence.get(h.getKey()).add(new Tell(Signal.DRAFT_HABIT, 0, b.prose().length(), 1.0, what,
                    "the same habit recurs across the draft (" + what + "): one paragraph's habit is ordinary,"
                            + " a draft-wide one is a house style readers recognise; it counts only with other"
                            + " evidence in the paragraph", ""));
        }
    }

    /** Whether the block is scored as a paragraph: a paragraph or list item with some prose. */
    public static boolean isParagraph(Block b) {
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM) && !b.prose().isEmpty();
    }

    public Draft draft() {
        return draft;
    }

    /** Every scored paragraph in document order, the writer's own and the others. */
    public List<ParagraphScore> paragraphs() {
        return paragraphs;
    }

    /** The score of a block of this draft, or null when it is not a scored paragraph. */
    public ParagraphScore score(Block block) {
        return byBlock.get(block);
    }

    /** The writer's own paragraphs. */
    public List<ParagraphScore> writersParagraphs() {
        return paragraphs.stream().filter(ParagraphScore::writersOwn).toList();
    }

    /** The writer's own paragraphs whose evidence adds up, in document order. */
    public List<ParagraphScore> flagged() {
        return paragraphs.stream().filter(ParagraphScore::flagged).toList();
    }

    /** Paragraphs that are not the writer's own (quoted, in an LLM content block) and read like assistant prose. */
    public List<ParagraphScore> readsLikeAssistantOutsideWritersProse() {
        return paragraphs.stream().filter(p -> !p.writersOwn() && p.readsLikeAssistant()).toList();
    }

    public int paragraphCount() {
        return (int) paragraphs.stream().filter(ParagraphScore::writersOwn).count();
    }

    public int flaggedCount() {
        return (int) paragraphs.stream().filter(ParagraphScore::flagged).count();
    }

    /** Flagged paragraphs over the writer's paragraphs, 0 when there are none. */
    public double flaggedShare() {
        int n = paragraphCount();
        return n == 0 ? 0.0 : flaggedCount() / (double) n;
    }

    /** Words in the writer's own paragraphs. */
    public int writersWords() {
        return paragraphs.stream().filter(ParagraphScore::writersOwn).mapToInt(ParagraphScore::words).sum();
    }

    /** Tells in the writer's own paragraphs. */
    public int tellCount() {
        return paragraphs.stream().filter(ParagraphScore::writersOwn).mapToInt(p -> p.tells().size()).sum();
    }

    /** Tells per 1,000 words of the writer's own paragraphs. */
    public double tellsPer1000Words() {
        int w = writersWords();
        return w == 0 ? 0.0 : 1000.0 * tellCount() / w;
    }

    /** The document figures under their metric keys, rounded as published. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(METRIC_PARAGRAPHS, paragraphCount());
        m.put(METRIC_FLAGGED, flaggedCount());
        m.put(METRIC_SHARE, Math.round(flaggedShare() * 1000.0) / 1000.0);
        m.put(METRIC_TELLS, Math.round(tellsPer1000Words() * 10.0) / 10.0);
        return m;
    }

    /** Publishes {@link #metrics()} to the check (CLI summary, JSON, code lens, status bar). */
    public void publish(RuleContext context) {
        metrics().forEach(context::metric);
    }
}
