package dev.vouch.rule;

import dev.vouch.draft.Draft;
import java.nio.file.Path;

/** What a document rule may read: the draft, options, shared analyses, and where the project lives. */
public interface RuleContext extends BlockContext {
    Draft draft();

    /** The result of an analysis of this draft, computed once per check and shared by every rule. */
    <T> T analysis(Analysis<T> analysis);

    /**
     * The project root: the folder of the nearest {@code .vouch.json}, else the draft's folder (or the
     * working directory for a draft with no file). Relative paths in the draft resolve against the
     * draft's folder; project files (the ledger, the dictionary) against this one.
     */
    Path projectRoot();

    /** Publishes a document figure (words, AI-style share, …) to the CLI summary, JSON and code lens. */
    void metric(String name, Object value);

    /** Whether the rule with this id is enabled for this draft (policy rules combine others' findings). */
    boolean isEnabled(String ruleId);
}
