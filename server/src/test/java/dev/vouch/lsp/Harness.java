package dev.vouch.lsp;

import dev.vouch.engine.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.CodeLensWorkspaceCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** A server and a test client connected over in-memory pipes, as an editor would be over stdio. */
final class Harness implements AutoCloseable {
    /** One folder for every test's rule documentation: written once, then left alone (same text). */
    static final Path SHARED_RULE_DOCS = dev.vouch.testing.TestPaths.projectRoot()
            .resolve("server/target/lsp-test-rule-docs");

    final TestClient client = new TestClient();
    final LanguageServer server;
    final LspServer.Connection connection;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    final Path folder;
    InitializeResult init;
    private final BytePipe toServer = new BytePipe();
    private final BytePipe toClient = new BytePipe();
    private boolean closed;

    private Harness(Linter linter, ServerOptions options, Path folder) {
        this.folder = folder;
        ServerOptions o = options.withExit(exitCode::complete);
        connection = LspServer.start(linter, o, toServer.in, toClient.out);
        Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(client)
                .setRemoteInterface(LanguageServer.class)
                .setInput(toClient.in)
                .setOutput(toServer.out)
                .create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    static Builder builder(Path folder) {
        return new Builder(folder);
    }

    static final class Builder {
        private final Path folder;
        private Linter linter = TestRules.linter();
        private ClientCapabilities caps = fullCapabilities(false, true);
        private Object initOptions;
        private EditingListener listener = EditingListener.NONE;
        private Duration debounce = Duration.ofMillis(20);
        private Long processId;
        private java.time.Clock clock = java.time.Clock.systemUTC();
        private Duration checkTimeout = ServerOptions.DEFAULT_CHECK_TIMEOUT;

        /** {@code vouch lsp --timeout}: how long one check may run before it is abandoned. */
        Builder checkTimeout(Duration d) {
            checkTimeout = d;
            return this;
        }

        Builder clock(java.time.Clock c) {
            clock = c;
            return this;
        }

        Builder(Path folder) {
            this.folder = folder;
        }

        Builder linter(Linter l) {
            linter = l;
            return this;
        }

        Builder capabilities(ClientCapabilities c) {
            caps = c;
            return this;
        }

        Builder initOptions(Object o) {
            initOptions = o;
            return this;
        }

        Builder listener(EditingListener l) {
            listener = l;
            return this;
        }

        Builder debounce(Duration d) {
            debounce = d;
            return this;
        }

        Builder processId(long pid) {
            processId = pid;
            return this;
        }

        Harness start() throws Exception {
            Path docs = SHARED_RULE_DOCS;
            ServerOptions o = ServerOptions.defaults("test").withDebounce(debounce).withRuleDocsDir(docs)
                    .withEditingListener(listener).withParentPoll(Duration.ofMillis(100)).withClock(clock)
                    .withCheckTimeout(checkTimeout);
            Harness h = new Harness(linter, o, folder);
            InitializeParams p = new InitializeParams();
            p.setProcessId(processId == null ? (int) ProcessHandle.current().pid() : processId.intValue());
            p.setCapabilities(caps);
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "test")));
            p.setInitializationOptions(initOptions);
            h.init = h.server.initialize(p).get(20, TimeUnit.SECONDS);
            h.server.initialized(new InitializedParams());
            return h;
        }
    }

    /** Capabilities like a current editor's; {@code pull}: LSP 3.17 pull diagnostics with refresh. */
    static ClientCapabilities fullCapabilities(boolean pull, boolean resolve) {
        ClientCapabilities c = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setConfiguration(true);
        ws.setApplyEdit(true);
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ws.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
        WorkspaceEditCapabilities we = new WorkspaceEditCapabilities();
        we.setDocumentChanges(true);
        ws.setWorkspaceEdit(we);
        ws.setCodeLens(new CodeLensWorkspaceCapabilities(true));
        if (pull) {
            ws.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        }
        c.setWorkspace(ws);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        CodeActionCapabilities ca = new CodeActionCapabilities();
        ca.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of("quickfix", "source", "source.fixAll"))));
        ca.setIsPreferredSupport(true);
        ca.setDataSupport(true);
        if (resolve) {
            ca.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        }
        td.setCodeAction(ca);
        td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        if (pull) {
            td.setDiagnostic(new DiagnosticCapabilities());
        }
        c.setTextDocument(td);
        WindowClientCapabilities win = new WindowClientCapabilities();
        win.setWorkDoneProgress(true);
        c.setWindow(win);
        return c;
    }

    /** Writes {@code text} to {@code name} in the folder and opens it; returns its URI. */
    String open(String name, String text) throws Exception {
        return open(name, "markdown", text);
    }

    String open(String name, String languageId, String text) throws Exception {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        String uri = p.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, languageId, 1, text)));
        return uri;
    }

    /** Applies LSP text edits to {@code text}, as an editor would. */
    static String applyEdits(String text, List<org.eclipse.lsp4j.TextEdit> edits) {
        dev.vouch.text.LineMap lines = new dev.vouch.text.LineMap(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Range r = edits.get(i).getRange();
            spans.add(new int[] {lines.offset(r.getStart().getLine(), r.getStart().getCharacter(), text),
                    lines.offset(r.getEnd().getLine(), r.getEnd().getCharacter(), text), i});
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(b[2], a[2]));
        StringBuilder sb = new StringBuilder(text);
        for (int[] s : spans) {
            sb.replace(s[0], s[1], edits.get(s[2]).getNewText());
        }
        return sb.toString();
    }

    /** The text edits of a workspace edit for one document (documentChanges or changes). */
    static List<org.eclipse.lsp4j.TextEdit> editsFor(org.eclipse.lsp4j.WorkspaceEdit we, String uri) {
        List<org.eclipse.lsp4j.TextEdit> out = new ArrayList<>();
        if (we.getDocumentChanges() != null) {
            for (var dc : we.getDocumentChanges()) {
                if (dc.isLeft() && dc.getLeft().getTextDocument().getUri().equals(uri)) {
                    out.addAll(dc.getLeft().getEdits());
                }
            }
        }
        if (we.getChanges() != null && we.getChanges().get(uri) != null) {
            out.addAll(we.getChanges().get(uri));
        }
        return out;
    }

    /** One incremental change: replace the range with {@code text}. */
    void change(String uri, int version, int line, int col, int endLine, int endCol, String text) {
        TextDocumentContentChangeEvent e = new TextDocumentContentChangeEvent(
                new Range(new Position(line, col), new Position(endLine, endCol)), text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), new ArrayList<>(List.of(e))));
    }

    /** A full-text change. */
    void replaceAll(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                new ArrayList<>(List.of(new TextDocumentContentChangeEvent(text)))));
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.server().ruleDocsWritten.get(20, TimeUnit.SECONDS);
            server.shutdown().get(20, TimeUnit.SECONDS);
            server.exit();
            exitCode.get(20, TimeUnit.SECONDS);
        } finally {
            TestRules.slowGate = new java.util.concurrent.CountDownLatch(0);
            toServer.close();
            toClient.close();
        }
    }
}
