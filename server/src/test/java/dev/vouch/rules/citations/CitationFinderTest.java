package dev.vouch.rules.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the shared detector counts as a citation, and what it does not. */
class CitationFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reward hacking starts early (Okafor et al., 2025).                | AUTHOR_YEAR:Okafor 2025
            Okafor et al. (2025) call it the early-collapse problem.          | AUTHOR_YEAR:Okafor 2025
            the method built by Mbeki et al 2025.                             | AUTHOR_YEAR:Mbeki 2025
            It reflects on itself (Yu et al 2024).                            | AUTHOR_YEAR:Yu 2024
            Both agree (Smith, 2019; Lindqvist & Ahmed 2020).                 | AUTHOR_YEAR:Smith 2019,AUTHOR_YEAR:Lindqvist 2020
            As Smith's (2019) survey showed.                                  | AUTHOR_YEAR:Smith 2019
            this week's paper, by Okafor et al., convinced me.                |
            It happened (January 2025), in (Python 2020) terms.               |
            See [the survey](https://example.org/s).                          | LINK:https://example.org/s
            See <https://example.org/s>.                                      | LINK:https://example.org/s
            Jump to [the results](#results) or [mail me](mailto:a@b.org).     |
            The [broken]() link.                                              |
            Rates doubled.[^1]                                                | FOOTNOTE:1
            As shown [see @smith2019, p. 3; @lee2020].                        | PANDOC:smith2019 lee2020
            Write to me @home.                                                |
            See arXiv:2401.01234v2 for details.                               | ARXIV:2401.01234v2
            The file 2401.01234v1.pdf is attached.                            | ARXIV:2401.01234v1
            The DOI is 10.1038/nature14539.                                   | DOI:10.1038/nature14539
            With a prefix doi:10.1000/(abc)x, done.                           | DOI:10.1000/(abc)x
            As reported before [3], and again [4, 7].                         | NUMBERED:3,NUMBERED:4, 7
            She described it in The Second Sex, long ago.                     | NAMED_WORK:Second Sex
            Read *Thinking, Fast and Slow* first.                             | NAMED_WORK:Thinking, Fast and Slow
            Read *really* carefully.                                          |
            Their paper “Attention Is All You Need” changed things.           | NAMED_WORK:Attention Is All You Need
            The paper “sets out to remove the last obstacle”.                |
            Freedom House's index ranks it lower.                             | NAMED_WORK:Freedom House's index
            the Epoch charts are showing hours now.                           | NAMED_WORK:the Epoch charts
            The Pew survey asked this.                                        | NAMED_WORK:The Pew survey
            The EU AI Act sets the threshold.                                 | NAMED_WORK:The EU AI Act
            The survey asked this.                                            |
            The Okafor et al. paper targets collapse.                         |
            Acme's CEO turned it into a holiday.                              |
            """)
    void findsWhatAReaderCouldFollow(String text, String expected) {
        Draft d = DraftParser.parse(text);
        Block b = d.blocks().get(0);
        String got = CitationFinder.find(b, false).stream()
                .map(c -> c.kind() + ":" + (c.kind() == Citation.Kind.NAMED_WORK || c.kind() == Citation.Kind.NUMBERED
                        ? c.text().replaceAll("^\\[|\\]$", "") : c.detail()))
                .collect(Collectors.joining(","));
        assertEquals(expected == null ? "" : expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            As @smith2019 argue.      | smith2019
            Mail a@b.org today.       |
            """)
    void bareKeysCountOnlyInPandocDrafts(String text, String expected) {
        Block b = DraftParser.parse(text).blocks().get(0);
        assertEquals("", CitationFinder.find(b, false).stream().map(Citation::detail).collect(Collectors.joining(",")));
        assertEquals(expected == null ? "" : expected, CitationFinder.find(b, true).stream()
                .filter(c -> c.kind() == Citation.Kind.PANDOC).map(Citation::detail).collect(Collectors.joining(",")));
    }

    @org.junit.jupiter.api.Test
    void trimsSentencePunctuationFromIdentifiers() {
        String t = "(see 10.1000/xyz).";
        assertEquals(List.of("10.1000/xyz"), CitationFinder.find(DraftParser.parse(t).blocks().get(0), false).stream()
                .map(Citation::detail).toList());
    }
}
