package dev.vouch.engine;

import dev.vouch.config.ConfigProblem;
import dev.vouch.config.ResolvedConfig;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.rule.Analysis;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Finding;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the enabled rules of the requested stages over a draft. Block rules are cached per block
 * content; a rule that throws is logged and reported in {@link CheckResult#errors()}, and the other
 * rules' findings stand. Suppression comments and configured severities are applied here, so rules
 * never see either. Safe to use from several threads at once.
 */
public final class Checker {
    private static final Logger LOG = Logger.getLogger(Checker.class.getName());
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final RuleRegistry registry;
    private final BlockCache cache;

    public Checker(RuleRegistry registry) {
        this(registry, 20_000);
    }

    public Checker(RuleRegistry registry, int maxCachedBlocks) {
        this.registry = registry;
        this.cache = new BlockCache(maxCachedBlocks);
    }

    public RuleRegistry registry() {
        return registry;
    }

    public CheckResult check(Draft draft, ResolvedConfig config) {
        return check(draft, config, EnumSet.allOf(Stage.class));
    }

    /**
     * Checks the draft with the rules of {@code stages}. Throws {@link CancellationException} when the
     * calling thread is interrupted (a newer edit made this check pointless).
     */
    public CheckResult check(Draft draft, ResolvedConfig config, Set<Stage> stages) {
        Context ctx = new Context(draft, config);
        List<Finding> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Suppressions suppressions = Suppressions.of(draft);
        int wpm = Math.max(1, config.option(CoreOptions.WORDS_PER_MINUTE, null));
        ctx.metric("words", draft.words());
        ctx.metric("readingMinutes", Math.round(10.0 * draft.words() / wpm) / 10.0);
        for (RuleDescriptor rule : registry.all()) {
            if (!stages.contains(rule.stage())) {
                continue;
            }
            Severity severity = config.severity(rule);
            if (severity == null) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("check of " + draft.path() + " cancelled");
            }
            List<Finding> raw;
            try {
                ctx.currentRule = rule;
                raw = rule.rule() instanceof BlockRule br ? runBlockRule(rule, br, draft, config, ctx)
                        : runDocumentRule(rule, (DocumentRule) rule.rule(), draft, ctx);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                String where = draft.path() == null ? "this draft" : draft.path().toString();
                LOG.log(Level.WARNING, "rule " + rule.id() + " failed on " + where, e);
                errors.add("rule " + rule.id() + " failed: " + e);
                continue;
            } finally {
                ctx.currentRule = null;
            }
            for (Finding f : raw) {
                if (suppressions.suppresses(rule, f.span().start())) {
                    continue;
                }
                found.add(f.withSeverity(f.severity() != null ? f.severity() : severity));
            }
        }
        found.sort(ORDER);
        return new CheckResult(draft, found, ctx.metrics, withSuppressionProblems(config.problems(), draft,
                suppressions), errors, stages);
    }

    /**
     * A suppression comment naming no rule or category (a typo, a renamed rule) silences nothing; say so,
     * as for an unknown rule in a config file, at the comment.
     */
    private List<ConfigProblem> withSuppressionProblems(List<ConfigProblem> problems, Draft draft,
                                                        Suppressions suppressions) {
        List<Suppressions.Named> unknown = suppressions.unknown(k -> registry.get(k) != null
                || java.util.Arrays.stream(dev.vouch.rule.Category.values()).anyMatch(c -> c.id().equals(k)));
        if (unknown.isEmpty()) {
            return problems;
        }
        List<ConfigProblem> out = new ArrayList<>(problems);
        for (Suppressions.Named n : unknown) {
            dev.vouch.text.Position p = draft.lines().position(n.offset());
            out.add(new ConfigProblem(draft.path(), p.line() + 1, p.column() + 1, "unknown rule id \"" + n.key()
                    + "\" in suppression (vouch-" + n.kind() + "): no rule or category has that id, so it "
                    + "suppresses nothing (vouch rules lists them)"));
        }
        return out;
    }

    private List<Finding> runBlockRule(RuleDescriptor rule, BlockRule br, Draft draft, ResolvedConfig config,
                                       Context ctx) {
        String ruleKey = rule.id() + '\u0000' + config.fingerprint(rule);
        List<Finding> out = new ArrayList<>();
        for (Block block : draft.blocks()) {
            List<Finding> relative = cache.get(block.contentKey(), ruleKey);
            int base = block.span().start();
            if (relative == null) {
                FindingSink sink = new FindingSink(rule.id());
                br.check(block, ctx, sink);
                relative = new ArrayList<>(sink.findings().size());
                for (Finding f : sink.findings()) {
                    relative.add(f.shifted(-base));
                }
                cache.put(block.contentKey(), ruleKey, relative);
            }
            for (Finding f : relative) {
                out.add(f.shifted(base));
            }
        }
        return out;
    }

    private static List<Finding> runDocumentRule(RuleDescriptor rule, DocumentRule dr, Draft draft, Context ctx) {
        FindingSink sink = new FindingSink(rule.id());
        dr.check(draft, ctx, sink);
        return sink.findings();
    }

    /** Drops every cached block finding (configuration changed in a way fingerprints cannot see). */
    public void clearCache() {
        cache.clear();
    }

    public int cachedBlocks() {
        return cache.size();
    }

    /** The per-check context rules see; analyses are computed at most once per check. */
    private final class Context implements RuleContext, BlockContext {
        private final Draft draft;
        private final ResolvedConfig config;
        private final Map<Analysis<?>, Object> analyses = new HashMap<>();
        private final Map<String, Object> metrics = new LinkedHashMap<>();
        private RuleDescriptor currentRule;

        Context(Draft draft, ResolvedConfig config) {
            this.draft = draft;
            this.config = config;
        }

        @Override
        public <T> T option(OptionSpec<T> spec) {
            return config.option(spec, currentRule == null ? null : currentRule.id());
        }

        @Override
        public List<String> words() {
            return config.words();
        }

        @Override
        public Draft draft() {
            return draft;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T analysis(Analysis<T> analysis) {
            if (analyses.containsKey(analysis)) {
                return (T) analyses.get(analysis);
            }
            RuleDescriptor saved = currentRule;
            currentRule = null;
            try {
                T value = analysis.compute(this);
                analyses.put(analysis, value);
                return value;
            } finally {
                currentRule = saved;
            }
        }

        @Override
        public Path projectRoot() {
            if (config.root() != null) {
                return config.root();
            }
            if (draft.path() != null && draft.path().toAbsolutePath().getParent() != null) {
                return draft.path().toAbsolutePath().getParent();
            }
            return Path.of("").toAbsolutePath();
        }

        @Override
        public void metric(String name, Object value) {
            metrics.put(name, value);
        }

        @Override
        public boolean isEnabled(String ruleId) {
            RuleDescriptor d = registry.get(ruleId);
            return d != null && config.isEnabled(d);
        }
    }
}
