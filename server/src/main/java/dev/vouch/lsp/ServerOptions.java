package dev.vouch.lsp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * How a {@link VouchLanguageServer} is set up. {@link #defaults} is what {@code vouch lsp} uses; tests
 * shorten the debounce, point the rule documentation at a scratch folder and keep {@code exit} from
 * ending the test JVM.
 *
 * @param debounce        quiet time after an edit before the draft is re-checked
 * @param ruleDocsDir     where each rule's documentation is written for {@code codeDescription} links;
 *                        null for no links
 * @param clock           time stamps for the editing listener
 * @param exit            called with the exit code on {@code exit} and when the editor process dies
 * @param editingListener the editing ledger (or {@link EditingListener#NONE})
 * @param serverVersion   reported in {@code initialize}
 * @param parentPoll      how often to check that the editor process (initialize's processId) is alive
 * @param checkTimeout    how long one check of a draft (the FAST stage, or grammar) may run before it is
 *                        abandoned and reported, as {@code vouch check --timeout}; zero for no limit
 */
public record ServerOptions(Duration debounce, Path ruleDocsDir, Clock clock, IntConsumer exit,
                            EditingListener editingListener, String serverVersion, Duration parentPoll,
                            Duration checkTimeout) {
    /** The default {@code checkTimeout}: far beyond any real draft's check, short of a stuck one. */
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);

    public ServerOptions(Duration debounce, Path ruleDocsDir, Clock clock, IntConsumer exit,
                         EditingListener editingListener, String serverVersion, Duration parentPoll) {
        this(debounce, ruleDocsDir, clock, exit, editingListener, serverVersion, parentPoll, DEFAULT_CHECK_TIMEOUT);
    }

    public static ServerOptions defaults(String serverVersion) {
        return new ServerOptions(Duration.ofMillis(150), RuleDocFiles.defaultFolder(serverVersion),
                Clock.systemUTC(), System::exit, EditingListener.NONE, serverVersion, Duration.ofSeconds(3));
    }

    public ServerOptions withCheckTimeout(Duration d) {
        return new ServerOptions(debounce, ruleDocsDir, clock, exit, editingListener, serverVersion, parentPoll, d);
    }

    public ServerOptions withDebounce(Duration d) {
        return new ServerOptions(d, ruleDocsDir, clock, exit, editingListener, serverVersion, parentPoll, checkTimeout);
    }

    public ServerOptions withRuleDocsDir(Path dir) {
        return new ServerOptions(debounce, dir, clock, exit, editingListener, serverVersion, parentPoll, checkTimeout);
    }

    public ServerOptions withClock(Clock c) {
        return new ServerOptions(debounce, ruleDocsDir, c, exit, editingListener, serverVersion, parentPoll, checkTimeout);
    }

    public ServerOptions withExit(IntConsumer e) {
        return new ServerOptions(debounce, ruleDocsDir, clock, e, editingListener, serverVersion, parentPoll, checkTimeout);
    }

    public ServerOptions withEditingListener(EditingListener l) {
        return new ServerOptions(debounce, ruleDocsDir, clock, exit, l, serverVersion, parentPoll, checkTimeout);
    }

    public ServerOptions withParentPoll(Duration d) {
        return new ServerOptions(debounce, ruleDocsDir, clock, exit, editingListener, serverVersion, d, checkTimeout);
    }
}
