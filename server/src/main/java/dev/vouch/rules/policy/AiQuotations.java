package dev.vouch.rules.policy;

import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Sentence;
import dev.vouch.llm.Models;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations the writer introduces as AI output ("I asked Claude…:", "ChatGPT said:", "Here is GPT-5's
 * answer:") and what metadata they carry: does the introduction (or the quotation's first lines) name a
 * specific model, and say how it was prompted?
 */
final class AiQuotations {
    /**
     * An introduced quotation.
     *
     * @param cue       the sentence that introduces it
     * @param quote     the blocks that hold the quotation (the intro block itself for an inline quote)
     * @param model     whether a specific model is named
     * @param prompt    whether the prompt is given or described
     */
    record Quotation(Sentence cue, List<Block> quote, boolean model, boolean prompt, String ai) {}

    /** "I asked", "we prompted", "I had … write", right before the AI's name. */
    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "(?i)\\b(?:I|we)\\s+(?:then\\s+|also\\s+|just\\s+|first\\s+|once\\s+|recently\\s+)?"
                    + "(?:asked|prompted|told|queried|instructed|had|got|gave|put\\s+(?:this|it|the\\s+question)\\s+to|"
                    + "ran\\s+(?:this|it)\\s+(?:through|past|by)|pasted\\s+(?:this|it)\\s+into|showed\\s+(?:this|it)\\s+to)"
                    + "\\s+(?:the\\s+)?$");
    /** "said", "replied", "'s answer" right after the AI's name. */
    private static final Pattern SAID_AFTER = Pattern.compile(
            "(?i)^(?:\\s*\\([^)]{0,60}\\))?(?:\\s*(?:said|says|replied|replies|responded|answered|wrote|writes|"
                    + "told\\s+me|gave\\s+me|came\\s+back\\s+with|suggested|produced|generated|offered|explained)\\b|"
                    + "['’]s\\s+(?:answer|response|reply|output|take|summary|explanation|verdict|version|draft)\\b)");
    /** "Here is what X said", "X's answer" introductions also begin with these. */
    private static final Pattern HERE_IS = Pattern.compile("(?i)\\b(?:here\\s+is|here['’]s|this\\s+is|below\\s+is)\\b");
    /** After the AI's name, the request itself: "asked Claude to summarise", "asked GPT-5 whether …". */
    private static final Pattern REQUEST_AFTER = Pattern.compile(
            "(?i)^(?:\\s*\\([^)]{0,60}\\))?\\s*(?:,\\s*)?(?:to|whether|if|for|about|what|how|why|which|who|when|where|"
                    + "with|:\\s*\\S|[\"“]\\S)");
    private static final Pattern PROMPT_WORD = Pattern.compile(
            "(?i)\\b(?:prompt(?:ed|ing)?|my\\s+question\\s+was|I\\s+(?:typed|wrote|asked)\\s*:)|^(?:me|user|human|prompt|q)\\s*:");

    private AiQuotations() {}

    /** A sentence that introduces AI output, found from the block's own text alone (so it can be cached). */
    private record Cue(int sentence, String ai, int nameEnd, boolean request) {}

    /** What one block says about AI quotations, from its own text alone. */
    private record BlockCues(List<Cue> cues, boolean namesModel, boolean promptWord) {}

    /** Cheap first pass: a block with none of these cannot name an assistant. */
    private static final Pattern PREFILTER = Pattern.compile("(?i:claude|gpt|gemini|llama|deepseek|grok|mistral|qwen|"
            + "opus|sonnet|haiku|copilot|perplexity|llm|chatbot|model|assistant)|\\bAI\\b|\\bo[1-9]\\b");
    private static final int CACHE_SIZE = 4096;
    /** Per block content: checks run on every edit, and most blocks have not changed. */
    private static final java.util.Map<String, BlockCues> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, BlockCues> e) {
                    return size() > CACHE_SIZE;
                }
            });
    private static final BlockCues NONE = new BlockCues(List.of(), false, false);

    private static BlockCues cues(Block b) {
        if (b.isHeading() || !PREFILTER.matcher(b.text()).find()) {
            return NONE;
        }
        String key = b.contentKey();
        BlockCues c = CACHE.get(key);
        if (c == null) {
            c = readCues(b);
            CACHE.put(key, c);
        }
        return c;
    }

    private static BlockCues readCues(Block b) {
        List<Cue> cues = new ArrayList<>();
        List<Sentence> sentences = b.sentences();
        for (Sentence s : sentences) {
            String text = s.text();
            for (Models.Mention m : Models.find(text)) {
                String before = text.substring(0, m.start());
                String after = text.substring(m.end());
                boolean asked = ASKED_BEFORE.matcher(before).find();
                if (!asked && !SAID_AFTER.matcher(after).find()) {
                    continue;
                }
                cues.add(new Cue(s.index(), m.text(), m.end(), asked && REQUEST_AFTER.matcher(after).find()));
                break;
            }
        }
        return new BlockCues(List.copyOf(cues), Models.namesModel(b.text()), PROMPT_WORD.matcher(b.text()).find());
    }

    static List<Quotation> find(Draft draft) {
        List<Quotation> out = new ArrayList<>();
        List<Block> blocks = draft.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            BlockCues bc = cues(b);
            for (Cue cue : bc.cues()) {
                Sentence s = b.sentences().get(cue.sentence());
                List<Block> quote = quotationAfter(draft, b, s, i, cue.nameEnd());
                if (quote == null) {
                    continue;
                }
                boolean model = bc.namesModel();
                boolean prompt = cue.request() || bc.promptWord();
                for (Block q : quote.subList(0, Math.min(2, quote.size()))) {
                    if (q != b) {
                        model |= Models.namesModel(q.text());
                        prompt |= PROMPT_WORD.matcher(q.text()).find();
                    }
                }
                out.add(new Quotation(s, quote, model, prompt, cue.ai()));
            }
        }
        return out;
    }

    /**
     * The quotation a cue introduces: a block quote right after it, the next block when the cue ends in a
     * colon, or the rest of the cue's own block when a quotation mark follows the name. Null for none (a
     * sentence that only mentions what an assistant said, without quoting it).
     */
    private static List<Block> quotationAfter(Draft draft, Block b, Sentence s, int index, int nameEnd) {
        Container ownQuote = b.container(Container.Kind.BLOCK_QUOTE);
        boolean lastSentence = s.index() == b.sentences().size() - 1;
        String text = s.text();
        if (index + 1 < draft.blocks().size() && lastSentence) {
            Block next = draft.blocks().get(index + 1);
            Container q = next.container(Container.Kind.BLOCK_QUOTE);
            if (q != null && (ownQuote == null || !ownQuote.span().equals(q.span()))) {
                List<Block> quote = new ArrayList<>();
                for (int j = index + 1; j < draft.blocks().size(); j++) {
                    Block n = draft.blocks().get(j);
                    if (!q.span().contains(n.span())) {
                        break;
                    }
                    quote.add(n);
                }
                return quote;
            }
            if (text.endsWith(":")) {
                return List.of(next);
            }
        }
        String rest = text.substring(Math.min(text.length(), nameEnd));
        if (rest.matches("(?s).*[\"“].{12,}")) {
            return List.of(b);
        }
        return null;
    }

    /** The source lines a quotation occupies, for wrapping it. */
    static Span quoteSpan(Quotation q) {
        Block first = q.quote().get(0);
        Block last = q.quote().get(q.quote().size() - 1);
        Container c = first.container(Container.Kind.BLOCK_QUOTE);
        if (c != null && first != q.cue().block()) {
            return c.span();
        }
        return first.span().union(last.span());
    }
}
