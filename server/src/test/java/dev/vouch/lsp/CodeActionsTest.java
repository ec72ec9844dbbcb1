package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.Linter;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rules.policy.ReadTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick fixes, suppressions, fix-all, resolve and "add to dictionary", each applied and re-checked. */
class CodeActionsTest {
    @TempDir
    Path dir;

    private static Diagnostic find(PublishDiagnosticsParams p, String code) {
        return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + DiagnosticsTest.codes(p)));
    }

    private static List<CodeAction> actions(Harness h, String uri, Range range, List<Diagnostic> diags,
                                            List<String> only) throws Exception {
        CodeActionContext ctx = new CodeActionContext(diags);
        ctx.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> got = h.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, ctx))
                .get(20, TimeUnit.SECONDS);
        return got.stream().map(Either::getRight).toList();
    }

    private static CodeAction titled(List<CodeAction> actions, String prefix) {
        return actions.stream().filter(a -> a.getTitle().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no action \"" + prefix + "…\" in "
                        + actions.stream().map(CodeAction::getTitle).toList()));
    }

    @Test
    void quickFixIsPreferredAndResolvesToAnEditThatFixesTheDraft() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String text = "Rates doubled.[^src]\n";
            String uri = h.open("fix.md", text);
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote"));
            Diagnostic d = find(p, "citations.undefined-footnote");
            List<CodeAction> acts = actions(h, uri, d.getRange(), List.of(d), null);
            CodeAction fix = titled(acts, "Add a definition stub");
            assertEquals("quickfix", fix.getKind());
            assertEquals(Boolean.TRUE, fix.getIsPreferred());
            assertNull(fix.getEdit(), "the client resolves edits lazily");
            assertNotNull(fix.getData());
            assertEquals("citations.undefined-footnote", fix.getDiagnostics().get(0).getCode().getLeft());
            titled(acts, "Disable citations.undefined-footnote for this line");
            titled(acts, "Disable citations.undefined-footnote in this file");

            CodeAction resolved = h.server.getTextDocumentService().resolveCodeAction(fix).get(20, TimeUnit.SECONDS);
            assertNotNull(resolved.getEdit());
            var tde = resolved.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, tde.getTextDocument().getVersion(), "edits are versioned");
            String fixed = Harness.applyEdits(text, Harness.editsFor(resolved.getEdit(), uri));
            assertTrue(fixed.contains("[^src]:"), fixed);
            assertTrue(fixed.startsWith(text), "the fix changed text outside its range: " + fixed);
            h.replaceAll(uri, 2, fixed);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && !has(x, "citations.undefined-footnote"));
        }
    }

    @Test
    void withoutResolveSupportEditsComeInline() throws Exception {
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(false, false)).start()) {
            String uri = h.open("inline.md", "Rates doubled.[^src]\n");
            Diagnostic d = find(h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote")),
                    "citations.undefined-footnote");
            CodeAction fix = titled(actions(h, uri, d.getRange(), List.of(d), null), "Add a definition stub");
            assertNotNull(fix.getEdit());
            assertNull(fix.getData());
        }
    }

    @Test
    void disableForThisLineAndInThisFileInsertWorkingSuppressions() throws Exception {
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(false, false)).start()) {
            String text = "---\ntitle: T\n---\nOne TK here.  \nTwo TK there.\n";
            String uri = h.open("quiet.md", text);
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> DiagnosticsTest.codes(x).stream()
                    .filter("citations.placeholder"::equals).count() == 2);
            Diagnostic first = p.getDiagnostics().stream().filter(x -> x.getRange().getStart().getLine() == 3)
                    .findFirst().orElseThrow();
            List<CodeAction> acts = actions(h, uri, first.getRange(), List.of(first), List.of("quickfix"));
            String lineFixed = Harness.applyEdits(text, Harness.editsFor(
                    titled(acts, "Disable citations.placeholder for this line").getEdit(), uri));
            assertEquals("---\ntitle: T\n---\nOne TK here. <!-- vouch-disable-line citations.placeholder -->  \n"
                    + "Two TK there.\n", lineFixed, "the hard line break must survive");
            h.replaceAll(uri, 2, lineFixed);
            PublishDiagnosticsParams after = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2);
            assertEquals(1, after.getDiagnostics().size(), DiagnosticsTest.codes(after).toString());
            assertEquals(4, after.getDiagnostics().get(0).getRange().getStart().getLine());

            Diagnostic second = after.getDiagnostics().get(0);
            String fileFixed = Harness.applyEdits(lineFixed, Harness.editsFor(titled(actions(h, uri,
                    second.getRange(), List.of(second), null), "Disable citations.placeholder in this file").getEdit(),
                    uri));
            assertTrue(fileFixed.startsWith("---\ntitle: T\n---\n<!-- vouch-disable citations.placeholder -->\n\nOne"),
                    fileFixed);
            h.replaceAll(uri, 3, fileFixed);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 3 && x.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aFrontMatterFindingIsSuppressedInTheFileNeverInsideTheYaml() throws Exception {
        Linter readTime = new Linter(new RuleRegistry(List.of(new ReadTime())));
        try (Harness h = Harness.builder(dir).linter(readTime).capabilities(Harness.fullCapabilities(false, false))
                .start()) {
            String text = "---\ntitle: T\nreadTime: 30\n---\nA short draft of a few words.\n";
            String uri = h.open("front.md", text);
            Diagnostic d = find(h.client.awaitDiagnostics(uri, x -> has(x, "policy.read-time")), "policy.read-time");
            assertEquals(2, d.getRange().getStart().getLine());
            List<CodeAction> acts = actions(h, uri, d.getRange(), List.of(d), List.of("quickfix"));
            assertFalse(acts.stream().anyMatch(a -> a.getTitle().endsWith("for this line")),
                    "a comment in the YAML would change its value: "
                            + acts.stream().map(CodeAction::getTitle).toList());
            String fixed = Harness.applyEdits(text, Harness.editsFor(
                    titled(acts, "Disable policy.read-time in this file").getEdit(), uri));
            assertEquals("---\ntitle: T\nreadTime: 30\n---\n<!-- vouch-disable policy.read-time -->\n\n"
                    + "A short draft of a few words.\n", fixed);
            h.replaceAll(uri, 2, fixed);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && x.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aSelectionCanBeMarkedAsLlmOutputOrWrappedInLabelledDetails() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String text = "# T\n\nFirst paragraph.\n\nThe model wrote\nthis paragraph.\n\nLast.\n";
            String uri = h.open("wrap.md", text);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            // From inside "model" on line 4 to inside "this" on line 5: whole lines are wrapped.
            Range selection = new Range(new Position(4, 4), new Position(5, 2));
            List<CodeAction> acts = actions(h, uri, selection, List.of(), null);
            CodeAction mark = titled(acts, "Mark as LLM output");
            CodeAction details = titled(acts, "Wrap the selected lines in a <details> block");
            assertEquals("refactor.rewrite", mark.getKind());
            assertEquals("refactor.rewrite", details.getKind());

            String marked = Harness.applyEdits(text, Harness.editsFor(
                    h.server.getTextDocumentService().resolveCodeAction(mark).get(20, TimeUnit.SECONDS).getEdit(), uri));
            assertEquals("# T\n\nFirst paragraph.\n\n<div data-llm-output=\"MODEL\">\n\nThe model wrote\n"
                    + "this paragraph.\n\n</div>\n\nLast.\n", marked);
            String wrapped = Harness.applyEdits(text, Harness.editsFor(
                    h.server.getTextDocumentService().resolveCodeAction(details).get(20, TimeUnit.SECONDS).getEdit(),
                    uri));
            assertEquals("# T\n\nFirst paragraph.\n\n<details>\n<summary>AI output: MODEL, prompted with \"PROMPT\""
                    + "</summary>\n\nThe model wrote\nthis paragraph.\n\n</details>\n\nLast.\n", wrapped);

            Range empty = new Range(new Position(4, 4), new Position(4, 4));
            assertFalse(actions(h, uri, empty, List.of(), null).stream()
                    .anyMatch(a -> "refactor.rewrite".equals(a.getKind())), "a cursor is not a selection");
            assertTrue(actions(h, uri, selection, List.of(), List.of("quickfix")).stream()
                    .noneMatch(a -> "refactor.rewrite".equals(a.getKind())), "only quick fixes when asked for them");
            assertEquals(2, actions(h, uri, selection, List.of(), List.of("refactor")).size());
        }
    }

    @Test
    void fixAllAppliesEverySafeFix() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String text = "A.[^a] B.[^b]\n";
            String uri = h.open("all.md", text);
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote"));
            List<CodeAction> acts = actions(h, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                    List.of("source.fixAll"));
            assertEquals(1, acts.size(), acts.stream().map(CodeAction::getTitle).toList().toString());
            CodeAction all = acts.get(0);
            assertEquals("source.fixAll.vouch", all.getKind());
            CodeAction resolved = h.server.getTextDocumentService().resolveCodeAction(all).get(20, TimeUnit.SECONDS);
            String fixed = Harness.applyEdits(text, Harness.editsFor(resolved.getEdit(), uri));
            assertTrue(fixed.contains("[^a]:") && fixed.contains("[^b]:"), fixed);
            h.replaceAll(uri, 2, fixed);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && !has(x, "citations.undefined-footnote"));
        }
    }

    @Test
    void fixAllInADraftEndingInAnOpenFenceClosesItAndResolvesTheFootnote() throws Exception {
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(false, false)).start()) {
            String text = "A note[^q].\n\n```\ncode never closed\n";
            String uri = h.open("fence.md", text);
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote"));
            List<CodeAction> acts = actions(h, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                    List.of("source.fixAll"));
            String fixed = Harness.applyEdits(text, Harness.editsFor(acts.get(0).getEdit(), uri));
            assertEquals(text + "```\n\n[^q]: \n", fixed);
            h.replaceAll(uri, 2, fixed);
            PublishDiagnosticsParams after = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2);
            assertFalse(has(after, "citations.undefined-footnote"), DiagnosticsTest.codes(after).toString());
            assertTrue(actions(h, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                    List.of("source.fixAll")).isEmpty(), "nothing left for fix-all to do");
        }
    }

    @Test
    void addToDictionaryIsACommandThatSilencesTheWord() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("words.md", "A teh moment.\n");
            Diagnostic d = find(h.client.awaitDiagnostics(uri, x -> has(x, "grammar.test-spelling")),
                    "grammar.test-spelling");
            List<CodeAction> acts = actions(h, uri, d.getRange(), List.of(d), null);
            assertEquals(Boolean.TRUE, titled(acts, "Replace with").getIsPreferred());
            CodeAction add = titled(acts, "Add \"teh\" to the dictionary");
            assertEquals("vouch.addToDictionary", add.getCommand().getCommand());
            assertEquals(List.of(uri, "teh"), add.getCommand().getArguments().stream()
                    .map(a -> a instanceof com.google.gson.JsonPrimitive jp ? jp.getAsString() : a.toString()).toList());
            Object result = h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    add.getCommand().getCommand(), add.getCommand().getArguments())).get(20, TimeUnit.SECONDS);
            assertEquals(Boolean.TRUE, ((java.util.Map<?, ?>) result).get("added"), result.toString());
            assertTrue(Files.readString(dir.resolve(".vouch/dictionary.txt")).contains("teh"));
            assertTrue(Files.isRegularFile(dir.resolve(".vouch.json")), "a config was started so the dictionary applies");
            h.client.awaitLatest(uri, x -> x.getVersion() == 1 && !has(x, "grammar.test-spelling")
                    && x.getDiagnostics().isEmpty());
        }
    }

    @Test
    void fixesAreRebuiltFromDiagnosticDataOfTheCurrentVersion() throws Exception {
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(false, false)).start()) {
            String uri = h.open("data.md", "Rates doubled.[^src]\n\nPlain paragraph.\n");
            Diagnostic d = find(h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote")),
                    "citations.undefined-footnote");
            // The client asks about a place the server has no finding at, with the diagnostic it holds.
            Range elsewhere = new Range(new Position(2, 0), new Position(2, 5));
            Diagnostic moved = new Diagnostic(elsewhere, d.getMessage(), d.getSeverity(), d.getSource(),
                    d.getCode().getLeft());
            moved.setData(d.getData());
            List<CodeAction> acts = actions(h, uri, elsewhere, List.of(moved), List.of("quickfix"));
            CodeAction fix = titled(acts, "Add a definition stub");
            assertNotNull(fix.getEdit());
            assertFalse(acts.stream().anyMatch(a -> a.getTitle().startsWith("Disable")));
        }
    }
}
