package dev.vouch.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drafts no writer would write but an editor or a pipeline can hand Vouch, generated at test time (none
 * is committed): deep nesting, sheer size, one enormous line, nothing but emoji, bytes that are not
 * UTF-8, a NUL byte, constructs left open, thousands of footnotes. The text is the project's own.
 */
public final class PathologicalDrafts {
    private PathologicalDrafts() {}

    public static final String NESTED_LISTS = "nested-lists.md";
    public static final String NESTED_QUOTES = "nested-quotes.md";
    public static final String QUOTED_LISTS = "quoted-lists.md";
    public static final String FIVE_MB = "five-mb.md";
    public static final String LONG_LINE = "long-line.md";
    public static final String EMOJI = "emoji-only.md";
    public static final String INVALID_UTF8 = "invalid-utf8.md";
    public static final String NUL = "nul-byte.md";
    public static final String UNCLOSED = "unclosed.md";
    public static final String FOOTNOTES = "footnotes.md";
    public static final String FRONT_MATTER_BOMB = "front-matter-aliases.md";

    /** Footnote references in {@link #FOOTNOTES}; every second one has a definition. */
    public static final int FOOTNOTE_COUNT = 5_000;

    /** A paragraph with something for most rule categories: a statistic, a vague source, AI tells, a note. */
    private static final String PARAGRAPH = "Around %d%% of the drafts we reviewed cited nothing at all, and "
            + "experts agree that this matters.[^n%d] It's not just about sources — it's about trust. "
            + "The [style guide](https://example.org/guide-%d) says to check every `claim`, yet TK remain. ";

    /** Every draft, by file name: the bytes to write. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        // 10,000 list levels on one line: every "- " opens a list inside the previous item.
        out.put(NESTED_LISTS, utf8("# Lists\n\n" + "- ".repeat(10_000) + "the deepest item, with a TK\n"));
        out.put(NESTED_QUOTES, utf8("# Quotes\n\n" + ">".repeat(10_000) + " the deepest quote, with a TK\n"));
        out.put(QUOTED_LISTS, utf8("# Both\n\n" + "> - ".repeat(5_000) + "deep and TK\n"));
        out.put(FIVE_MB, utf8(fiveMegabytes()));
        // One line of 200,000 characters: words and no sentence end.
        StringBuilder line = new StringBuilder("# One line\n\n");
        String[] words = {"the", "writer", "kept", "typing", "without", "stopping", "for", "breath", "or", "TK"};
        for (int i = 0; line.length() < 200_012; i++) {
            line.append(words[i % words.length]).append(' ');
        }
        out.put(LONG_LINE, utf8(line.substring(0, 200_012) + "\n"));
        // Emoji only: astral characters, skin tones, joiners, flags and keycaps; no letters at all.
        StringBuilder emoji = new StringBuilder();
        String[] faces = {"😀", "🎉", "🚀", "👩🏽‍💻", "🇬🇧", "1️⃣", "🧑‍🤝‍🧑", "🫠"};
        for (int i = 0; emoji.length() < 60_000; i++) {
            // lines of 40, paragraphs of 200, and one paragraph of 5,000 in the middle
            boolean bigOne = i >= 2_000 && i < 7_000;
            emoji.append(faces[i % faces.length]).append(i % 200 == 199 && !bigOne ? "\n\n" : i % 40 == 39 ? "\n" : "");
        }
        out.put(EMOJI, utf8(emoji + "\n"));
        byte[] head = utf8("# Bad bytes\n\nThis draft says TK, then ");
        byte[] bad = {(byte) 0xff, (byte) 0xfe, ' ', (byte) 0xc3, '(', ' ', (byte) 0xe2, (byte) 0x82};
        out.put(INVALID_UTF8, concat(head, bad, utf8(" and carries on.\n")));
        out.put(NUL, concat(utf8("# A NUL\n\nThis draft says TK, then "), new byte[] {0}, utf8(" and carries on.\n")));
        out.put(UNCLOSED, utf8("# Left open\n\nA claim before everything, with TK.\n\n<div class=\"note\">\n\n"
                + "<details>\n<summary>Open\n\nA paragraph inside HTML that never closes, with TK.\n\n"
                + "<!-- a comment that never ends\n\nText in the comment, TK.\n\n"
                + "```python\n" + "x = 1  # TK\n".repeat(2_000) + "~~~\n<span>" + "<b>".repeat(5_000) + "\n"));
        StringBuilder notes = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < FOOTNOTE_COUNT; i++) {
            notes.append("Claim number ").append(i).append(" rests on a note.[^").append(i).append("]\n\n");
        }
        for (int i = 0; i < FOOTNOTE_COUNT; i += 2) {
            notes.append("[^").append(i).append("]: Source ").append(i).append(", page ").append(i % 300).append(".\n");
        }
        out.put(FOOTNOTES, utf8(notes.toString()));
        // YAML aliases that expand to 9^9 strings if expanded: the parser must refuse or stay lazy.
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (String n : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            yaml.append(n).append(": &").append(n).append(" [").append(String.join(",",
                    java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
            prev = n;
        }
        out.put(FRONT_MATTER_BOMB, utf8(yaml + "---\n# Aliases\n\nA draft with TK under a bomb.\n"));
        return out;
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : all().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** About 5 MB of varied prose: tens of thousands of paragraphs, every one different. */
    public static String fiveMegabytes() {
        StringBuilder b = new StringBuilder("# Five megabytes\n\n");
        int n = 0;
        while (b.length() < 5 * 1024 * 1024) {
            b.append(String.format(java.util.Locale.ROOT, PARAGRAPH, 10 + n % 90, n, n));
            b.append(String.format(java.util.Locale.ROOT, PARAGRAPH, 10 + (n + 7) % 90, n, n + 1)).append("\n\n");
            if (n % 50 == 0) {
                b.append("## Part ").append(n / 50).append("\n\n");
            }
            n++;
        }
        for (int i = 0; i < n; i += 2) {
            b.append("[^n").append(i).append("]: A source for claim ").append(i).append(".\n");
        }
        return b.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
