package dev.vouch.rules.policy;

import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Sentence;
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

    static List<Quotation> find(Draft draft) {
        List<Quotation> out = new ArrayList<>();
        List<Block> blocks = draft.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isHeading()) {
                continue;
            }
            for (Sentence s : b.sentences()) {
                String text = s.text();
                for (Models.Mention m : Models.find(text)) {
                    String before = text.substring(0, m.start());
                    String after = text.substring(m.end());
                    boolean asked = ASKED_BEFORE.matcher(before).find();
                    boolean said = SAID_AFTER.matcher(after).find();
                    if (!asked && !said) {
                        continue;
                    }
                    List<Block> quote = quotationAfter(draft, b, s, i, m.end());
                    if (quote == null) {
                        continue;
                    }
                    boolean model = Models.namesModel(b.text());
                    boolean prompt = asked && REQUEST_AFTER.matcher(after).find() || PROMPT_WORD.matcher(b.text()).find();
                    for (Block q : quote.subList(0, Math.min(2, quote.size()))) {
                        model |= q != b && Models.namesModel(q.text());
                        prompt |= q != b && PROMPT_WORD.matcher(q.text()).find();
                    }
                    out.add(new Quotation(s, quote, model, prompt, m.text()));
                    break;
                }
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
