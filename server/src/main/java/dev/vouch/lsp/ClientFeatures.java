package dev.vouch.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** What the editor said it supports in {@code initialize}, read once into plain flags. */
record ClientFeatures(boolean pullDiagnostics, boolean diagnosticRefresh, boolean codeLensRefresh,
                      boolean workspaceConfiguration, boolean configurationDynamic, boolean watchedFilesDynamic,
                      boolean workDoneProgress, boolean documentChanges, boolean codeActionResolveEdit,
                      boolean codeActionLiterals, boolean hoverMarkdown, boolean applyEdit) {

    static ClientFeatures of(ClientCapabilities c) {
        TextDocumentClientCapabilities td = c == null ? null : c.getTextDocument();
        WorkspaceClientCapabilities ws = c == null ? null : c.getWorkspace();
        WindowClientCapabilities win = c == null ? null : c.getWindow();

        boolean pull = td != null && td.getDiagnostic() != null;
        boolean refresh = ws != null && ws.getDiagnostics() != null && isTrue(ws.getDiagnostics().getRefreshSupport());
        boolean lensRefresh = ws != null && ws.getCodeLens() != null && isTrue(ws.getCodeLens().getRefreshSupport());
        boolean configuration = ws != null && isTrue(ws.getConfiguration());
        boolean configurationDynamic = ws != null && ws.getDidChangeConfiguration() != null
                && isTrue(ws.getDidChangeConfiguration().getDynamicRegistration());
        boolean watchedDynamic = ws != null && ws.getDidChangeWatchedFiles() != null
                && isTrue(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        boolean progress = win != null && isTrue(win.getWorkDoneProgress());
        boolean documentChanges = ws != null && ws.getWorkspaceEdit() != null
                && isTrue(ws.getWorkspaceEdit().getDocumentChanges());
        boolean resolveEdit = false;
        boolean literals = false;
        if (td != null && td.getCodeAction() != null) {
            var ca = td.getCodeAction();
            resolveEdit = ca.getResolveSupport() != null && ca.getResolveSupport().getProperties() != null
                    && ca.getResolveSupport().getProperties().contains("edit");
            literals = ca.getCodeActionLiteralSupport() != null;
        }
        List<String> formats = td == null || td.getHover() == null ? null : td.getHover().getContentFormat();
        boolean markdown = formats == null || formats.isEmpty() || formats.contains(MarkupKind.MARKDOWN);
        boolean applyEdit = ws != null && isTrue(ws.getApplyEdit());
        return new ClientFeatures(pull, refresh, lensRefresh, configuration, configurationDynamic, watchedDynamic,
                progress, documentChanges, resolveEdit, literals, markdown, applyEdit);
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
