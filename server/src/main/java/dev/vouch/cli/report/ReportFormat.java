package dev.vouch.cli.report;

import java.io.PrintWriter;

/** An output format of {@code vouch check}. */
public interface ReportFormat {
    void write(Report report, PrintWriter out);

    static ReportFormat named(String name) {
        return switch (name) {
            case "text" -> new TextFormat();
            case "json" -> new JsonFormat();
            case "sarif" -> new SarifFormat();
            case "github" -> new GithubFormat();
            default -> throw new IllegalArgumentException("unknown format " + name);
        };
    }
}
