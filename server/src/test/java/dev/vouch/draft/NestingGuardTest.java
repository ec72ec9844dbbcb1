package dev.vouch.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Over-deep nesting is read as text, on a thread with a small stack (flexmark's visitors recurse per
 * level: 10,000 block quotes overflowed a 1 MB stack before), and offsets stay the source's.
 */
class NestingGuardTest {
    /** Parses on a thread with a 512 KB stack, half the JVM's default for new threads. */
    private static Draft parseOnSmallStack(String md) throws Exception {
        Draft[] out = new Draft[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = DraftParser.parse(md);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (failed[0] != null) {
            throw new AssertionError("parse failed: " + failed[0]);
        }
        return out[0];
    }

    @Test
    void shallowAndOrdinaryTextIsLeftAlone() {
        String md = "# T\n\n- a\n  - b\n    > c\n\n" + "- - -\n" + "-".repeat(500) + "\n" + "* ".repeat(300) + "\n"
                + "1. 2. 3. x\n" + "word ".repeat(200) + "\n";
        assertSame(md, NestingGuard.bound(md));
    }

    @Test
    void theMarkersPastTheLimitAreTextAndOffsetsAreKept() throws Exception {
        for (String marker : new String[] {"- ", "> ", ">", "1. ", "> - ", "* "}) {
            String md = "# Deep\n\n" + marker.repeat(10_000) + "the deepest, with a TK\n\nAfter.\n";
            String bounded = NestingGuard.bound(md);
            assertEquals(md.length(), bounded.length());
            Draft d = parseOnSmallStack(md);
            assertEquals(md, d.source(), "the draft keeps the writer's text");
            Block deep = d.blocks().stream().filter(b -> b.text().contains("the deepest")).findFirst()
                    .orElseThrow(() -> new AssertionError(marker + ": " + d.blocks()));
            int tk = md.indexOf("TK");
            assertTrue(deep.span().start() < tk && deep.span().end() > tk, marker + ": " + deep.span());
            assertEquals("After.", d.blocks().get(d.blocks().size() - 1).text(), marker);
        }
    }

    @Test
    void deepIndentationIsTextToo() throws Exception {
        StringBuilder md = new StringBuilder("# Stairs\n\n");
        for (int i = 0; i < 3_000; i++) {
            md.append(" ".repeat(2 * i)).append("- step ").append(i).append('\n');
        }
        Draft d = parseOnSmallStack(md.toString());
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().contains("step 2999")));
    }
}
