package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rules.claims.ClaimFixes;
import dev.vouch.rules.claims.ClaimAnalysis;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unattributed-blockquote",
        severity = Severity.INFO,
        summary = "Block quote that quotes someone with no attribution",
        explanation = """
                A `>` block quote presents someone else's words. With nothing saying whose they are (no
                introduction such as "As Smith wrote:", no "— Name" line, no link or citation inside) the
                reader cannot tell who said it or check that they did.

                Attributed: a citation or link inside the quote; a line starting with a dash ("— Ada
                Lovelace", "-- the manual"), "Source:" or "From"; a paragraph just before it ending in ":" or
                naming who speaks with a verb of saying ("she wrote", "the paper says"); a "— Name" line
                right after it, or a first sentence after it that says who spoke ("The speaker opened with that
                line"); and a reply, where the next paragraph answers the quote ("I agree with this …",
                "You say …"), as comments quote what they answer. Not checked: callouts ("> **Note:** …", "> [!WARNING]"), quotes under six
                words, and fiction. The fix adds a footnote for the source.""",
        flagged = {"Here is the core idea.\n\n> The map is not the territory, and the menu is not the meal."},
        passes = {"As Korzybski put it:\n\n> The map is not the territory.",
                "> The map is not the territory, and the menu is not the meal.\n>\n> — Alan Watts"})
public final class UnattributedBlockQuote implements DocumentRule {
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*(?:[—–―~]|--|-\\s|source\\s*:|sources\\s*:|from\\b|via\\b|cf\\.)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLOUT = Pattern.compile(
            "^\\s*(?:\\[!\\w+\\]|(?:note|notes|tip|warning|caution|important|update|edit|edited|tl;dr|tldr|summary|"
                    + "epistemic status|disclaimer|content warning|aside|spoiler|info|example)\\b\\s*:?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCES = Pattern.compile(
            "(?i)(?::\\s*$|\\b(?:wrote|writes|said|says|put it|puts it|argued|argues|noted|notes|explains|explained|"
                    + "observed|commented|replied|tweeted|posted|asked|answered|responded|summari[sz]ed|according to|"
                    + "quote|quoted|quoting|in the words of|excerpt|passage|reads)\\b[^.!?]{0,120}[.:]?\\s*$)");

    private static final Pattern SPOKEN_AFTER = Pattern.compile(
            "(?i)\\b(?:said|says|wrote|writes|opened with|closed with|ended with|began with|quoted|quoting|(?:that|this|the|"
                    + "those|these) (?:line|lines|words|quote|passage|sentence))\\b");
    private static final Pattern REPLY = Pattern.compile(
            "^\\W*(?:I|I'm|I’m|I'd|I’d|I've|I’ve|you|your|you're|you’re|this|that|these|yes|no|agreed|agree|disagree|"
                    + "strongly|fwiw|hmm|interesting|not sure|true|right|sure|nope|yep|well|but|and|so|re|nitpick|minor)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        if (context.analysis(ClaimAnalysis.ANALYSIS).genre().isFiction()) {
            return;
        }
        Map<Span, List<Block>> quotes = new LinkedHashMap<>();
        for (Block b : draft.blocks()) {
            Container q = outermostQuote(b);
            if (q != null) {
                quotes.computeIfAbsent(q.span(), k -> new ArrayList<>()).add(b);
            }
        }
        for (Map.Entry<Span, List<Block>> e : quotes.entrySet()) {
            List<Block> blocks = e.getValue();
            if (attributed(draft, blocks) || CALLOUT.matcher(blocks.get(0).text()).find()) {
                continue;
            }
            int words = blocks.stream().mapToInt(Block::words).sum();
            if (words < 6 || blocks.stream().allMatch(Block::isHeading)) {
                continue;
            }
            Block first = blocks.get(0);
            Block last = blocks.get(blocks.size() - 1);
            int lineEnd = lineEnd(draft.source(), first.span().start(), first.span().end());
            Span where = new Span(first.span().start(), lineEnd);
            out.report(where, "Block quote with no attribution: say whose words these are and cite where they appear.")
                    .fix(context.analysis(ClaimFixes.FOOTNOTE_STUB).at(last.span().end(), "Add a footnote for the source"))
                    .add();
        }
    }

    private static java.util.List<Citation> citations(Draft draft, Block b) {
        return dev.vouch.rules.claims.BlockClaims.of(b, ClaimAnalysis.pandocDraft(draft)).citations(); // memoised
    }

    private static Container outermostQuote(Block b) {
        for (Container c : b.containers()) {
            if (c.kind() == Container.Kind.BLOCK_QUOTE) {
                return c;
            }
        }
        return null;
    }

    private static boolean attributed(Draft draft, List<Block> blocks) {
        for (Block b : blocks) {
            if (!citations(draft, b).isEmpty() || SIGNATURE.matcher(b.text()).find()) {
                return true;
            }
            for (String line : b.sourceText().split("\n")) {
                if (SIGNATURE.matcher(line.replaceFirst("^\\s*(?:>\\s*)+", "")).find()) {
                    return true;
                }
            }
        }
        Block first = blocks.get(0);
        Block last = blocks.get(blocks.size() - 1);
        Block before = first.index() > 0 ? draft.blocks().get(first.index() - 1) : null;
        if (before != null && outermostQuote(before) == null && !before.isHeading()) {
            String text = before.text().strip();
            List<dev.vouch.draft.Sentence> ss = before.sentences();
            String lastSentence = ss.isEmpty() ? text : ss.get(ss.size() - 1).text();
            if (INTRODUCES.matcher(lastSentence).find() || !citations(draft, before).isEmpty()
                    && text.endsWith(":")) {
                return true;
            }
        }
        Block after = last.index() + 1 < draft.blocks().size() ? draft.blocks().get(last.index() + 1) : null;
        if (after != null && outermostQuote(after) == null && SIGNATURE.matcher(after.text()).find() && after.words() <= 12) {
            return true;
        }
        // the paragraph after it says who spoke ("The speaker opened with that line", "She wrote this in …")
        if (after != null && outermostQuote(after) == null && !after.isHeading() && !after.sentences().isEmpty()
                && SPOKEN_AFTER.matcher(after.sentences().get(0).text()).find()) {
            return true;
        }
        // a reply: the quote is answered right after it ("I agree with this …"), as comments quote the post
        // or comment they answer, which is the source
        return after != null && outermostQuote(after) == null && !after.isHeading() && REPLY.matcher(after.text()).find();
    }

    /** Where the line holding {@code from} ends, before its break (LF, CRLF or a lone CR), at most {@code max}. */
    private static int lineEnd(String source, int from, int max) {
        for (int i = from; i < max; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return max;
    }
}
