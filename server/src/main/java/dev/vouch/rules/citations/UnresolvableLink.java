package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Inline;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unresolvable-link",
        severity = Severity.ERROR,
        summary = "Link that cannot resolve for a reader: localhost, file:, or a missing local file",
        explanation = """
                A link to `localhost`, `127.0.0.1`, a private network address (`192.168.…`, `10.…`) or a
                `file:` URL opens only on the writer's machine; a relative link (`figures/plot.png`,
                `../notes.md`) to a file that does not exist beside the draft is broken for everyone. Both
                usually come from pasting a link out of a local preview or moving files around.

                Relative paths are resolved against the draft's folder and checked on disk (never over the
                network); a `#fragment` or `?query` is ignored, and site-absolute paths (`/images/x.png`)
                are left alone, since only the publishing site knows its root. Images are checked too. A
                draft read from standard input has no folder, so only its local addresses are checked.""",
        flagged = {"See [the dashboard](http://localhost:3000/stats).", "![plot](figures/missing.png)",
                "[notes](file:///Users/me/notes.pdf)"},
        passes = {"See [the dashboard](https://example.org/stats).", "![plot](/images/plot.png)", "[jump](#results)"})
public final class UnresolvableLink implements DocumentRule {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern PRIVATE_HOST = Pattern.compile(
            "^(?:localhost|.*\\.localhost|.*\\.local|127(?:\\.\\d{1,3}){3}|0\\.0\\.0\\.0|\\[?::1\\]?|10(?:\\.\\d{1,3}){3}"
                    + "|192\\.168(?:\\.\\d{1,3}){2}|172\\.(?:1[6-9]|2\\d|3[01])(?:\\.\\d{1,3}){2})$");

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        Path folder = draft.path() == null ? null : draft.path().toAbsolutePath().getParent();
        for (Block block : draft.blocks()) {
            for (Inline in : block.inlines()) {
                boolean image = in.kind() == Inline.Kind.IMAGE;
                if (!(in.isLink() || image) || in.destination() == null || in.destination().isBlank()) {
                    continue;
                }
                String dest = in.destination().strip();
                String problem = problem(dest, folder);
                if (problem == null) {
                    continue;
                }
                FindingSink.Builder b = out.report(in.destinationSpan() != null ? in.destinationSpan() : in.span(),
                        (image ? "Image " : "Link ") + dest + " " + problem + ".");
                if (in.kind() == Inline.Kind.LINK && !in.textSpan().isEmpty()) {
                    b.fix(Fix.suggestion("Remove the link, keep its text",
                            Edit.replace(in.span(), in.textSpan().of(draft.source()))));
                }
                b.add();
            }
        }
    }

    /** Why a reader cannot follow {@code dest} from the draft in {@code folder}, or null. */
    static String problem(String dest, Path folder) {
        String lower = dest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return "is a file: URL, which opens only on the machine it was written on";
        }
        if (SCHEME.matcher(dest).find() || dest.startsWith("//")) {
            if (!lower.startsWith("http:") && !lower.startsWith("https:") && !dest.startsWith("//")) {
                return null; // mailto:, tel:, doi:, …
            }
            String host;
            try {
                host = URI.create(dest.replace(" ", "%20")).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (host != null && PRIVATE_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
                return "points at " + host + ", which only the writer's machine or network can reach";
            }
            return null;
        }
        if (dest.startsWith("#") || dest.startsWith("/") || dest.startsWith("?") || folder == null) {
            return null;
        }
        String path = dest.replaceAll("[#?].*$", "");
        if (path.isEmpty()) {
            return null;
        }
        try {
            Path file = folder.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            return Files.exists(file) ? null : "does not exist (looked for " + file + ")";
        } catch (IllegalArgumentException e) { // InvalidPathException, or a bad %-escape
            return "is not a valid path";
        }
    }
}
