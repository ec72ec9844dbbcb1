package dev.vouch.cli.report;

import dev.vouch.config.ConfigProblem;
import dev.vouch.rule.Finding;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.text.LineMap;
import dev.vouch.text.Position;
import dev.vouch.text.Span;
import java.nio.file.Path;
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

    /**
     * A configuration problem as every format reports it: the file relative to the working directory
     * (forward slashes; the draft itself for a problem in its front matter), 1-based line and column (0
     * when unknown).
     */
    public record Problem(String file, int line, int column, String message) {}

    /** The run's configuration problems, each once however many drafts it applies to, in order. */
    public List<Problem> configProblems() {
        java.util.Set<Problem> out = new java.util.LinkedHashSet<>();
        for (FileReport f : files) {
            if (f.result() == null) {
                continue;
            }
            for (ConfigProblem p : f.result().problems()) {
                String file = p.file() == null ? f.path() : display(p.file());
                out.add(new Problem(file, p.line(), p.column(), p.message()));
            }
        }
        return List.copyOf(out);
    }

    /** {@code p} relative to the working directory when under it, with forward slashes. */
    public static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        String s = (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }

    /** 1-based start and end line and column (UTF-16 code units) of a span. */
    public static int[] range(LineMap lines, Span span) {
        Position s = lines.position(span.start());
        Position e = lines.position(span.end());
        return new int[] {s.line() + 1, s.column() + 1, e.line() + 1, e.column() + 1};
    }
}
