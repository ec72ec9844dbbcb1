package dev.vouch.lsp;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.engine.Linter;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FixCommand;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that exist only in the language server tests (not registered with ServiceLoader): a SLOW
 * "grammar" rule that can be held back, one that publishes AI-style and ledger figures, and one that
 * throws.
 */
final class TestRules {
    private TestRules() {}

    /** Holds the SLOW rule back while closed; a fresh, open gate by default. */
    static volatile CountDownLatch slowGate = new CountDownLatch(0);
    static final AtomicInteger slowRuns = new AtomicInteger();

    /**
     * The citation rules (the foundation's, whose findings these tests name) and the test rules. The other
     * categories are left out so that these tests of the server's mechanics do not move when those rules
     * are tuned, and LanguageTool is not loaded: the Neovim end-to-end test and the benchmark run the
     * real registry.
     */
    static Linter linter() {
        List<Rule> rules = citationRules();
        rules.add(new SlowSpelling());
        rules.add(new Figures());
        rules.add(new Throws());
        rules.add(new Stalls());
        return new Linter(new RuleRegistry(rules));
    }

    /** Only the citation rules. */
    static Linter citationsOnly() {
        return new Linter(new RuleRegistry(citationRules()));
    }

    private static List<Rule> citationRules() {
        List<Rule> rules = new ArrayList<>();
        for (RuleDescriptor d : RuleRegistry.standard().all()) {
            if (d.category() == dev.vouch.rule.Category.CITATIONS && d.stage() == Stage.FAST) {
                rules.add(d.rule());
            }
        }
        return rules;
    }

    @RuleInfo(id = "grammar.test-spelling", severity = Severity.WARNING, stage = Stage.SLOW,
            summary = "Test stand-in for the grammar stage: flags \"teh\"",
            explanation = "Flags the misspelling teh, slowly (a test can hold it back).")
    static final class SlowSpelling implements BlockRule {
        private static final Pattern TEH = Pattern.compile("\\bteh\\b");

        @Override
        public void check(Block block, BlockContext context, FindingSink out) {
            slowRuns.incrementAndGet();
            try {
                if (!slowGate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("slow gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            if (context.words().contains("teh")) {
                return;
            }
            Matcher m = TEH.matcher(block.text());
            while (m.find()) {
                Span s = block.prose().toSource(m.start(), m.end());
                out.report(s, "Possible spelling mistake: \"teh\".")
                        .evidence("\"teh\" is not in the dictionary; \"the\" is one letter swap away.")
                        .fix(Fix.safe("Replace with \"the\"", Edit.replace(s, "the")))
                        .fix(Fix.command("Add \"teh\" to the dictionary", FixCommand.addToDictionary("teh")))
                        .add();
            }
        }
    }

    @RuleInfo(id = "ai-style.test-figures", severity = Severity.INFO,
            summary = "Test stand-in that publishes AI-style and ledger figures",
            explanation = "Publishes aiStyle.* and ledger.* metrics as the real rules will.")
    static final class Figures implements DocumentRule {
        @Override
        public void check(Draft draft, RuleContext context, FindingSink out) {
            context.metric("aiStyle.flaggedParagraphs", 1);
            context.metric("aiStyle.paragraphs", draft.blocks().size());
            context.metric("aiStyle.tellsPer1000Words", 3.5);
            context.metric("ledger.editedMinutes", 12.5);
            context.metric("ledger.requiredMinutes", 38);
            context.metric("ledger.meets", false);
        }
    }

    @RuleInfo(id = "claims.test-throws", severity = Severity.ERROR,
            summary = "Test stand-in that throws on the word BOOM",
            explanation = "Throws, to show the server survives a broken rule.")
    static final class Throws implements BlockRule {
        @Override
        public void check(Block block, BlockContext context, FindingSink out) {
            if (block.text().contains("BOOM")) {
                throw new IllegalStateException("test rule exploded");
            }
        }
    }

    @RuleInfo(id = "claims.test-stalls", severity = Severity.ERROR,
            summary = "Test stand-in for a check that takes too long: stalls on the word STALL",
            explanation = "Sleeps (up to 30 s, until interrupted) on a block with STALL in it, as a rule on a "
                    + "pathological draft would take too long.")
    static final class Stalls implements BlockRule {
        static final AtomicInteger stalled = new AtomicInteger();

        @Override
        public void check(Block block, BlockContext context, FindingSink out) {
            if (!block.text().contains("STALL")) {
                return;
            }
            stalled.incrementAndGet();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
        }
    }
}
