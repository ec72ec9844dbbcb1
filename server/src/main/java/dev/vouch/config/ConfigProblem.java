package dev.vouch.config;

import java.nio.file.Path;

/**
 * Something wrong with a configuration file or a draft's {@code vouch:} front matter, with the place it
 * points at (1-based line and column; 0 when unknown). Never a stack trace.
 */
public record ConfigProblem(Path file, int line, int column, String message) {
    @Override
    public String toString() {
        return (file == null ? "<config>" : file.toString()) + ":" + line + ":" + column + ": " + message;
    }
}
