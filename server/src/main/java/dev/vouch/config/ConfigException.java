package dev.vouch.config;

/** A configuration could not be read at all; carries the problem to report. */
public final class ConfigException extends Exception {
    private final ConfigProblem problem;

    public ConfigException(ConfigProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ConfigProblem problem() {
        return problem;
    }
}
