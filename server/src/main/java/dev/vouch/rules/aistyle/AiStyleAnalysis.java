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
import java.util.function.Predicate;

/**
 * The AI-style evidence of a whole draft, computed once per check and shared by every rule that needs
 * it: the ai-style paragraph and document rules, and the venue-policy rules that ask which passages read
 * like assistant output.
 *
 * <p>Every prose paragraph and list item is scored ({@link ParagraphScore}): quoted text and sections
 * labelled as AI output too, so a policy rule can ask whether a {@code <details>} section reads like AI
 * output, but only the writer's own prose ({@link Provenance#isWritersOwn}) is ever {@link
 * ParagraphScore#flagged() flagged}. Headings and table cells are not paragraphs and are not scored.
 *
 * <p>Use from a rule: {@code AiStyleAnalysis ai = context.analysis(AiStyleAnalysis.ANALYSIS);} then
 * {@link #score(Block)}, {@link #flagged()} or the document figures. Outside a check (tests, tools),
 * {@link #of(Draft)}. Nothing here depends on the editor, the CLI or configuration: the scores are the
 * same wherever the draft is checked.
 *
 * <p>Per-block evidence is cached by block content, so after an edit only changed paragraphs are
 * re-read; evidence that depends on neighbours (runs of bold-lead items) is recomputed each check.
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
     * Scores every paragraph, with the caller deciding which blocks are the writer's own prose (a venue
     * policy with its own convention for labelled AI blocks, say).
     */
    public static AiStyleAnalysis of(Draft draft, Predicate<Block> writersOwn) {
        List<Block> scored = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (isParagraph(b)) {
                scored.add(b);
            }
        }
        Map<Block, List<Tell>> context = Formatting.leadRuns(draft.blocks());
        List<ParagraphScore> out = new ArrayList<>(scored.size());
        for (Block b : scored) {
            List<Tell> tells = new ArrayList<>(BlockTells.of(b));
            tells.addAll(context.getOrDefault(b, List.of()));
            out.add(ParagraphScorer.score(b, writersOwn.test(b), tells));
        }
        return new AiStyleAnalysis(draft, out);
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

    /** Paragraphs that are not the writer's own (quoted, labelled as AI output) and read like assistant prose. */
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
