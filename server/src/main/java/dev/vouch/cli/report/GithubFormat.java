package dev.vouch.cli.report;

import dev.vouch.rule.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one annotation per configuration problem (title "vouch config"; the
 * run exits 2 on them) and one per finding.
 */
public final class GithubFormat implements ReportFormat {
    @Override
    public void write(Report report, PrintWriter out) {
        for (Report.Problem p : report.configProblems()) {
            String where = p.line() > 0
                    ? ",line=" + p.line() + (p.column() > 0 ? ",col=" + p.column() : "") : "";
            out.println("::error file=" + property(p.file()) + where + ",title=" + property("vouch config") + "::"
                    + data(p.message()));
        }
        for (FileReport f : report.files()) {
            if (f.result() == null) {
                out.println("::warning file=" + property(f.path()) + ",title=vouch::" + data("skipped: " + f.skipped()));
                continue;
            }
            for (Finding d : f.result().findings()) {
                int[] r = Report.range(f.result().draft().lines(), d.span());
                String level = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    default -> "notice";
                };
                out.println("::" + level + " file=" + property(f.path()) + ",line=" + r[0] + ",col=" + r[1]
                        + ",endLine=" + r[2] + ",endColumn=" + r[3] + ",title=" + property(d.ruleId())
                        + "::" + data(d.message()));
            }
        }
    }

    /** Escaping for the message part, as the Actions runner defines it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for property values (file, title), which also reserve ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
