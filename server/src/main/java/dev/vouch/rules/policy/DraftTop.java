package dev.vouch.rules.policy;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.text.Span;

/** Where findings about the whole draft go: "at the top", on a line the writer sees first. */
final class DraftTop {
    private DraftTop() {}

    /** The first line of the draft's first block, or of the draft after its front matter. */
    static Span span(Draft draft) {
        int at;
        if (!draft.blocks().isEmpty()) {
            Block first = draft.blocks().get(0);
            at = first.span().start();
        } else {
            at = draft.frontMatter().present() ? Math.min(draft.source().length(), draft.frontMatter().span().end()) : 0;
            while (at < draft.source().length() && Character.isWhitespace(draft.source().charAt(at))) {
                at++;
            }
        }
        int line = draft.lines().lineOf(at);
        int end = draft.lines().lineEnd(line, draft.source());
        return new Span(at, Math.max(at, end));
    }

    /** The line of front matter key {@code key} when present, else {@link #span}. */
    static Span keyOrTop(Draft draft, String... keys) {
        for (String key : keys) {
            if (draft.frontMatter().present() && draft.frontMatter().data().has(key)) {
                int at = draft.frontMatter().keyOffset(draft.source(), key);
                int line = draft.lines().lineOf(at);
                return new Span(at, Math.max(at, draft.lines().lineEnd(line, draft.source())));
            }
        }
        return span(draft);
    }

    static String words(int n) {
        return String.format("%,d word%s", n, n == 1 ? "" : "s");
    }
}
