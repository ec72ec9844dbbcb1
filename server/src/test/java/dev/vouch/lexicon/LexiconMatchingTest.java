package dev.vouch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Scanning with all literal phrases at once (the first-word index) finds exactly what each phrase finds on its
 * own, on every example and counter-example of every lexicon file.
 */
class LexiconMatchingTest {
    @Test
    void theCombinedPatternFindsWhatEachPhraseFinds() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path f : LexiconFilesTest.lexiconFiles()) {
            Lexicon lex = LexiconFilesTest.load(f);
            List<String> texts = new ArrayList<>();
            for (Lexicon.Entry e : lex.entries()) {
                texts.add(e.example());
                texts.add(e.counterExample());
            }
            String all = String.join(" ", texts);
            texts.add(all);
            for (String text : texts) {
                Set<String> combined = new TreeSet<>();
                for (Lexicon.Match m : lex.find(text)) {
                    if (!m.entry().pattern().startsWith("re:")) {
                        combined.add(m.start() + ":" + m.end() + ":" + m.entry().line());
                    }
                }
                Set<String> single = new TreeSet<>();
                for (Lexicon.Entry e : lex.entries()) {
                    if (e.pattern().startsWith("re:")) {
                        continue;
                    }
                    for (Lexicon.Match m : lex.find(e, text)) {
                        single.add(m.start() + ":" + m.end() + ":" + e.line());
                    }
                }
                // the combined scan takes the longest phrase at a position and moves on, so it can only
                // miss a phrase that starts inside a longer match; check the rest agree exactly
                single.removeIf(k -> !combined.contains(k) && coveredBy(k, combined));
                if (!single.equals(combined)) {
                    problems.add(f.getFileName() + " on \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
                            + "\": combined " + combined + ", one by one " + single);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRequiredWordsOfARegexAreOnesEveryMatchContains() {
        assertEquals(List.of("asking", "sharing"), RequiredWords.of("\\bthe user(?:'s)? (?:is|was) (?:asking|sharing)\\b"),
                "two long words beat one short one");
        assertEquals(List.of("user"), RequiredWords.of("\\bthe user(?:'s)? (?:is|was)\\b"));
        assertEquals(List.of("todo"), RequiredWords.of("(?-i)\\bTODO\\b:?"));
        assertEquals(List.of("delv"), RequiredWords.of("\\bdelv(?:e|es|ed|ing)\\b"));
        assertEquals(List.of("testament"), RequiredWords.of("(?<!old )(?<!new )\\btestament\\b"));
        assertEquals(null, RequiredWords.of("\\bas an AI (?:language model|model)\\b|\\bas an AI[,.]"),
                "each alternative offers its best; a word under three letters disqualifies the set");
        assertEquals(List.of("highlighting", "underscoring"),
                RequiredWords.of(", (?:highlighting|underscoring) [^.;!?]{0,80}[.!]"));
        assertEquals(List.of("shar"), RequiredWords.of("\\bshare?s\\b"), "a letter before ? is optional");
        assertEquals(List.of("plain"), RequiredWords.of("\\p{L}plain[a-z]+"));
        assertEquals(List.of("boo"), RequiredWords.of("\\bbo+k\\b".replace("bbo+k", "bboo+k")), "a repeated letter ends the run");
        assertEquals(null, RequiredWords.of("(?:maybe )?x"));
        assertEquals(null, RequiredWords.of("(unbalanced"));
    }

    @Test
    void regexesThatStartAWordAreTriedOnlyAtWordStarts() {
        assertEquals(true, Lexicon.startsAtWord("\\bdelv(?:e|es)\\b"));
        assertEquals(true, Lexicon.startsAtWord("\\b(?:is|was) not\\b"));
        assertEquals(true, Lexicon.startsAtWord("\\b(they|we) don't"));
        assertEquals(false, Lexicon.startsAtWord("\\b(?:is|'s) not"), "an alternative opens with an apostrophe");
        assertEquals(false, Lexicon.startsAtWord("\\bx?y"));
        assertEquals(false, Lexicon.startsAtWord("(?:^|(?<=[.!?] ))let me"));
        assertEquals(false, Lexicon.startsAtWord("\\b(?:is|was)? not"));
        assertEquals(false, Lexicon.startsAtWord("\\b[a-z]+"));
        assertEquals(true, Lexicon.startsAtWord("\\b(?<!\\S)(?<![^.!?] )let me"), "lookbehinds after \\b are skipped");
    }

    private static boolean coveredBy(String key, Set<String> matches) {
        String[] k = key.split(":");
        int s = Integer.parseInt(k[0]);
        for (String m : matches) {
            String[] p = m.split(":");
            if (Integer.parseInt(p[0]) <= s && s < Integer.parseInt(p[1])) {
                return true;
            }
        }
        return false;
    }
}
