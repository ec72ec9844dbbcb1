package dev.vouch.lsp;

import dev.vouch.docs.RuleDocs;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rules.policy.ReadTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover on flagged text: for each finding under the cursor, what is wrong (the message), why this text
 * was flagged ({@link Finding#evidence()}), how to fix it (the fixes, or the rule's advice), and the
 * rule's documentation. Anything a rule wants shown on hover goes in its finding's evidence: the
 * read-time rule, say, puts the computed read time there, and a rule that only annotates text (no
 * problem) reports at severity hint.
 */
final class Hovers {
    private static final int MAX_FINDINGS = 4;

    private final RuleRegistry registry;
    private final RuleDocFiles docs;
    private final boolean markdown;

    Hovers(RuleRegistry registry, RuleDocFiles docs, boolean markdown) {
        this.registry = registry;
        this.docs = docs;
        this.markdown = markdown;
    }

    /** The hover at {@code offset}, or null when no finding (and no stated read time) covers it. */
    Hover hover(View v, int offset) {
        List<Finding> here = new ArrayList<>();
        for (Finding f : v.findings()) {
            boolean inside = f.span().isEmpty() ? offset == f.span().start()
                    : f.span().start() <= offset && offset < f.span().end();
            if (inside) {
                here.add(f);
            }
        }
        ReadTime.StatedReadTime stated = statedReadTimeAt(v, offset);
        if (here.isEmpty() && stated == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        if (stated != null) {
            b.append(readTime(v, stated));
        }
        int shown = 0;
        for (Finding f : here) {
            if (shown++ == MAX_FINDINGS) {
                b.append("\n\n---\n\n(").append(here.size() - MAX_FINDINGS).append(" more here)");
                break;
            }
            if (b.length() > 0) {
                b.append("\n\n---\n\n");
            }
            b.append(section(f));
        }
        String text = markdown ? b.toString() : RuleDocs.plain(b.toString().replace("**", ""));
        Hover h = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text));
        h.setRange(Convert.range(v.lines(), here.isEmpty() ? stated.span() : here.get(0).span()));
        return h;
    }

    /** A read time the draft states at {@code offset}, when the read-time rule computed one to compare. */
    private static ReadTime.StatedReadTime statedReadTimeAt(View v, int offset) {
        if (!(v.metrics().get(ReadTime.METRIC_COMPUTED) instanceof Number)) {
            return null;
        }
        for (ReadTime.StatedReadTime s : ReadTime.statedReadTimes(v.draft())) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    /** The computed read time beside the stated one (issue 7), whether or not they agree. */
    private static String readTime(View v, ReadTime.StatedReadTime s) {
        long computed = ((Number) v.metrics().get(ReadTime.METRIC_COMPUTED)).longValue();
        Object wpm = v.metrics().get(ReadTime.METRIC_WORDS_PER_MINUTE);
        String stated = s.as().replaceAll("\\s+", " ") + (s.unit() == null ? " min" : "");
        return "**Read time:** stated " + escape(stated) + "; computed about " + computed + " min ("
                + String.format(java.util.Locale.ROOT, "%,d", v.draft().words()) + " words at " + wpm
                + " words per minute, prose only).";
    }

    private String section(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(escape(f.message())).append("** `").append(f.ruleId()).append("`");
        if (f.severity() != null) {
            b.append(" · ").append(f.severity().id());
        }
        b.append("\n\n");
        if (f.evidence() != null && !f.evidence().isBlank()) {
            b.append("**Why this was flagged:** ").append(f.evidence().strip()).append("\n\n");
        }
        if (!f.fixes().isEmpty()) {
            b.append("**How to fix it:** ");
            List<String> titles = new ArrayList<>();
            for (Fix x : f.fixes()) {
                titles.add(x.title() + (x.safe() ? " (safe: applied by fix-all)" : ""));
            }
            b.append(String.join("; ", titles)).append(" — from the quick-fix menu.\n\n");
        }
        RuleDescriptor d = registry.get(f.ruleId());
        if (d != null) {
            b.append(RuleDocs.markdown(d).strip()).append("\n\n");
            String href = docs == null ? null : docs.href(d.id());
            if (href != null && markdown) {
                b.append("[Rule documentation](").append(href).append(")");
            }
        }
        return b.toString().strip();
    }

    private static String escape(String s) {
        return s.replace("*", "\\*").replace("_", "\\_");
    }
}
