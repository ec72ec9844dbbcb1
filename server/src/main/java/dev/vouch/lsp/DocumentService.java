package dev.vouch.lsp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Text synchronisation and the per-document requests. Notifications are handled on lsp4j's reader
 * thread (cheap: apply the change, schedule a check); requests run on the request pool from the current
 * view and never wait for the grammar stage. Every request is cancellable.
 */
final class DocumentService implements TextDocumentService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DocumentService.class.getName());
    private final VouchLanguageServer server;

    DocumentService(VouchLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var td = params.getTextDocument();
        TrackedDocument.Kind kind = TrackedDocument.kindOf(td.getUri(), td.getLanguageId());
        if (kind == null) {
            return;
        }
        TrackedDocument doc = new TrackedDocument(td.getUri(), TrackedDocument.pathOf(td.getUri()), kind,
                td.getText() == null ? "" : td.getText(), td.getVersion());
        TrackedDocument old = server.documents.put(td.getUri(), doc);
        if (old != null) {
            old.close();
            server.checks.forget(old);
        }
        if (kind == TrackedDocument.Kind.CONFIG) {
            server.delivery.configOpened(doc);
            server.delivery.validateConfig(doc);
            return;
        }
        server.delivery.opened(doc.uri);
        notifyListener(doc, (l, e) -> l.opened(e));
        server.checks.schedule(doc, Duration.ZERO);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        TrackedDocument doc = server.documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            // An editor out of step (or a draft Vouch does not follow, such as a .txt it was never sent):
            // there is no text to apply the change to, so it is dropped; a didOpen starts afresh.
            if (TrackedDocument.kindOf(params.getTextDocument().getUri(), null) != null) {
                LOG.warning("a change for " + params.getTextDocument().getUri() + ", which the editor never opened "
                        + "(no textDocument/didOpen), was ignored; the draft is checked once it is opened");
            }
            return;
        }
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges() == null ? List.of()
                : params.getContentChanges();
        for (TextDocumentContentChangeEvent c : changes) {
            if (c == null || (c.getRange() != null && (c.getRange().getStart() == null || c.getRange().getEnd() == null))) {
                // Nowhere to apply it: the text stays as it was (until the editor sends it whole).
                LOG.warning("a change to " + doc.uri + " had a range without a start or an end; the change was "
                        + "ignored, so Vouch's copy of the draft may differ from the editor's until it is reopened");
                return;
            }
        }
        Integer v = params.getTextDocument().getVersion();
        doc.change(v == null ? doc.version() + 1 : v, changes);
        if (doc.kind == TrackedDocument.Kind.CONFIG) {
            server.delivery.validateConfig(doc);
            return;
        }
        notifyListener(doc, (l, e) -> l.changed(e));
        server.checks.schedule(doc);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        TrackedDocument doc = server.documents.remove(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        doc.close();
        server.checks.forget(doc);
        if (doc.kind == TrackedDocument.Kind.DRAFT) {
            notifyListener(doc, (l, e) -> l.closed(e));
        }
        server.delivery.cleared(doc.uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        TrackedDocument doc = server.documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        if (doc.kind == TrackedDocument.Kind.CONFIG) {
            // Editors without file watching still get a re-check when the configuration is saved.
            server.recheckAll();
            return;
        }
        notifyListener(doc, (l, e) -> l.saved(e));
    }

    /**
     * {@code vouch.ledger.enabled} changed: the open drafts' sessions end (as if closed) when it goes off,
     * and start from their current text (as if opened) when it comes back on.
     */
    void ledgerSwitched(boolean on) {
        for (TrackedDocument d : server.documents.values()) {
            if (d.kind == TrackedDocument.Kind.DRAFT) {
                tell(d, on ? (l, e) -> l.opened(e) : (l, e) -> l.closed(e));
            }
        }
    }

    private void notifyListener(TrackedDocument doc, java.util.function.BiConsumer<EditingListener,
            EditingListener.DraftEvent> call) {
        if (server.editorSettings.ledgerEnabled) {
            tell(doc, call);
        }
    }

    private void tell(TrackedDocument doc, java.util.function.BiConsumer<EditingListener,
            EditingListener.DraftEvent> call) {
        if (server.options.editingListener() == EditingListener.NONE) {
            return;
        }
        TrackedDocument.Snapshot s = doc.snapshot();
        EditingListener.DraftEvent e = new EditingListener.DraftEvent(doc.uri, doc.path,
                server.options.clock().instant(), s.version(), s.text());
        try {
            doc.ledgerEvent = server.listenerExec.submit(() -> server.safely(doc.uri,
                    () -> call.accept(server.options.editingListener(), e)));
        } catch (java.util.concurrent.RejectedExecutionException ex) {
            // shutting down
        }
    }

    /** Runs a request on the pool with the document's current view; null result when it is not a draft. */
    private <T> CompletableFuture<T> withView(String uri, T none, Function<View, T> f) {
        return CompletableFutures.computeAsync(server.requestExec, (CancelChecker cancel) -> {
            TrackedDocument doc = server.documents.get(uri);
            if (doc == null || doc.kind != TrackedDocument.Kind.DRAFT) {
                return none;
            }
            View v = server.checks.view(doc);
            cancel.checkCanceled();
            return f.apply(v);
        });
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        return CompletableFutures.computeAsync(server.requestExec, (CancelChecker cancel) -> {
            TrackedDocument doc = server.documents.get(uri);
            if (doc == null) {
                return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
            }
            if (doc.kind == TrackedDocument.Kind.CONFIG) {
                TrackedDocument.Snapshot s = doc.snapshot();
                RelatedFullDocumentDiagnosticReport r = new RelatedFullDocumentDiagnosticReport(
                        server.delivery.configDocumentDiagnostics(doc, s.text()));
                r.setResultId("c" + s.generation());
                return new DocumentDiagnosticReport(r);
            }
            View v;
            try {
                v = server.checks.view(doc);
            } catch (CheckBudget.Abandoned e) {
                // Nothing to show yet but the reason (the writer has been told once with a message too).
                return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of(
                        Delivery.abandonedNotice(VouchLanguageServer.abandonedMessage(doc, false,
                                server.checks.budget())))));
            }
            cancel.checkCanceled();
            doc.lastPulled = v.resultId();
            if (v.resultId().equals(params.getPreviousResultId())) {
                return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(v.resultId()));
            }
            RelatedFullDocumentDiagnosticReport r = new RelatedFullDocumentDiagnosticReport(
                    server.delivery.diagnostics(v));
            r.setResultId(v.resultId());
            return new DocumentDiagnosticReport(r);
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return withView(params.getTextDocument().getUri(), null, v -> {
            int offset = Convert.offset(v.lines(), v.text(), params.getPosition());
            return new Hovers(server.linter.registry(), server.ruleDocs, server.features.hoverMarkdown())
                    .hover(v, offset);
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return withView(params.getTextDocument().getUri(), List.of(),
                v -> new CodeActions(server.features, server.ruleDocs).actions(v, params));
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction action) {
        String uri = action.getData() instanceof com.google.gson.JsonObject o && o.has("uri")
                ? o.get("uri").getAsString() : null;
        if (uri == null) {
            return CompletableFuture.completedFuture(action);
        }
        return withView(uri, action, v -> new CodeActions(server.features, server.ruleDocs).resolve(action, v));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return withView(params.getTextDocument().getUri(), List.of(), Figures::lenses);
    }

    @Override
    public CompletableFuture<CodeLens> resolveCodeLens(CodeLens unresolved) {
        return CompletableFuture.completedFuture(unresolved);
    }
}
