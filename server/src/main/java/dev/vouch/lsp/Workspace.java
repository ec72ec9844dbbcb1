package dev.vouch.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.vouch.config.ConfigLoader;
import dev.vouch.config.ProjectDictionary;
import dev.vouch.config.Settings;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.DraftFiles;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.util.AtomicFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings, watched files, workspace folders and the commands of docs/lsp.md. */
final class Workspace implements WorkspaceService {
    private static final Logger LOG = Logger.getLogger(Workspace.class.getName());
    private static final long MAX_DRAFT_BYTES = 10L * 1024 * 1024;

    private final VouchLanguageServer server;
    private final Set<String> cancelledTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger progressIds = new AtomicInteger();

    Workspace(VouchLanguageServer server) {
        this.server = server;
    }

    // ---- notifications ----------------------------------------------------------------------------------

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object s = params == null ? null : params.getSettings();
        if (s instanceof JsonObject o && o.has("vouch") && o.get("vouch").isJsonObject()) {
            server.applySettings(EditorSettings.fromJson(o.get("vouch").toString(), server.linter.configs()));
        } else if (server.features.workspaceConfiguration()) {
            server.pullConfiguration();
        } else if (s instanceof JsonObject o) {
            server.applySettings(EditorSettings.fromJson(o.toString(), server.linter.configs()));
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean config = false;
        for (FileEvent e : params.getChanges()) {
            String uri = e.getUri();
            if (uri.endsWith("/" + ConfigLoader.FILE_NAME) || uri.endsWith("/" + ConfigLoader.DICTIONARY)) {
                config = true;
            } else if (!server.documents.containsKey(uri) && server.delivery.workspacePushed.contains(uri)) {
                Path p = TrackedDocument.pathOf(uri);
                if (e.getType() == FileChangeType.Deleted || p == null) {
                    server.delivery.pushClosed(uri, List.of());
                } else {
                    runAsync(() -> checkClosed(p));
                }
            }
        }
        if (config) {
            server.recheckAll();
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        List<Path> folders = new ArrayList<>(server.workspaceFolders);
        if (params.getEvent().getRemoved() != null) {
            for (WorkspaceFolder f : params.getEvent().getRemoved()) {
                folders.remove(TrackedDocument.pathOf(f.getUri()));
            }
        }
        if (params.getEvent().getAdded() != null) {
            for (WorkspaceFolder f : params.getEvent().getAdded()) {
                Path p = TrackedDocument.pathOf(f.getUri());
                if (p != null && !folders.contains(p)) {
                    folders.add(p);
                }
            }
        }
        server.workspaceFolders = List.copyOf(folders);
        server.announceFolders();
    }

    void cancelProgress(WorkDoneProgressCancelParams params) {
        cancelledTokens.add(tokenKey(params.getToken()));
    }

    private void runAsync(Runnable r) {
        try {
            server.workspaceExec.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "workspace task failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    // ---- commands ---------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        List<String> args = new ArrayList<>();
        if (params.getArguments() != null) {
            for (Object a : params.getArguments()) {
                args.add(a instanceof JsonPrimitive p ? p.getAsString()
                        : a instanceof JsonElement e ? e.toString() : String.valueOf(a));
            }
        }
        return switch (params.getCommand()) {
            case VouchLanguageServer.ADD_TO_DICTIONARY -> CompletableFutures.computeAsync(server.requestExec,
                    c -> addToDictionary(args));
            case VouchLanguageServer.DISABLE_RULE -> disableRule(args);
            case VouchLanguageServer.CHECK_WORKSPACE -> CompletableFutures.computeAsync(server.workspaceExec,
                    c -> checkWorkspace(c, params.getWorkDoneToken()));
            case VouchLanguageServer.SHOW_LEDGER -> CompletableFutures.computeAsync(server.requestExec,
                    c -> showLedger(args));
            default -> CompletableFuture.failedFuture(invalid("unknown command " + params.getCommand()
                    + " (known: " + String.join(", ", VouchLanguageServer.COMMANDS) + ")"));
        };
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    /** {@code vouch.addToDictionary [word]} or {@code [uri, word]}. */
    private Object addToDictionary(List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw invalid("vouch.addToDictionary takes [word] or [uri, word]");
        }
        String uri = args.size() == 2 ? args.get(0) : null;
        String word = args.get(args.size() - 1);
        Path draft = uri == null ? null : TrackedDocument.pathOf(uri);
        Linter linter = server.linter;
        Settings settings = draft != null ? linter.settingsFor(draft)
                : linter.configs().forDirectory(server.fallbackFolder());
        Path root = settings.root();
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            if (root == null) {
                // The dictionary is read beside a .vouch.json; with none yet, start one at the project's top.
                root = folderFor(draft);
                Path config = root.resolve(ConfigLoader.FILE_NAME);
                AtomicFiles.writeString(config, "{\n  \"extends\": [\"vouch:recommended\"]\n}\n");
                out.put("createdConfig", config.toString());
                server.client.showMessage(new MessageParams(MessageType.Info, "Vouch: created " + config
                        + " so that the project dictionary beside it applies."));
            }
            boolean added = ProjectDictionary.add(root, word);
            out.put("added", added);
            out.put("word", word.strip());
            out.put("dictionary", ProjectDictionary.file(root).toString());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        } catch (IOException e) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                    "cannot write the project dictionary: " + e.getMessage(), null));
        }
        server.recheckAll();
        return out;
    }

    /** The workspace folder holding {@code draft} (the deepest), else its folder, else the first folder. */
    private Path folderFor(Path draft) {
        Path best = null;
        if (draft != null) {
            for (Path f : server.workspaceFolders) {
                if (draft.startsWith(f) && (best == null || f.getNameCount() > best.getNameCount())) {
                    best = f;
                }
            }
            if (best == null && draft.getParent() != null) {
                best = draft.getParent();
            }
        }
        return best != null ? best : server.fallbackFolder();
    }

    /** {@code vouch.disableRule [uri, ruleId, "line" | "file", line]}: sends the edit with applyEdit. */
    private CompletableFuture<Object> disableRule(List<String> args) {
        if (args.size() < 3 || !(args.get(2).equals("line") || args.get(2).equals("file"))
                || (args.get(2).equals("line") && args.size() < 4)) {
            return CompletableFuture.failedFuture(invalid(
                    "vouch.disableRule takes [uri, ruleId, \"line\" | \"file\", line]"));
        }
        String uri = args.get(0);
        String rule = args.get(1);
        if (server.linter.registry().get(rule) == null && dev.vouch.rule.Category.fromId(rule) == null) {
            return CompletableFuture.failedFuture(invalid("unknown rule " + rule));
        }
        Draft draft;
        int version;
        TrackedDocument doc = server.documents.get(uri);
        if (doc != null && doc.kind == TrackedDocument.Kind.DRAFT) {
            TrackedDocument.Snapshot s = doc.snapshot();
            draft = DraftParser.parse(doc.path, s.text());
            version = s.version();
        } else {
            Path p = TrackedDocument.pathOf(uri);
            try {
                draft = DraftParser.parse(p, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return CompletableFuture.failedFuture(invalid("cannot read " + uri + ": " + e.getMessage()));
            }
            version = -1;
        }
        Edit e;
        if (args.get(2).equals("line")) {
            int line;
            try {
                line = (int) Double.parseDouble(args.get(3));
            } catch (NumberFormatException ex) {
                return CompletableFuture.failedFuture(invalid("line must be a number: " + args.get(3)));
            }
            e = SuppressionEdits.disableLine(draft, rule, line);
        } else {
            e = SuppressionEdits.disableFile(draft, rule);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (e == null) {
            out.put("applied", false);
            out.put("reason", rule + " is already disabled there");
            return CompletableFuture.completedFuture(out);
        }
        List<TextEdit> edits = List.of(Convert.textEdit(draft.lines(), e));
        WorkspaceEdit we = version >= 0
                ? new CodeActions(server.features, server.ruleDocs).workspaceEdit(uri, version, edits)
                : new WorkspaceEdit(Map.of(uri, edits));
        ApplyWorkspaceEditParams ap = new ApplyWorkspaceEditParams(we);
        ap.setLabel("Disable " + rule);
        return server.client.applyEdit(ap).thenApply(r -> {
            out.put("applied", r != null && r.isApplied());
            return out;
        });
    }

    /** {@code vouch.showLedger [] | [uri]}: the editing ledger's rows. */
    private Object showLedger(List<String> args) {
        Path draft = args.isEmpty() ? null : TrackedDocument.pathOf(args.get(0));
        return server.options.editingListener().ledger(draft);
    }

    /**
     * {@code vouch.checkWorkspace}: every draft in the workspace folders, with {@code $/progress}; closed
     * drafts get their diagnostics pushed. Cancellable ({@code $/cancelRequest} or the progress's cancel).
     */
    private Object checkWorkspace(CancelChecker cancel, Either<String, Integer> givenToken) {
        Either<String, Integer> token = givenToken;
        if (token == null && server.features.workDoneProgress()) {
            Either<String, Integer> t = Either.forLeft("vouch-check-" + progressIds.incrementAndGet());
            try {
                server.client.createProgress(new WorkDoneProgressCreateParams(t)).get(5, TimeUnit.SECONDS);
                token = t;
            } catch (Exception e) {
                LOG.log(Level.INFO, "the editor did not create a progress token", e);
            }
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path folder : server.workspaceFolders) {
            if (Files.isDirectory(folder)) {
                for (Path p : DraftFiles.drafts(folder)) {
                    if (!server.linter.settingsFor(p).isIgnored(p)) {
                        files.add(p.toAbsolutePath().normalize());
                    }
                }
            }
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("Vouch: checking the workspace");
        begin.setCancellable(true);
        begin.setPercentage(0);
        begin.setMessage(files.size() + " drafts");
        progress(token, begin);

        int[] counts = new int[4];
        int checked = 0;
        int skipped = 0;
        boolean cancelled = false;
        List<Map<String, Object>> perFile = new ArrayList<>();
        int i = 0;
        for (Path p : files) {
            if (cancel.isCanceled() || (token != null && cancelledTokens.contains(tokenKey(token)))) {
                cancelled = true;
                break;
            }
            i++;
            WorkDoneProgressReport report = new WorkDoneProgressReport();
            report.setMessage(i + "/" + files.size() + " " + display(p));
            report.setPercentage(files.isEmpty() ? 100 : (int) (100L * (i - 1) / files.size()));
            progress(token, report);
            List<Finding> findings = checkOne(p);
            if (findings == null) {
                skipped++;
                continue;
            }
            checked++;
            int[] here = new int[4];
            for (Finding f : findings) {
                here[f.severity().ordinal()]++;
                counts[f.severity().ordinal()]++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("uri", p.toUri().toString());
            row.put("errors", here[0]);
            row.put("warnings", here[1]);
            row.put("infos", here[2]);
            row.put("hints", here[3]);
            perFile.add(row);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", checked);
        summary.put("skipped", skipped);
        summary.put("errors", counts[0]);
        summary.put("warnings", counts[1]);
        summary.put("infos", counts[2]);
        summary.put("hints", counts[3]);
        summary.put("cancelled", cancelled);
        summary.put("perFile", perFile);
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage((cancelled ? "Cancelled after " : "") + checked + " drafts: " + counts[0] + " errors, "
                + counts[1] + " warnings, " + counts[2] + " infos");
        progress(token, end);
        if (token != null) {
            cancelledTokens.remove(tokenKey(token));
        }
        if (cancelled && cancel.isCanceled()) {
            cancel.checkCanceled();
        }
        return summary;
    }

    /** Findings of one draft: the open document's current view, or a full check of the file on disk. */
    private List<Finding> checkOne(Path p) {
        TrackedDocument open = server.documents.get(p.toUri().toString());
        if (open != null && open.kind == TrackedDocument.Kind.DRAFT) {
            try {
                return server.checks.view(open).findings();
            } catch (CheckBudget.Abandoned e) {
                return null; // its check ran past the budget (the writer has been told): counted as skipped
            }
        }
        return checkClosed(p);
    }

    /** Checks a draft that is not open and pushes its diagnostics; null when it cannot be read. */
    private List<Finding> checkClosed(Path p) {
        String text;
        try {
            if (Files.size(p) > MAX_DRAFT_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            if (Linter.unreadable(bytes) != null) {
                return null;
            }
            text = Linter.decode(bytes);
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        CheckResult r;
        try {
            r = server.checks.checkFile(p, text);
        } catch (CheckBudget.Abandoned e) {
            server.client.logMessage(new MessageParams(MessageType.Warning, "Vouch: checking " + p + " " + e.getMessage()
                    + "; it is counted as skipped"));
            return null;
        }
        String uri = p.toUri().toString();
        TrackedDocument tmp = new TrackedDocument(uri, p, TrackedDocument.Kind.DRAFT, text, 0);
        View v = new View(tmp, 0, 0, r.draft(), r.findings(), r.metrics(), r.problems(), r.errors(), true, Map.of());
        server.delivery.pushClosed(uri, server.delivery.diagnostics(v));
        return r.findings();
    }

    private String display(Path p) {
        for (Path f : server.workspaceFolders) {
            if (p.startsWith(f)) {
                return f.relativize(p).toString();
            }
        }
        return p.toString();
    }

    private void progress(Either<String, Integer> token, WorkDoneProgressNotification n) {
        if (token != null) {
            server.client.notifyProgress(new ProgressParams(token, Either.forLeft(n)));
        }
    }

    private static String tokenKey(Either<String, Integer> t) {
        return t.isLeft() ? "s:" + t.getLeft() : "i:" + t.getRight();
    }
}
