package dev.vouch.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;

/**
 * The editor side of the in-process tests: records everything the server sends and lets a test wait
 * for a message that matches (no fixed sleeps: each wait returns as soon as the message is there).
 */
final class TestClient implements VouchLanguageClient {
    static final Duration WAIT = Duration.ofSeconds(20);

    final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> statuses = new CopyOnWriteArrayList<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    final AtomicInteger diagnosticRefreshes = new AtomicInteger();
    final AtomicInteger codeLensRefreshes = new AtomicInteger();
    final AtomicInteger configurationRequests = new AtomicInteger();
    volatile Function<ConfigurationParams, List<Object>> configuration = p -> {
        List<Object> out = new ArrayList<>();
        p.getItems().forEach(i -> out.add(null));
        return out;
    };

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams d) {
        diagnostics.add(d);
        notifyAll();
    }

    @Override
    public synchronized void status(Map<String, Object> status) {
        statuses.add(status);
        notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        logs.add(message);
        notifyAll();
    }

    @Override
    public synchronized void showMessage(MessageParams m) {
        shown.add(m);
        notifyAll();
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.incrementAndGet();
        return CompletableFuture.completedFuture(configuration.apply(params));
    }

    @Override
    public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        appliedEdits.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public synchronized CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void notifyProgress(ProgressParams params) {
        progress.add(params);
        notifyAll();
    }

    @Override
    public synchronized CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes.incrementAndGet();
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> refreshCodeLenses() {
        codeLensRefreshes.incrementAndGet();
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    /** Waits until {@code condition} holds (checked whenever the server sends something). */
    synchronized void await(String what, java.util.function.BooleanSupplier condition) {
        await(what, WAIT, condition);
    }

    /** As {@link #await(String, java.util.function.BooleanSupplier)}, for work known to take longer. */
    synchronized void await(String what, Duration wait, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; diagnostics so far: " + summary());
            }
            try {
                // Woken by every message; also re-checks every few ms for conditions no message signals.
                wait(Math.max(1, Math.min(5, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** The first diagnostics for {@code uri}, from index {@code from} on, that match. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> p) {
        PublishDiagnosticsParams[] found = new PublishDiagnosticsParams[1];
        await("diagnostics for " + uri, () -> {
            for (PublishDiagnosticsParams d : diagnostics) {
                if (d.getUri().equals(uri) && p.test(d)) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The latest diagnostics for {@code uri} once they are for {@code version} and match. */
    PublishDiagnosticsParams awaitLatest(String uri, Predicate<PublishDiagnosticsParams> p) {
        PublishDiagnosticsParams[] found = new PublishDiagnosticsParams[1];
        await("latest diagnostics for " + uri, () -> {
            PublishDiagnosticsParams last = latest(uri);
            if (last != null && p.test(last)) {
                found[0] = last;
                return true;
            }
            return false;
        });
        return found[0];
    }

    PublishDiagnosticsParams latest(String uri) {
        PublishDiagnosticsParams last = null;
        for (PublishDiagnosticsParams d : diagnostics) {
            if (d.getUri().equals(uri)) {
                last = d;
            }
        }
        return last;
    }

    List<PublishDiagnosticsParams> all(String uri) {
        return diagnostics.stream().filter(d -> d.getUri().equals(uri)).toList();
    }

    private String summary() {
        StringBuilder b = new StringBuilder();
        for (PublishDiagnosticsParams d : diagnostics) {
            b.append("\n  ").append(d.getUri()).append(" v").append(d.getVersion()).append(": ")
                    .append(d.getDiagnostics().stream().map(x -> x.getCode().get() + "").toList());
        }
        return b.toString();
    }
}
