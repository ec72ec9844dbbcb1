package dev.vouch.lsp;

import dev.vouch.docs.RuleDocs;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each rule's documentation written out as a Markdown file, so that a diagnostic's
 * {@code codeDescription.href} is a link that opens in any editor with no network: {@code file:} URIs of
 * {@code <folder>/<rule-id>.md}, generated from {@link RuleDocs} (the same text as docs/rules.md and the
 * hover). Files are rewritten only when their text differs.
 */
final class RuleDocFiles {
    private static final Logger LOG = Logger.getLogger(RuleDocFiles.class.getName());

    private final Path folder;
    private final RuleRegistry registry;
    private final Map<String, String> hrefs = new ConcurrentHashMap<>();

    private RuleDocFiles(Path folder, RuleRegistry registry) {
        this.folder = folder;
        this.registry = registry;
    }

    /** {@code $XDG_CACHE_HOME/vouch/rule-docs/VERSION}, else {@code ~/.cache/…}, else the temp folder. */
    static Path defaultFolder(String version) {
        String v = version == null || version.isBlank() ? "dev" : version.replaceAll("[^A-Za-z0-9._-]", "_");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base;
        if (xdg != null && !xdg.isBlank()) {
            base = Path.of(xdg);
        } else if (System.getProperty("user.home") != null) {
            base = Path.of(System.getProperty("user.home"), ".cache");
        } else {
            base = Path.of(System.getProperty("java.io.tmpdir"));
        }
        return base.resolve("vouch").resolve("rule-docs").resolve(v);
    }

    /** The links for every rule (no I/O); {@link #writeFiles} makes them work. */
    static RuleDocFiles of(Path folder, RuleRegistry registry) {
        RuleDocFiles docs = new RuleDocFiles(folder, registry);
        if (folder != null) {
            for (RuleDescriptor d : registry.all()) {
                docs.hrefs.put(d.id(), folder.resolve(d.id() + ".md").toUri().toString());
            }
        }
        return docs;
    }

    /** Writes the files; on failure the links are dropped (diagnostics then go without them) and it is logged. */
    void writeFiles() {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            for (RuleDescriptor d : registry.all()) {
                String text = "# " + d.id() + "\n\n" + RuleDocs.markdown(d)
                        + "\n---\n\nSuppress it in a draft with `<!-- vouch-disable-next-line " + d.id()
                        + " -->` or set `\"" + d.id() + "\": \"off\"` under `rules` in `.vouch.json`. Every rule: "
                        + "[rules.md](rules.md).\n";
                writeIfChanged(folder.resolve(d.id() + ".md"), text);
            }
            writeIfChanged(folder.resolve("rules.md"), RuleDocs.document(registry));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write rule documentation to " + folder + "; diagnostics go without links", e);
            hrefs.clear();
        }
    }

    /**
     * Plain writes, no fsync: these are a regenerable cache (a torn file differs from the text and is
     * rewritten at the next start), and syncing a dozen files would slow the first start down.
     */
    private static void writeIfChanged(Path f, String text) throws IOException {
        if (Files.isRegularFile(f) && Files.readString(f, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    /** The link for a rule's documentation, or null. */
    String href(String ruleId) {
        return hrefs.get(ruleId);
    }

    Path folder() {
        return folder;
    }
}
