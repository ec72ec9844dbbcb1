package dev.vouch.lsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;

/**
 * Forwards Vouch's warnings and errors (a rule that threw, a check that failed) to the editor as
 * {@code window/logMessage}, each distinct message once, so a rule failing on every keystroke logs one
 * line rather than thousands. The standard error stream keeps the full log.
 */
final class ClientLogHandler extends Handler {
    private static final Logger ROOT = Logger.getLogger("dev.vouch");
    /**
     * lsp4j's protocol layer: what it logs is what the editor sent that could not be read or answered (a
     * frame without a length, a body that is not JSON, a request that failed), which the writer's editor
     * log should show too. Held here so that the logger, and the handler on it, are not collected.
     */
    private static final Logger JSONRPC = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");
    /** A message forwarded while forwarding one (sending failed, and lsp4j logged that) is not sent again. */
    private static final ThreadLocal<Boolean> FORWARDING = ThreadLocal.withInitial(() -> false);
    private static final int REMEMBERED = 500;
    /** Longer messages (a protocol error quoting what it read) are cut for the editor's log. */
    private static final int MAX_LENGTH = 2_000;
    private static final String CHECKER = "dev.vouch.engine.Checker";

    private final VouchLanguageClient client;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
            return size() > REMEMBERED;
        }
    };

    private ClientLogHandler(VouchLanguageClient client) {
        this.client = client;
        setLevel(Level.WARNING);
    }

    static ClientLogHandler install(VouchLanguageClient client) {
        ClientLogHandler h = new ClientLogHandler(client);
        ROOT.addHandler(h);
        JSONRPC.addHandler(h);
        return h;
    }

    void uninstall() {
        ROOT.removeHandler(this);
        JSONRPC.removeHandler(this);
    }

    @Override
    public void publish(LogRecord r) {
        if (r == null || !isLoggable(r) || CHECKER.equals(r.getLoggerName())) {
            return; // a rule's failure reaches the editor with the draft's URI from Delivery instead
        }
        boolean protocol = r.getLoggerName() != null && r.getLoggerName().startsWith(JSONRPC.getName());
        if (FORWARDING.get() || (protocol && String.valueOf(r.getMessage()).startsWith("Failed to send"))) {
            return; // the connection itself is failing: nothing can be told over it
        }
        String msg = (protocol ? "JSON-RPC: " : "") + r.getMessage()
                + (r.getThrown() == null || String.valueOf(r.getMessage()).equals(r.getThrown().getMessage())
                ? "" : ": " + r.getThrown());
        if (msg.length() > MAX_LENGTH) {
            msg = msg.substring(0, MAX_LENGTH) + "… (" + msg.length() + " characters; the whole on stderr)";
        }
        synchronized (seen) {
            if (seen.put(msg, Boolean.TRUE) != null) {
                return;
            }
        }
        FORWARDING.set(true);
        try {
            client.logMessage(new MessageParams(r.getLevel().intValue() >= Level.SEVERE.intValue()
                    ? MessageType.Error : MessageType.Warning, "vouch: " + msg));
        } catch (RuntimeException e) {
            // the connection is gone; stderr still has it
        } finally {
            FORWARDING.set(false);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
