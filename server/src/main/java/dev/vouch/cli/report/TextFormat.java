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
        Map<Severity, Long> c = report.counts();
        long words = report.files().stream().filter(f -> f.result() != null)
                .mapToLong(f -> f.result().draft().words()).sum();
        long skipped = report.files().stream().filter(f -> f.result() == null).count();
        out.println(plural(report.checkedFiles(), "file") + " checked (" + plural(words, "word") + "): "
                + plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning") + ", "
                + plural(c.get(Severity.INFO), "info") + ", " + plural(c.get(Severity.HINT), "hint")
                + (skipped > 0 ? "; " + skipped + " skipped" : ""));
    }

    static String plural(long n, String word) {
        return String.format("%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
