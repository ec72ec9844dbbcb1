package dev.vouch.rules.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bibliography files as Pandoc reads them: BibTeX, CSL JSON and CSL YAML; problems reported, never thrown. */
class BibliographyTest {
    @Test
    void readsBibtexEntriesWithNestedBracesQuotesAndBareValues() throws Exception {
        Map<String, Bibliography.Entry> e = Bibliography.parse("refs.bib", """
                @string{j = "Journal"}
                @Article{okafor2025,
                  author = {Okafor, Chidi and {van der Berg}, Anna and others},
                  title = {The {Entropy} Mechanism, with, commas},
                  year = 2025
                }
                @misc( who:2020 , author = "World {Health} Organization", date = {2020-03-11})
                @comment{nothing here}
                @book{noyear, title={No year}}
                """);
        assertEquals(List.of("okafor2025", "who:2020", "noyear"), List.copyOf(e.keySet()));
        assertEquals(List.of("okafor", "van der berg"), e.get("okafor2025").authors());
        assertEquals("2025", e.get("okafor2025").year());
        assertEquals("2020", e.get("who:2020").year());
        assertEquals("", e.get("noyear").year());
    }

    @Test
    void readsCslJsonAndYaml() throws Exception {
        Map<String, Bibliography.Entry> json = Bibliography.parse("refs.json", """
                [{"id": "a", "author": [{"family": "Okafor"}], "issued": {"date-parts": [[2025, 3]]}},
                 {"id": "b", "author": [{"literal": "OECD"}], "issued": {"raw": "2019"}}]""");
        assertEquals("okafor", json.get("a").authors().get(0));
        assertEquals("2025", json.get("a").year());
        assertEquals("2019", json.get("b").year());
        Map<String, Bibliography.Entry> yaml = Bibliography.parse("refs.yaml", """
                references:
                - id: c
                  author: [{family: Lee}]
                  issued: {date-parts: [[2021]]}
                """);
        assertEquals("2021", yaml.get("c").year());
    }

    @Test
    void aMissingOrMalformedFileIsAProblemNotAnException(@TempDir Path dir) throws Exception {
        assertEquals("not found", Bibliography.read(dir.resolve("none.bib")).problem());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        Bibliography b = Bibliography.read(bad);
        assertNotNull(b.problem());
        assertTrue(b.entries().isEmpty());
    }

    @Test
    void aChangedFileIsReadAgain(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("refs.bib");
        Files.writeString(f, "@article{one, year={2020}}\n");
        assertEquals(1, Bibliography.read(f).entries().size());
        Files.writeString(f, "@article{one, year={2020}}\n@article{two, year={2021}}\n");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Bibliography b = Bibliography.read(f);
        assertNull(b.problem());
        assertEquals(2, b.entries().size());
        assertTrue(b.hasAuthorYear("x", "2021") == false);
    }
}
