package dev.vouch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftFilesTest {
    @Test
    void findsMarkdownSortedAndSkipsHiddenAndBuildFolders(@TempDir Path dir) throws Exception {
        for (String f : List.of("b.md", "a.markdown", "notes.txt", "sub/c.MD", ".hidden/d.md", "node_modules/e.md",
                "target/f.md")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        List<String> found = DraftFiles.drafts(dir).stream().map(p -> dir.relativize(p).toString()).toList();
        assertEquals(List.of("a.markdown", "b.md", "sub/c.MD"), found);
    }
}
