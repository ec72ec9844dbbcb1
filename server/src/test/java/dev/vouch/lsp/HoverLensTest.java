package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.Linter;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rules.policy.ReadTime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, code lens and the vouch/status notification. */
class HoverLensTest {
    @TempDir
    Path dir;

    private static Hover hover(Harness h, String uri, int line, int col) throws Exception {
        return h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, col))).get(20, TimeUnit.SECONDS);
    }

    @Test
    void hoverExplainsTheFindingWithItsEvidenceAndTheFix() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("hover.md", "Usage tripled [citation needed].\n\nA teh case.\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "grammar.test-spelling"));
            Hover placeholder = hover(h, uri, 0, 16);
            String text = placeholder.getContents().getRight().getValue();
            assertEquals(MarkupKind.MARKDOWN, placeholder.getContents().getRight().getKind());
            assertTrue(text.contains("Placeholder"), text);
            assertTrue(text.contains("**Why this was flagged:** Listed in placeholders.tsv"), text);
            assertTrue(text.contains("Placeholder where a source or fact is still to come"), "rule docs: " + text);
            assertEquals(0, placeholder.getRange().getStart().getLine());

            String spelling = hover(h, uri, 2, 3).getContents().getRight().getValue();
            assertTrue(spelling.contains("one letter swap away"), spelling);
            assertTrue(spelling.contains("**How to fix it:** Replace with \"the\""), spelling);

            assertNull(hover(h, uri, 2, 9), "hover on text nothing flagged");
        }
    }

    @Test
    void hoverOnAStatedReadTimeShowsTheComputedOneEvenWhenItAgrees() throws Exception {
        Linter readTime = new Linter(new RuleRegistry(List.of(new ReadTime())));
        try (Harness h = Harness.builder(dir).linter(readTime).start()) {
            String uri = h.open("read.md", "# T\n\n*Reading time: 1 minute*\n\nA short body of a few words.\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertTrue(p.getDiagnostics().isEmpty(), "the stated time is right: " + p.getDiagnostics());
            Hover hv = hover(h, uri, 2, 16);
            assertNotNull(hv, "a stated read time has a hover even when nothing is wrong");
            String text = hv.getContents().getRight().getValue();
            assertTrue(text.contains("**Read time:** stated 1 minute; computed about 1 min (12 words at 238 words per "
                    + "minute"), text);
            assertEquals(2, hv.getRange().getStart().getLine());
            assertEquals(15, hv.getRange().getStart().getCharacter());
            assertNull(hover(h, uri, 4, 3), "elsewhere, nothing");

            h.replaceAll(uri, 2, "# T\n\n*Reading time: 30 minutes*\n\nA short body of a few words.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && has(x, "policy.read-time"));
            String wrong = hover(h, uri, 2, 16).getContents().getRight().getValue();
            assertTrue(wrong.contains("stated 30 minutes; computed about 1 min") && wrong.contains("`policy.read-time`"),
                    "the computed time and the finding: " + wrong);
        }
    }

    @Test
    void plainTextClientsGetPlainText() throws Exception {
        ClientCapabilities caps = Harness.fullCapabilities(false, true);
        caps.getTextDocument().setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));
        try (Harness h = Harness.builder(dir).capabilities(caps).start()) {
            String uri = h.open("plain.md", "Still TK.\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.placeholder"));
            Hover hv = hover(h, uri, 0, 7);
            assertEquals(MarkupKind.PLAINTEXT, hv.getContents().getRight().getKind());
            assertFalse(hv.getContents().getRight().getValue().contains("**"));
        }
    }

    @Test
    void aSlowGrammarCheckDoesNotBlockHoverOrCodeLens() throws Exception {
        TestRules.slowGate = new CountDownLatch(1);
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("busy.md", "A teh case with TK.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            h.client.await("the grammar check to be running", () -> TestRules.slowRuns.get() > 0);
            h.change(uri, 2, 0, 0, 0, 0, "New ");
            Hover hv = hover(h, uri, 0, 21);
            assertTrue(hv.getContents().getRight().getValue().contains("Placeholder"));
            assertFalse(h.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
                    .get(20, TimeUnit.SECONDS).isEmpty());
            TestRules.slowGate.countDown();
        }
    }

    @Test
    void codeLensAndStatusShowWordsReadingTimeAiStyleAndLedger() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("lens.md", "# Title\n\nOne two three four five six seven eight nine ten.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            List<? extends CodeLens> lenses = h.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
            List<String> titles = lenses.stream().map(l -> l.getCommand().getTitle()).toList();
            assertTrue(titles.get(0).matches("11 words · [0-9.]+ min read"), titles.toString());
            assertEquals("AI style: 1 of 2 paragraphs flagged · 3.5 tells per 1,000 words", titles.get(1));
            assertEquals("Editing ledger: 12.5 of 38 min edited · below the policy", titles.get(2));
            assertEquals("vouch.showLedger", lenses.get(2).getCommand().getCommand());
            lenses.forEach(l -> assertEquals(0, l.getRange().getStart().getLine()));

            h.client.await("status", () -> h.client.statuses.stream().anyMatch(s -> uri.equals(s.get("uri"))));
            Map<String, Object> status = h.client.statuses.stream().filter(s -> uri.equals(s.get("uri")))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(11.0, ((Number) status.get("words")).doubleValue());
            assertEquals(1.0, ((Number) status.get("version")).doubleValue());
            Map<?, ?> ai = (Map<?, ?>) status.get("aiStyle");
            assertEquals(3.5, ((Number) ai.get("tellsPer1000Words")).doubleValue());
            Map<?, ?> ledger = (Map<?, ?>) status.get("ledger");
            assertEquals(Boolean.FALSE, ledger.get("meets"));
            assertTrue(h.client.codeLensRefreshes.get() > 0, "code lens refresh after new figures");
        }
    }

    @Test
    void withoutThoseRulesOnlyWordsAndReadingTimeAppear() throws Exception {
        try (Harness h = Harness.builder(dir).linter(TestRules.citationsOnly()).start()) {
            String uri = h.open("bare.md", "Just words here.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            List<? extends CodeLens> lenses = h.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
            assertEquals(1, lenses.size());
            h.client.await("status", () -> h.client.statuses.stream().anyMatch(s -> uri.equals(s.get("uri"))));
            Map<String, Object> status = h.client.statuses.get(h.client.statuses.size() - 1);
            assertFalse(status.containsKey("aiStyle"));
            assertFalse(status.containsKey("ledger"));
        }
    }
}
