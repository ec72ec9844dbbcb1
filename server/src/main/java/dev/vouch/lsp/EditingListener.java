package dev.vouch.lsp;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the language server tells the editing ledger (package {@code dev.vouch.ledger}): every open,
 * change, save and close of a draft, with the moment the server received it and the draft's full text
 * after the change. Plug an implementation in with {@link ServerOptions#withEditingListener}; the default,
 * {@link #NONE}, ignores everything.
 *
 * <p>Calls arrive on one dedicated thread, in the order the editor sent the notifications, never on the
 * thread that reads the protocol: a slow listener delays only the listener. An exception thrown by a
 * listener is logged and the server carries on. No editing event (open, change, save, close) is sent
 * while the writer has {@code vouch.ledger.enabled} set to false.
 */
public interface EditingListener {
    /** Ignores every event and has no ledger. */
    EditingListener NONE = new EditingListener() {};

    /**
     * The editor connected ({@code initialize}): its workspace folders (drafts with no ledger or
     * configuration above them belong to these), and a way to tell the writer about a problem (a ledger
     * that could not be written), shown once per call as a warning. Also called again when the editor's
     * workspace folders change.
     */
    default void started(List<Path> workspaceFolders, java.util.function.Consumer<String> warn) {}

    /** A draft was opened in the editor ({@code textDocument/didOpen}). */
    default void opened(DraftEvent event) {}

    /** The writer changed a draft ({@code textDocument/didChange}); {@code event.text()} is the whole new text. */
    default void changed(DraftEvent event) {}

    /** The editor saved a draft ({@code textDocument/didSave}). */
    default void saved(DraftEvent event) {}

    /** The editor closed a draft; {@code event.text()} is its last text. */
    default void closed(DraftEvent event) {}

    /** The server is shutting down: write whatever is pending. */
    default void shutdown() {}

    /**
     * The ledger's rows for the {@code vouch.showLedger} command: for one draft ({@code draft} not null)
     * or every draft the ledger knows (null). Called on a request thread, possibly while events arrive.
     */
    default List<LedgerRow> ledger(Path draft) {
        return List.of();
    }

    /**
     * The draft's active editing time as the listener has it now, edits it has not written yet included,
     * so that the code lens and {@code vouch/status} are not a flush interval behind; empty when it keeps
     * no ledger for the draft. Called on a check thread after each check the editing-time policy applies
     * to: it must be cheap.
     */
    default java.util.OptionalLong editedMs(Path draft) {
        return java.util.OptionalLong.empty();
    }

    /**
     * One event about a draft.
     *
     * @param uri     the document URI as the editor sent it
     * @param path    the file, or null for a document that is not a file (an unsaved buffer)
     * @param at      when the server received the notification
     * @param version the editor's document version
     * @param text    the draft's full text after the event
     */
    record DraftEvent(String uri, Path path, Instant at, int version, String text) {}

    /**
     * One row of the ledger as {@code vouch.showLedger} returns it (docs/lsp.md).
     *
     * @param path            the draft, relative to the project root where it can be
     * @param words           the draft's word count
     * @param editedMinutes   editing time recorded so far
     * @param requiredMinutes what the active policy requires for this many words (0 when none applies)
     * @param meets           whether the recorded time meets the policy (true when none applies)
     * @param applies         whether the editing-time policy applies to the draft (on, and the draft AI-assisted)
     * @param note            short remarks, as {@code vouch ledger} prints them ("not marked AI-assisted"), or ""
     */
    record LedgerRow(String path, int words, double editedMinutes, double requiredMinutes, boolean meets,
                     boolean applies, String note) {
        /** A row the policy applies to, without remarks. */
        public LedgerRow(String path, int words, double editedMinutes, double requiredMinutes, boolean meets) {
            this(path, words, editedMinutes, requiredMinutes, meets, true, "");
        }
    }
}
