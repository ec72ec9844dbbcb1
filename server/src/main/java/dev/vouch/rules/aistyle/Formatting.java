package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.BlockKind;
import dev.vouch.draft.Inline;
import dev.vouch.draft.WordCounter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatting tells, read from the syntax tree (emphasis nodes) and the prose, never from raw markup:
 * <ul>
 *   <li>em-dash density: two or more dashes at one or more per 100 words; one dash is nothing;</li>
 *   <li>bold/italic density: three or more emphasised spans at three or more per 100 words;</li>
 *   <li>bold-lead items ("**Term:** text"): one is a weak hint, a run of them is the structured list with
 *       bold headers readers recognise; a run of paragraphs opening with distinct "Label:" leads is the
 *       same structure without the bold;</li>
 *   <li>emoji bullets: a list item or heading that opens with an emoji.</li>
 * </ul>
 */
public final class Formatting {
    private static final Pattern LABEL_LEAD = Pattern.compile(
            "^([A-Z][\\p{L}\\p{N}'&/() -]{0,40}?):\\s+\\S");
    /** Labels that venues and human writers use by convention: no evidence of anything. */
    /** Words that make a "label" a sentence ("This is crucial: …"), not a heading-like lead. */
    private static final Pattern SENTENCE_WORD = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|"
                    + "i|we|you|he|she|it|they|this|that|there|here|my|our|let's|let)\\b");
    private static final Set<String> CONVENTIONAL_LABELS = Set.of("note", "notes", "edit", "update", "epistemic status",
            "summary", "tl;dr", "tldr", "context", "q", "a", "question", "answer", "example", "source", "sources",
            "caveat", "disclaimer", "warning", "content warning", "spoilers", "see also", "related", "thanks",
            "acknowledgements", "acknowledgments", "status", "audience", "prerequisites", "background");

    /** How a link's chat-interface tracking tell starts (its text is the parameter). */
    static final String TRACKING = "utm_source=";
    private static final Pattern TRACKING_PARAM = Pattern.compile(
            "([?&])utm_source=(?:chatgpt\\.com|openai|chatgpt)(?=&|#|$)(&?)", Pattern.CASE_INSENSITIVE);

    /** A run of consecutive blocks that open the same way. */
    public record LeadRun(Lead lead, List<Block> blocks) {}

    public enum Lead { BOLD, LABEL }

    private Formatting() {}

    static List<Tell> find(Block block) {
        List<Tell> out = new ArrayList<>();
        if (block.kind() == BlockKind.LIST_ITEM || block.isHeading()) {
            emoji(block, out);
        }
        if (block.isHeading()) {
            return out;
        }
        int words = Math.max(1, block.words());
        emDashes(block, words, out);
        linkArtefacts(block, out);
        emphasis(block, words, out);
        int lines = boldLeadLines(block);
        if (lines >= 2) {
            out.add(new Tell(Signal.BOLD_LEAD, 0, block.prose().length(), 1.5, lines + " lines opening with a bold label",
                    lines + " lines of one paragraph open with a bold label (\"**Term:** text\"): the structured list"
                            + " of assistant output, pasted without its bullets", ""));
        } else if (boldLead(block) != null) {
            Inline lead = boldLead(block);
            int end = block.prose().fromSource(lead.span().end());
            String label = source(block, lead.textSpan().start(), lead.textSpan().end()).strip();
            out.add(new Tell(Signal.BOLD_LEAD, 0, Math.max(1, end), 0.5, "\"**" + label + "**\"",
                    "a paragraph or item opening with a bold label (\"**Term:** text\")", ""));
        }
        return out;
    }

    private static void emDashes(Block block, int words, List<Tell> out) {
        int[] dashes = dashes(block.prose().text());
        int n = dashes.length;
        if (n < 2 || n * 100.0 / words < 1.0) {
            return;
        }
        out.add(new Tell(Signal.EM_DASH, dashes[0], dashes[0] + 1, Math.min(2.5, 0.75 * n),
                n + " em dashes in " + words + " words",
                n + " dashes in " + words + " words: em dashes at this density are the best-known formatting tell of"
                        + " recent assistants (one now and then is ordinary human punctuation)", ""));
    }

    /** Dashes used as punctuation in the block: em dashes, spaced en dashes and {@code --}. */
    public static int dashCount(Block block) {
        return dashes(block.prose().text()).length;
    }

    private static int[] dashes(String t) {
        int[] at = new int[8];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean dash = c == '—'
                    || (c == '–' && i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ')
                    || (c == '-' && i + 1 < t.length() && t.charAt(i + 1) == '-'
                        && (i + 2 >= t.length() || t.charAt(i + 2) != '-') && (i == 0 || t.charAt(i - 1) != '-'));
            if (dash) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
                if (c == '-') {
                    i++;
                }
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    private static void emphasis(Block block, int words, List<Tell> out) {
        Inline lead = boldLead(block);
        int n = 0;
        for (Inline in : block.inlines()) {
            if ((in.kind() == Inline.Kind.STRONG || in.kind() == Inline.Kind.EMPHASIS) && in != lead) {
                n++;
            }
        }
        if (n < 3 || n * 100.0 / words < 3.0) {
            return;
        }
        out.add(new Tell(Signal.EMPHASIS, 0, block.prose().length(), n >= 5 ? 1.5 : 1.0,
                n + " bold or italic spans in " + words + " words",
                "bold and italics every few words: emphasis scattered this densely is a formatting tell of"
                        + " assistant output", ""));
    }

    private static void emoji(Block block, List<Tell> out) {
        String t = block.prose().text();
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= t.length()) {
            return;
        }
        int cp = t.codePointAt(i);
        if (!isEmoji(cp)) {
            return;
        }
        int end = i + Character.charCount(cp);
        while (end < t.length() && (t.charAt(end) == '\uFE0F' || t.charAt(end) == '\u200D')) {
            end++;
        }
        out.add(new Tell(Signal.EMOJI, i, end, block.isHeading() ? 1.0 : 1.5, t.substring(i, end),
                (block.isHeading() ? "a heading" : "a list item") + " that opens with an emoji: a formatting habit of"
                        + " assistant output (Wikipedia: Signs of AI writing)", ""));
    }

    /** Links tagged by a chat interface ({@code utm_source=chatgpt.com}): the citation came from a chat. */
    private static void linkArtefacts(Block block, List<Tell> out) {
        for (Inline in : block.inlines()) {
            if (in.destination() == null || !in.destination().toLowerCase(Locale.ROOT).contains(TRACKING)) {
                continue;
            }
            Matcher m = TRACKING_PARAM.matcher(in.destination());
            if (!m.find()) {
                continue;
            }
            int s = block.prose().fromSource(in.span().start());
            int e = Math.max(s + 1, Math.min(block.prose().length(), block.prose().fromSource(Math.max(in.span().start(),
                    in.span().end() - 1)) + 1));
            if (s >= block.prose().length()) {
                continue;
            }
            out.add(new Tell(Signal.CHAT_RESIDUE, s, e, 2.5, m.group().replaceAll("^[?&]|&$", ""),
                    "a link tagged by a chat interface: the citation was copied from an assistant's answer", ""));
        }
    }

    /**
     * The source span of a chat-interface tracking parameter in the link's written destination, chosen so
     * that deleting it leaves a valid URL ({@code ?utm_source=chatgpt.com&a=1} loses {@code utm_source=…&}),
     * or null when the link has none or its destination is written elsewhere (a reference definition).
     */
    static dev.vouch.text.Span trackingParameter(Block block, Inline in) {
        if (in.destination() == null || in.destinationSpan() == null) {
            return null;
        }
        String written = source(block, in.destinationSpan().start(), in.destinationSpan().end());
        Matcher m = TRACKING_PARAM.matcher(written);
        if (!m.find()) {
            return null;
        }
        int base = in.destinationSpan().start();
        boolean first = m.group(1).equals("?");
        boolean more = !m.group(2).isEmpty();
        int from = first && more ? m.start() + 1 : m.start();
        int to = first ? m.end() : m.end() - m.group(2).length();
        return new dev.vouch.text.Span(base + from, base + to);
    }

    static boolean isEmoji(int cp) {
        int type = Character.getType(cp);
        if (type != Character.OTHER_SYMBOL && type != Character.MATH_SYMBOL) {
            return false;
        }
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50
                || cp == 0x2B55 || (cp >= 0x2B05 && cp <= 0x2B07) || cp == 0x231A || cp == 0x231B
                || (cp >= 0x23E9 && cp <= 0x23FA) || (cp >= 0x1F000 && cp <= 0x1F2FF);
    }

    /** The strong emphasis a block opens with when it is a label ("**Term:**" or "**Term**:"), or null. */
    public static Inline boldLead(Block block) {
        for (Inline in : block.inlines()) {
            if (in.span().start() != block.span().start()) {
                return null;
            }
            if (in.kind() != Inline.Kind.STRONG) {
                continue;
            }
            String inner = source(block, in.textSpan().start(), in.textSpan().end()).strip();
            String after = source(block, in.span().end(), in.span().end() + 2);
            boolean label = inner.endsWith(":") || inner.endsWith(".") || after.startsWith(":")
                    || after.startsWith(" —") || after.startsWith(" –");
            boolean more = block.span().end() > in.span().end() + 2;
            return label && more && WordCounter.count(inner) <= 8 ? in : null;
        }
        return null;
    }

    /** The block's source between absolute offsets {@code from} and {@code to}, clamped to the block. */
    private static String source(Block block, int from, int to) {
        String s = block.sourceText();
        int base = block.span().start();
        int a = Math.max(0, Math.min(s.length(), from - base));
        int b = Math.max(a, Math.min(s.length(), to - base));
        return s.substring(a, b);
    }

    /** How many source lines of the block open with a bold label ("**Term:**"), when the first one does. */
    public static int boldLeadLines(Block block) {
        if (boldLead(block) == null) {
            return 0;
        }
        String src = block.sourceText();
        int base = block.span().start();
        int n = 0;
        for (Inline in : block.inlines()) {
            if (in.kind() != Inline.Kind.STRONG) {
                continue;
            }
            int at = in.span().start() - base;
            boolean lineStart = at == 0 || (at > 0 && at <= src.length() && src.charAt(at - 1) == '\n');
            if (!lineStart) {
                continue;
            }
            String inner = source(block, in.textSpan().start(), in.textSpan().end()).strip();
            String after = source(block, in.span().end(), in.span().end() + 1);
            if (inner.endsWith(":") || after.equals(":")) {
                n++;
            }
        }
        return n;
    }

    /** The label a paragraph opens with ("Least favorite" in "Least favorite: the ending"), or null. */
    static String labelLead(Block block) {
        if (boldLead(block) != null) {
            return null;
        }
        Matcher m = LABEL_LEAD.matcher(block.prose().text());
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).strip();
        int words = WordCounter.count(label);
        if (words < 1 || words > 5 || CONVENTIONAL_LABELS.contains(label.toLowerCase(Locale.ROOT))
                || SENTENCE_WORD.matcher(label).find()) {
            return null;
        }
        return label;
    }

    /**
     * Runs of two or more consecutive paragraphs or list items that open with a bold label, or with
     * distinct plain labels (a repeated label is a speaker in a dialogue, not a structured list).
     */
    public static List<LeadRun> leadRunsOf(List<Block> blocks) {
        List<LeadRun> runs = new ArrayList<>();
        List<Block> cur = new ArrayList<>();
        Lead curLead = null;
        Set<String> labels = new HashSet<>();
        Block prev = null;
        for (Block b : blocks) {
            Lead lead = null;
            String label = null;
            if (AiStyleAnalysis.isParagraph(b)) {
                if (boldLead(b) != null) {
                    lead = Lead.BOLD;
                } else if ((label = labelLead(b)) != null) {
                    lead = Lead.LABEL;
                }
            }
            boolean continues = lead != null && lead == curLead && prev != null && adjacent(prev, b)
                    && (lead == Lead.BOLD || !labels.contains(label.toLowerCase(Locale.ROOT)));
            if (!continues) {
                if (cur.size() >= 2) {
                    runs.add(new LeadRun(curLead, List.copyOf(cur)));
                }
                cur.clear();
                labels.clear();
                curLead = lead;
            }
            if (lead != null) {
                cur.add(b);
                if (label != null) {
                    labels.add(label.toLowerCase(Locale.ROOT));
                }
            }
            prev = b;
        }
        if (cur.size() >= 2) {
            runs.add(new LeadRun(curLead, List.copyOf(cur)));
        }
        return runs;
    }

    /** Evidence that depends on neighbours: each block of a lead run gets a tell. */
    static Map<Block, List<Tell>> leadRuns(List<Block> blocks) {
        return leadRunTells(leadRunsOf(blocks));
    }

    /** The tells of {@link #leadRuns} for runs already found. */
    static Map<Block, List<Tell>> leadRunTells(List<LeadRun> runs) {
        Map<Block, List<Tell>> out = new IdentityHashMap<>();
        for (LeadRun run : runs) {
            for (Block b : run.blocks()) {
                Tell t;
                if (run.lead() == Lead.BOLD) {
                    Inline lead = boldLead(b);
                    int end = Math.max(1, b.prose().fromSource(lead.span().end()));
                    t = new Tell(Signal.BOLD_LEAD, 0, end, 1.5, run.blocks().size() + " bold-lead items in a row",
                            "one of " + run.blocks().size() + " consecutive items opening with a bold label: the"
                                    + " structured list with bold headers of assistant output", "");
                } else {
                    String label = labelLead(b);
                    t = new Tell(Signal.LABEL_LEAD, 0, label.length() + 1, 1.0,
                            run.blocks().size() + " label-lead paragraphs in a row",
                            "one of " + run.blocks().size() + " consecutive paragraphs opening with a distinct"
                                    + " \"Label:\": the structure of an assistant's bullet list without the bullets", "");
                }
                out.computeIfAbsent(b, k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    /** Consecutive in the draft, the same kind of block, in the same kind of container. */
    private static boolean adjacent(Block a, Block b) {
        return b.index() == a.index() + 1 && a.kind() == b.kind() && a.containers().size() == b.containers().size();
    }
}
