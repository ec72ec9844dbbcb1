package dev.vouch.cli.report;

import dev.vouch.rule.Finding;
import dev.vouch.rule.Severity;
import java.io.PrintWriter;
import java.util.Map;

/** {@code path:line:column: severity: message [ruleId]}, then a one-line summary. */
public final class TextFormat implements ReportFormat {
    @Override
    public void write(Report report, PrintWriter out) {
        for (FileReport f : report.files()) {
            if (f.result() == null) {
                continue;
            }
            for (Finding d : f.result().findings()) {
                int[] r = Report.range(f.result().draft().lines(), d.span());
                out.println(f.path() + ":" + r[0] + ":" + r[1] + ": " + d.severity().id() + ": " + d.message()
                        + " [" + d.ruleId() + "]");
            }
        }
        aiStyle(report, out);
        Map<Severity, Long> c = report.counts();
        long words = report.files().stream().filter(f -> f.result() != null)
                .mapToLong(f -> f.result().draft().words()).sum();
        long skipped = report.files().stream().filter(f -> f.result() == null).count();
        out.println(plural(report.checkedFiles(), "file") + " checked (" + plural(words, "word") + "): "
                + plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning") + ", "
                + plural(c.get(Severity.INFO), "info") + ", " + plural(c.get(Severity.HINT), "hint")
                + (skipped > 0 ? "; " + skipped + " skipped" : ""));
    }

    /**
     * "AI style: 3 of 40 paragraphs read like assistant prose (7.5%); 4.1 tells per 1,000 words", from the
     * {@code aiStyle.*} metrics (docs/lsp.md), when the ai-style rules ran on some prose.
     */
    private static void aiStyle(Report report, PrintWriter out) {
        long paragraphs = 0;
        long flagged = 0;
        double tells = 0;
        long words = 0;
        for (FileReport f : report.files()) {
            if (f.result() == null || !(f.result().metrics().get("aiStyle.paragraphs") instanceof Number p)) {
                continue;
            }
            paragraphs += p.longValue();
            if (f.result().metrics().get("aiStyle.flaggedParagraphs") instanceof Number n) {
                flagged += n.longValue();
            }
            if (f.result().metrics().get("aiStyle.tellsPer1000Words") instanceof Number t) {
                tells += t.doubleValue() * f.result().draft().words();
                words += f.result().draft().words();
            }
        }
        if (paragraphs == 0) {
            return;
        }
        out.println("AI style: " + String.format("%,d", flagged) + " of " + plural(paragraphs, "paragraph")
                + (flagged == 1 ? " reads" : " read") + " like assistant prose ("
                + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * flagged / paragraphs) + "%); "
                + String.format(java.util.Locale.ROOT, "%.1f", words == 0 ? 0 : tells / words) + " tells per 1,000 words");
    }

    static String plural(long n, String word) {
        return String.format("%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
