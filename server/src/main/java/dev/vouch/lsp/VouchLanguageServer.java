package dev.vouch.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.vouch.config.ConfigProblem;
import dev.vouch.engine.Linter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code vouch lsp}: the language server. This class handles the lifecycle and what the editor
 * negotiates; {@link DraftChecks} runs the checks, {@link DocumentService} and {@link Workspace} answer
 * the requests. Every piece of Vouch logic comes from the engine; this package only translates.
 *
 * <p>Threads: lsp4j reads messages on one thread and calls the notification handlers there, in order, so
 * text changes are applied in the order sent. Checks run on a FAST thread (debounced) and a SLOW
 * (grammar) thread; requests on a small pool; deliveries to the editor on one thread, in order.
 */
public final class VouchLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(VouchLanguageServer.class.getName());

    /** Commands the server executes (docs/lsp.md). */
    static final String ADD_TO_DICTIONARY = "vouch.addToDictionary";
    static final String DISABLE_RULE = "vouch.disableRule";
    static final String CHECK_WORKSPACE = "vouch.checkWorkspace";
    static final String SHOW_LEDGER = "vouch.showLedger";
    static final List<String> COMMANDS = List.of(ADD_TO_DICTIONARY, DISABLE_RULE, CHECK_WORKSPACE, SHOW_LEDGER);

    final Linter linter;
    final ServerOptions options;
    final Map<String, TrackedDocument> documents = new ConcurrentHashMap<>();
    final ScheduledExecutorService fastExec;
    final ExecutorService slowExec;
    final ExecutorService requestExec;
    final ExecutorService deliveryExec;
    final ExecutorService workspaceExec;
    final ExecutorService listenerExec;
    final ScheduledExecutorService timerExec;
    final DraftChecks checks;
    final Delivery delivery;
    final DocumentService documentService;
    final Workspace workspace;

    volatile VouchLanguageClient client = new SilentClient();
    volatile ClientFeatures features = ClientFeatures.of(null);
    volatile boolean pullMode;
    volatile EditorSettings editorSettings;
    volatile List<Path> workspaceFolders = List.of();
    volatile RuleDocFiles ruleDocs;
    final CompletableFuture<Void> settingsReady = new CompletableFuture<>();
    /** Completes once the rule documentation files behind {@code codeDescription} are written. */
    final CompletableFuture<Void> ruleDocsWritten = new CompletableFuture<>();
    private final AtomicBoolean shutdown = new AtomicBoolean();
    private final AtomicBoolean exited = new AtomicBoolean();
    private volatile ParentProcessWatcher parentWatcher;
    private volatile ClientLogHandler logHandler;

    public VouchLanguageServer(Linter linter, ServerOptions options) {
        this.linter = linter;
        this.options = options;
        this.editorSettings = EditorSettings.defaults(linter.configs());
        this.fastExec = Executors.newSingleThreadScheduledExecutor(threads("vouch-check"));
        this.slowExec = Executors.newSingleThreadExecutor(threads("vouch-grammar"));
        this.requestExec = Executors.newFixedThreadPool(2, threads("vouch-request"));
        this.deliveryExec = Executors.newSingleThreadExecutor(threads("vouch-deliver"));
        this.workspaceExec = Executors.newSingleThreadExecutor(threads("vouch-workspace"));
        this.listenerExec = Executors.newSingleThreadExecutor(threads("vouch-ledger"));
        this.timerExec = Executors.newSingleThreadScheduledExecutor(threads("vouch-timer"));
        this.ruleDocs = RuleDocFiles.of(options.ruleDocsDir(), linter.registry());
        this.checks = new DraftChecks(linter, fastExec, slowExec, options.debounce(), () -> editorSettings,
                this::fallbackFolder, settingsReady, options.editingListener());
        this.delivery = new Delivery(this);
        this.checks.setDelivery(delivery::deliver);
        this.checks.setBudget(new CheckBudget(options.checkTimeout(), timerExec), this::abandoned);
        this.documentService = new DocumentService(this);
        this.workspace = new Workspace(this);
    }

    /** Threads with a deep stack: pathological nesting must give findings, not a StackOverflowError. */
    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), 64L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void connect(LanguageClient c) {
        this.client = c instanceof VouchLanguageClient v ? v : new StatusDroppingClient(c);
        this.logHandler = ClientLogHandler.install(this.client);
    }

    // ---- lifecycle --------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        features = ClientFeatures.of(params.getCapabilities());
        JsonObject init = params.getInitializationOptions() instanceof JsonElement e && e.isJsonObject()
                ? e.getAsJsonObject() : new JsonObject();
        String mode = init.has("diagnosticMode") && init.get("diagnosticMode").isJsonPrimitive()
                ? init.get("diagnosticMode").getAsString() : "auto";
        pullMode = switch (mode) {
            case "push" -> false;
            case "pull" -> features.pullDiagnostics();
            default -> features.pullDiagnostics() && features.diagnosticRefresh();
        };
        JsonElement initSettings = init.has("settings") ? init.get("settings") : init;
        editorSettings = EditorSettings.fromJson(initSettings.toString(), linter.configs());
        workspaceFolders = folders(params);
        if (params.getProcessId() != null && params.getProcessId() > 0) {
            parentWatcher = ParentProcessWatcher.start(params.getProcessId(), options.parentPoll(), timerExec, () -> {
                LOG.warning("the editor process " + params.getProcessId() + " is gone; exiting");
                stopEverything();
                exit(1);
            });
        }
        // Its own thread, never interrupted: an interrupted file channel would abandon a half-written file.
        Thread docs = new Thread(() -> {
            try {
                ruleDocs.writeFiles();
            } finally {
                ruleDocsWritten.complete(null);
            }
        }, "vouch-rule-docs");
        docs.setDaemon(true);
        docs.start();

        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        CodeActionOptions ca = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL,
                CodeActionKind.RefactorRewrite));
        ca.setResolveProvider(true);
        caps.setCodeActionProvider(ca);
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(COMMANDS));
        if (pullMode) {
            DiagnosticRegistrationOptions d = new DiagnosticRegistrationOptions(false, false);
            d.setIdentifier("vouch");
            caps.setDiagnosticProvider(d);
        }
        WorkspaceFoldersOptions wf = new WorkspaceFoldersOptions();
        wf.setSupported(true);
        wf.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(wf));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("vouch",
                options.serverVersion())));
    }

    private static List<Path> folders(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Path p = TrackedDocument.pathOf(f.getUri());
                if (p != null) {
                    out.add(p);
                }
            }
        }
        if (out.isEmpty() && params.getRootUri() != null) {
            Path p = TrackedDocument.pathOf(params.getRootUri());
            if (p != null) {
                out.add(p);
            }
        }
        @SuppressWarnings("deprecation")
        String rootPath = params.getRootPath();
        if (out.isEmpty() && rootPath != null && !rootPath.isBlank()) {
            out.add(Path.of(rootPath).toAbsolutePath().normalize());
        }
        return List.copyOf(out);
    }

    @Override
    public void initialized(InitializedParams params) {
        List<Registration> regs = new ArrayList<>();
        if (features.watchedFilesDynamic()) {
            List<FileSystemWatcher> watchers = List.of(
                    new FileSystemWatcher(Either.forLeft("**/.vouch.json")),
                    new FileSystemWatcher(Either.forLeft("**/.vouch/dictionary.txt")),
                    new FileSystemWatcher(Either.forLeft("**/*.{md,markdown}")));
            regs.add(new Registration("vouch-watch", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)));
        }
        if (features.configurationDynamic()) {
            JsonObject section = new JsonObject();
            section.addProperty("section", "vouch"); // notified for vouch.* changes only
            regs.add(new Registration("vouch-configuration", "workspace/didChangeConfiguration", section));
        }
        if (!regs.isEmpty()) {
            client.registerCapability(new RegistrationParams(regs)).exceptionally(e -> {
                LOG.log(Level.INFO, "the editor refused a registration", e);
                return null;
            });
        }
        if (features.workspaceConfiguration()) {
            pullConfiguration().whenComplete((v, e) -> {
                settingsReady.complete(null);
                requestExec.execute(this::warmUpGrammar);
            });
        } else {
            settingsReady.complete(null);
            requestExec.execute(this::warmUpGrammar);
        }
        showSettingsProblems(editorSettings);
        announceFolders();
    }

    /** Tells the editing listener the workspace folders (on start, and when they change). */
    void announceFolders() {
        List<Path> folders = workspaceFolders;
        try {
            listenerExec.execute(() -> safely("started", () -> options.editingListener().started(folders,
                    message -> client.showMessage(new MessageParams(MessageType.Warning, "Vouch: " + message)))));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /**
     * Loads the grammar checker in the background (FAST checks go on meanwhile), shown as work-done
     * progress where the editor supports it. Runs on a pool thread: it waits for the editor's answer to
     * {@code window/workDoneProgress/create}, which the protocol reader thread must be free to read.
     */
    private void warmUpGrammar() {
        if (!checks.needsWarmUp()) {
            return;
        }
        Either<String, Integer> token = Either.forLeft("vouch-grammar-warm-up");
        boolean progress = features.workDoneProgress();
        if (progress) {
            try {
                client.createProgress(new org.eclipse.lsp4j.WorkDoneProgressCreateParams(token))
                        .get(5, TimeUnit.SECONDS);
                org.eclipse.lsp4j.WorkDoneProgressBegin begin = new org.eclipse.lsp4j.WorkDoneProgressBegin();
                begin.setTitle("Vouch: loading the grammar checker");
                begin.setCancellable(false);
                client.notifyProgress(new org.eclipse.lsp4j.ProgressParams(token, Either.forLeft(begin)));
            } catch (Exception e) {
                progress = false;
            }
        }
        boolean shown = progress;
        String language = null;
        try {
            language = dev.vouch.config.ResolvedConfig.of(editorSettings.apply(
                    linter.configs().forDirectory(fallbackFolder()))).option(dev.vouch.rule.CoreOptions.LANGUAGE, null);
        } catch (RuntimeException e) {
            // the default language then
        }
        checks.warmUp(language, () -> {
            if (shown && !shutdown.get() && !exited.get()) { // after shutdown the pipe may be gone
                org.eclipse.lsp4j.WorkDoneProgressEnd end = new org.eclipse.lsp4j.WorkDoneProgressEnd();
                end.setMessage("grammar checker ready");
                client.notifyProgress(new org.eclipse.lsp4j.ProgressParams(token, Either.forLeft(end)));
            }
        });
    }

    /** Asks the editor for the {@code vouch} section; applies it when it differs. Never fails. */
    CompletableFuture<Void> pullConfiguration() {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("vouch");
        return client.configuration(new ConfigurationParams(List.of(item)))
                .orTimeout(10, TimeUnit.SECONDS)
                .thenAccept(list -> {
                    Object first = list == null || list.isEmpty() ? null : list.get(0);
                    if (first instanceof JsonElement e && e.isJsonObject()) {
                        applySettings(EditorSettings.fromJson(e.toString(), linter.configs()));
                    }
                })
                .exceptionally(e -> {
                    LOG.log(Level.INFO, "workspace/configuration failed; keeping the current settings", e);
                    return null;
                });
    }

    /** New editor settings: re-check everything if they check differently. */
    void applySettings(EditorSettings s) {
        EditorSettings old = editorSettings;
        editorSettings = s;
        if (old.ledgerEnabled != s.ledgerEnabled) {
            documentService.ledgerSwitched(s.ledgerEnabled);
        }
        if (!s.fingerprint().equals(old.fingerprint())) {
            showSettingsProblems(s);
            recheckAll();
        }
    }

    private void showSettingsProblems(EditorSettings s) {
        if (s.problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("Vouch: ");
        for (ConfigProblem p : s.problems) {
            b.append(p.message()).append(". ");
        }
        client.showMessage(new MessageParams(MessageType.Warning, b.toString().strip()));
    }

    /** The configuration changed: drop every result and check every open document again. */
    void recheckAll() {
        linter.configs().invalidate();
        checks.newConfigEpoch();
        for (TrackedDocument d : documents.values()) {
            d.invalidate();
            if (d.kind == TrackedDocument.Kind.DRAFT) {
                checks.schedule(d, Duration.ZERO);
            } else {
                delivery.validateConfig(d);
            }
        }
        delivery.refreshConfigFiles();
    }

    /**
     * A check of {@code doc} ran past its budget and was abandoned: logged every time, shown once (until a
     * check of that stage completes in time again), so that the writer knows why findings stopped coming.
     */
    void abandoned(TrackedDocument doc, boolean grammar, CheckBudget budget) {
        String msg = abandonedMessage(doc, grammar, budget);
        client.logMessage(new MessageParams(MessageType.Warning, msg));
        if (doc.abandonShown.add(grammar ? "grammar" : "check")) {
            client.showMessage(new MessageParams(MessageType.Warning, msg));
        }
        if (!grammar) {
            delivery.abandoned(doc, msg);
        }
    }

    static String abandonedMessage(TrackedDocument doc, boolean grammar, CheckBudget budget) {
        String name = doc.path != null && doc.path.getFileName() != null ? doc.path.getFileName().toString() : doc.uri;
        return grammar
                ? "Vouch: the grammar check of " + name + " ran past its " + budget.describe() + " budget and was "
                + "abandoned; grammar findings of the paragraphs that changed are missing. vouch check (with a longer "
                + "--timeout) checks it in full."
                : "Vouch: checking " + name + " ran past its " + budget.describe() + " budget and was abandoned: the "
                + "draft is too large or too deeply nested to check as you type, so its diagnostics, if any, are from "
                + "an earlier version. vouch check (with a longer --timeout) checks it in full.";
    }

    /** Where drafts that are not files (unsaved buffers) take their configuration from. */
    Path fallbackFolder() {
        List<Path> f = workspaceFolders;
        return f.isEmpty() ? Path.of("").toAbsolutePath() : f.get(0);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown.set(true);
        stopEverything();
        return CompletableFuture.completedFuture(null);
    }

    /** Stops the checks and flushes the editing listener; safe to call more than once. */
    private void stopEverything() {
        for (TrackedDocument d : documents.values()) {
            checks.forget(d);
        }
        try {
            Future<?> flushed = listenerExec.submit(() -> safely("shutdown", () -> options.editingListener().shutdown()));
            listenerExec.shutdown();
            flushed.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // already stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the editing listener did not finish in time", e);
        }
        fastExec.shutdownNow();
        // Not interrupted: an interrupt inside LanguageTool while it loads breaks it for the process, and
        // the threads are daemons, so they end with the process anyway.
        slowExec.shutdown();
        workspaceExec.shutdown();
        timerExec.shutdownNow();
    }

    @Override
    public void exit() {
        if (!shutdown.get()) {
            stopEverything();
        }
        exit(shutdown.get() ? 0 : 1);
    }

    private void exit(int code) {
        if (!exited.compareAndSet(false, true)) {
            return;
        }
        ClientLogHandler h = logHandler;
        if (h != null) {
            h.uninstall();
        }
        requestExec.shutdownNow();
        deliveryExec.shutdownNow();
        options.exit().accept(code);
    }

    /** Whether the editor sent {@code shutdown}. */
    public boolean isShutDown() {
        return shutdown.get();
    }

    /** Runs a listener call, logging (never propagating) what it throws. */
    void safely(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the editing listener failed on " + what, e);
        }
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    @Override
    public void cancelProgress(org.eclipse.lsp4j.WorkDoneProgressCancelParams params) {
        workspace.cancelProgress(params);
    }

    /** Before {@code connect}: nothing to talk to. */
    private static class SilentClient implements VouchLanguageClient {
        @Override
        public void status(Map<String, Object> status) {}

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(org.eclipse.lsp4j.PublishDiagnosticsParams diagnostics) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<org.eclipse.lsp4j.MessageActionItem> showMessageRequest(
                org.eclipse.lsp4j.ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }

    /** A plain {@link LanguageClient} (no {@code vouch/status}): everything but status passes through. */
    private record StatusDroppingClient(LanguageClient c) implements VouchLanguageClient {
        @Override
        public void status(Map<String, Object> status) {}

        @Override
        public void telemetryEvent(Object object) {
            c.telemetryEvent(object);
        }

        @Override
        public void publishDiagnostics(org.eclipse.lsp4j.PublishDiagnosticsParams diagnostics) {
            c.publishDiagnostics(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            c.showMessage(messageParams);
        }

        @Override
        public CompletableFuture<org.eclipse.lsp4j.MessageActionItem> showMessageRequest(
                org.eclipse.lsp4j.ShowMessageRequestParams requestParams) {
            return c.showMessageRequest(requestParams);
        }

        @Override
        public void logMessage(MessageParams message) {
            c.logMessage(message);
        }

        @Override
        public CompletableFuture<org.eclipse.lsp4j.ApplyWorkspaceEditResponse> applyEdit(
                org.eclipse.lsp4j.ApplyWorkspaceEditParams params) {
            return c.applyEdit(params);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            return c.registerCapability(params);
        }

        @Override
        public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
            return c.configuration(params);
        }

        @Override
        public CompletableFuture<Void> createProgress(org.eclipse.lsp4j.WorkDoneProgressCreateParams params) {
            return c.createProgress(params);
        }

        @Override
        public void notifyProgress(org.eclipse.lsp4j.ProgressParams params) {
            c.notifyProgress(params);
        }

        @Override
        public CompletableFuture<Void> refreshDiagnostics() {
            return c.refreshDiagnostics();
        }

        @Override
        public CompletableFuture<Void> refreshCodeLenses() {
            return c.refreshCodeLenses();
        }
    }
}
