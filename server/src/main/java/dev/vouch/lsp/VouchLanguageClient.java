package dev.vouch.lsp;

import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor as the server sees it: standard LSP plus Vouch's own notification (docs/lsp.md). */
public interface VouchLanguageClient extends LanguageClient {
    /**
     * {@code vouch/status}: a draft's figures after each delivery of its findings. Editors that do not know
     * the method ignore it.
     */
    @JsonNotification("vouch/status")
    void status(Map<String, Object> status);
}
