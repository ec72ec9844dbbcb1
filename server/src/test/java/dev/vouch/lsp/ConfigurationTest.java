package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .vouch.json (watched, validated) and the editor's vouch.* settings. */
class ConfigurationTest {
    @TempDir
    Path dir;

    private static void changed(Harness h, Path file) {
        h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(new ArrayList<>(List.of(
                new FileEvent(file.toUri().toString(), FileChangeType.Changed)))));
    }

    @Test
    void watchedConfigurationFileIsRegisteredAndReread() throws Exception {
        Path config = dir.resolve(".vouch.json");
        Files.writeString(config, "{\"rules\": {\"citations.placeholder\": \"off\"}}\n");
        try (Harness h = Harness.builder(dir).start()) {
            h.client.await("watcher registration", () -> h.client.registrations.stream()
                    .flatMap(r -> r.getRegistrations().stream())
                    .anyMatch(r -> r.getMethod().equals("workspace/didChangeWatchedFiles")));
            String uri = h.open("post.md", "Still TK.[^a]\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertFalse(has(p, "citations.placeholder"), "the configuration turned it off");
            Files.writeString(config, "{\"rules\": {\"citations.placeholder\": \"error\"}}\n");
            changed(h, config);
            PublishDiagnosticsParams q = h.client.awaitLatest(uri, x -> has(x, "citations.placeholder"));
            assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Error, q.getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("citations.placeholder")).findFirst().orElseThrow()
                    .getSeverity());
        }
    }

    @Test
    void aBrokenConfigurationFileGetsDiagnosticsAndTheDraftSaysSo() throws Exception {
        Path config = dir.resolve(".vouch.json");
        Files.writeString(config, "{\n  \"rules\": {\n    \"citations.nope\": \"off\"\n  }\n}\n");
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("post.md", "Still TK.\n");
            PublishDiagnosticsParams draft = h.client.awaitDiagnostics(uri, x -> has(x, "config"));
            assertTrue(has(draft, "citations.placeholder"), "the rest of the configuration still applies");
            String configUri = config.toUri().toString();
            PublishDiagnosticsParams c = h.client.awaitDiagnostics(configUri, x -> !x.getDiagnostics().isEmpty());
            assertEquals(2, c.getDiagnostics().get(0).getRange().getStart().getLine());
            assertTrue(c.getDiagnostics().get(0).getMessage().contains("unknown rule \"citations.nope\""));
            // Fixed on disk: the file's diagnostics are cleared.
            Files.writeString(config, "{}\n");
            changed(h, config);
            h.client.awaitLatest(configUri, x -> x.getDiagnostics().isEmpty());
            h.client.awaitLatest(uri, x -> !has(x, "config"));
        }
    }

    @Test
    void anOpenConfigurationFileIsValidatedAsTyped() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open(".vouch.json", "json", "{\"rules\": {\"citations.placeholder\": \"loud\"}}");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            assertTrue(p.getDiagnostics().get(0).getMessage().contains("\"loud\""), p.getDiagnostics().toString());
            h.replaceAll(uri, 2, "{\"rules\": {\"citations.placeholder\": \"info\"}, }");
            h.client.awaitLatest(uri, x -> x.getVersion() == 2 && x.getDiagnostics().isEmpty());
            h.replaceAll(uri, 3, "{\"rules\": ");
            h.client.awaitLatest(uri, x -> x.getVersion() == 3 && x.getDiagnostics().get(0).getMessage()
                    .startsWith("unexpected end of file: an object opened at line 1, column 1 is not closed"));
        }
    }

    @Test
    void editorSettingsComeFromWorkspaceConfigurationAndChangesArePulledAgain() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            JsonObject[] settings = {JsonParser.parseString(
                    "{\"rules\": {\"citations.placeholder\": \"off\"}, \"grammar\": {\"enabled\": false}}")
                    .getAsJsonObject()};
            h.client.configuration = p -> {
                List<Object> out = new ArrayList<>();
                p.getItems().forEach(i -> out.add("vouch".equals(i.getSection()) ? settings[0] : null));
                return out;
            };
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
            h.client.await("configuration pulled", () -> h.client.configurationRequests.get() >= 2);
            String uri = h.open("post.md", "A teh TK.\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertFalse(has(p, "citations.placeholder"));
            h.client.await("status", () -> h.client.statuses.stream().anyMatch(s -> uri.equals(s.get("uri"))
                    && Boolean.TRUE.equals(s.get("grammarDone"))));
            assertFalse(h.client.all(uri).stream().anyMatch(x -> has(x, "grammar.test-spelling")),
                    "grammar ran although vouch.grammar.enabled is false");

            settings[0] = JsonParser.parseString("{\"grammar.enabled\": true, \"wordsPerMinute\": 100}").getAsJsonObject();
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
            h.client.awaitLatest(uri, x -> has(x, "citations.placeholder") && has(x, "grammar.test-spelling"));
        }
    }

    @Test
    void settingsPushedWithTheNotificationAndBadValuesAreShown() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("post.md", "Still TK.\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.placeholder"));
            JsonObject s = JsonParser.parseString(
                    "{\"vouch\": {\"preset\": \"nonesuch\", \"rules\": {\"citations.placeholder\": \"hint\"}}}")
                    .getAsJsonObject();
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(s));
            h.client.awaitLatest(uri, x -> x.getDiagnostics().stream().anyMatch(d ->
                    d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Hint));
            h.client.await("a message about the unknown preset", () -> h.client.shown.stream()
                    .anyMatch(m -> m.getMessage().contains("nonesuch")));
        }
    }

    @Test
    void initializationOptionsCarrySettingsForEditorsWithoutWorkspaceConfiguration() throws Exception {
        org.eclipse.lsp4j.ClientCapabilities caps = Harness.fullCapabilities(false, true);
        caps.getWorkspace().setConfiguration(false);
        JsonObject init = JsonParser.parseString("{\"settings\": {\"vouch\": {\"rules\": {\"citations\": \"off\"}}}}")
                .getAsJsonObject();
        try (Harness h = Harness.builder(dir).capabilities(caps).initOptions(init).start()) {
            String uri = h.open("post.md", "Still TK.[^a]\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertTrue(p.getDiagnostics().isEmpty(), DiagnosticsTest.codes(p).toString());
        }
    }
}
