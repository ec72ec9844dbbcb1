package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.codes;
import static dev.vouch.lsp.DiagnosticsTest.has;
import static dev.vouch.reliability.PathologicalDrafts.EMOJI;
import static dev.vouch.reliability.PathologicalDrafts.FIVE_MB;
import static dev.vouch.reliability.PathologicalDrafts.FOOTNOTES;
import static dev.vouch.reliability.PathologicalDrafts.FOOTNOTE_COUNT;
import static dev.vouch.reliability.PathologicalDrafts.INVALID_UTF8;
import static dev.vouch.reliability.PathologicalDrafts.NUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.vouch.engine.Linter;
import dev.vouch.reliability.PathologicalDrafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pathological drafts of {@link PathologicalDrafts} opened in the language server with the real rules
 * (grammar off: its time on such drafts is bounded by the budget, which {@link CheckBudgetTest} covers, and
 * {@code PathologicalDraftsTest} runs it through the CLI). Each gets diagnostics, requests on it are
 * answered, nothing fails on a rule or the parser, and the server goes on serving. The invalid UTF-8 draft
 * arrives as an editor sends it: decoded, with replacement characters. Waits are generous limits for a hang
 * to hit, not timings.
 */
class PathologicalSessionTest {
    @TempDir
    Path dir;

    @Test
    void everyPathologicalDraftGetsDiagnosticsAndTheServerKeepsServing() throws Exception {
        Harness.Builder b = Harness.builder(dir).linter(Linter.standard())
                .initOptions(JsonParser.parseString("{\"settings\": {\"vouch\": {\"grammar\": {\"enabled\": false}}}}"))
                .checkTimeout(Duration.ofSeconds(150));
        try (Harness h = b.start()) {
            for (Map.Entry<String, byte[]> e : PathologicalDrafts.all().entrySet()) {
                String name = e.getKey();
                if (name.equals(FIVE_MB)) {
                    continue; // aFiveMegabyteDraftGetsTheMostSevereFindingsAndSaysSo
                }
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                String uri = h.open(name, text);
                String[] got = new String[1];
                h.client.await(name + "'s diagnostics", Duration.ofSeconds(180), () -> {
                    PublishDiagnosticsParams p = h.client.latest(uri);
                    got[0] = p == null ? null : codes(p).toString();
                    return p != null && p.getVersion() == 1;
                });
                PublishDiagnosticsParams p = h.client.latest(uri);
                System.out.printf("%s: %,d diagnostics in %,d ms%n", name, p.getDiagnostics().size(),
                        (System.nanoTime() - t0) / 1_000_000);
                assertFalse(has(p, Delivery.ABANDONED_CODE), name);
                switch (name) {
                    case FOOTNOTES -> assertEquals(FOOTNOTE_COUNT / 2, codes(p).stream()
                            .filter("citations.undefined-footnote"::equals).count());
                    case EMOJI -> assertNotNull(p.getDiagnostics());
                    default -> assertTrue(has(p, "citations.placeholder"), name + ": " + codes(p));
                }
                // Requests on it are answered: hover at the placeholder, code actions, code lens.
                int tk = text.indexOf("TK");
                Position at = tk < 0 ? new Position(0, 0) : Convert.position(new dev.vouch.text.LineMap(text), tk);
                h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at))
                        .get(60, TimeUnit.SECONDS);
                h.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                        new Range(at, at), new CodeActionContext(List.of()))).get(60, TimeUnit.SECONDS);
                h.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
                        .get(60, TimeUnit.SECONDS);
            }
            assertTrue(h.client.logs.stream().noneMatch(m -> m.getType() == MessageType.Error),
                    "a rule or the parser failed: " + h.client.logs.stream().filter(m -> m.getType() == MessageType.Error)
                            .map(m -> m.getMessage()).toList());
            assertTrue(has(h.client.latest(Path.of(dir.toString(), NUL).toUri().toString()), "citations.placeholder"));
            assertTrue(has(h.client.latest(Path.of(dir.toString(), INVALID_UTF8).toUri().toString()),
                    "citations.placeholder"));
            // Still serving: an ordinary draft and its next edit.
            String uri = h.open("ordinary.md", "# Fine\n\nA sentence.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1 && !has(x, "citations.placeholder"));
            h.replaceAll(uri, 2, "# Fine\n\nA sentence with TK.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && has(x, "citations.placeholder"));
        }
    }

    /**
     * 5 MB, 800,000 words, tens of thousands of findings: the editor gets the most severe 5,000 and a line
     * saying how many there are (converting them all for one message ran a 512 MB server out of memory).
     * The citation rules alone (they give most of the findings): the full set's time on this draft is
     * {@code PathologicalDraftsTest}'s business, and this test's is the server's part, in CI's time.
     */
    @Test
    void aFiveMegabyteDraftGetsTheMostSevereFindingsAndSaysSo() throws Exception {
        try (Harness h = Harness.builder(dir).linter(TestRules.citationsOnly()).checkTimeout(Duration.ofSeconds(150))
                .start()) {
            String text = new String(PathologicalDrafts.all().get(FIVE_MB), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            String uri = h.open(FIVE_MB, text);
            h.client.await("the diagnostics", Duration.ofSeconds(180), () -> h.client.latest(uri) != null);
            PublishDiagnosticsParams p = h.client.latest(uri);
            System.out.printf("%s: %,d diagnostics in %,d ms%n", FIVE_MB, p.getDiagnostics().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            assertEquals(Delivery.MAX_DIAGNOSTICS + 1, p.getDiagnostics().size());
            org.eclipse.lsp4j.Diagnostic note = p.getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals(Delivery.TRUNCATED_CODE)).findFirst().orElseThrow();
            assertTrue(note.getMessage().matches("Vouch shows 5,000 of the [0-9,]+ findings in this draft, the most "
                    + "severe first; vouch check lists them all\\."), note.getMessage());
            // The most severe first: every error is in (the undefined footnotes), then warnings as room allows.
            long errors = p.getDiagnostics().stream().filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).count();
            assertTrue(errors > 0 && has(p, "citations.undefined-footnote"), codes(p).subList(0, 5).toString());
            // An edit at the top is checked again, and requests are answered meanwhile.
            h.change(uri, 2, 0, 0, 0, 0, "TK ");
            h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0)))
                    .get(180, TimeUnit.SECONDS);
            h.client.await("the edit's diagnostics", Duration.ofSeconds(180), () -> h.client.latest(uri).getVersion() == 2);
        }
    }
}
