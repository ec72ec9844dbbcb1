package dev.vouch.cli.report;

import dev.vouch.engine.CheckResult;
import java.util.List;

/**
 * One file's part of a report.
 *
 * @param path    as the writer named it (relative to the working directory, forward slashes)
 * @param result  null when the file was skipped
 * @param skipped why the file was not checked, or null
 * @param fixed   titles of the fixes {@code --fix} applied
 * @param writeError why {@code --fix} could not write the fixed text (the file is unchanged and
 *                   {@code result} is the check of the text on disk), or null
 */
public record FileReport(String path, CheckResult result, String skipped, List<String> fixed, String writeError) {
    public FileReport {
        fixed = List.copyOf(fixed);
    }

    public FileReport(String path, CheckResult result, String skipped, List<String> fixed) {
        this(path, result, skipped, fixed, null);
    }

    public static FileReport skipped(String path, String why) {
        return new FileReport(path, null, why, List.of());
    }
}
