package dev.vouch.cli.report;

import dev.vouch.rule.Finding;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.text.LineMap;
import dev.vouch.text.Position;
import dev.vouch.text.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A whole run's results, in the order the files were named, and the figures every format prints. */
public record Report(List<FileReport> files, RuleRegistry registry, String version) {
    public Report {
        files = List.copyOf(files);
    }

    public Map<Severity, Long> counts() {
        Map<Severity, Long> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0L);
        }
        for (FileReport f : files) {
            if (f.result() != null) {
                for (Finding d : f.result().findings()) {
                    m.merge(d.severity(), 1L, Long::sum);
                }
            }
        }
        return m;
    }

    public long checkedFiles() {
        return files.stream().filter(f -> f.result() != null).count();
    }

    /** 1-based start and end line and column (UTF-16 code units) of a span. */
    public static int[] range(LineMap lines, Span span) {
        Position s = lines.position(span.start());
        Position e = lines.position(span.end());
        return new int[] {s.line() + 1, s.column() + 1, e.line() + 1, e.column() + 1};
    }
}
