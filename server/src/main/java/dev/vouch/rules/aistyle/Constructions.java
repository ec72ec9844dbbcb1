package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Sentence;
import dev.vouch.draft.WordCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constructions that span sentences or need counting, which a phrase pattern cannot find:
 * <ul>
 *   <li>negative parallelism across two sentences: "This isn't a bug. It's a design choice." (the
 *       one-sentence forms are patterns in {@code constructions.tsv});</li>
 *   <li>reflexive triads: "clear, concise, and compelling"; and anaphoric triples: "no plan, no budget,
 *       no owner";</li>
 *   <li>question-then-answer: "The result? Chaos.", "Why does this matter? Because …".</li>
 * </ul>
 */
final class Constructions {
    /**
     * An affirmation that replaces what was denied. In the present tense anything may follow ("It's
     * avoidance."); in the past tense only a noun phrase or a reason, since "It wasn't raining. It was
     * Sunday." is narration, not rhetoric.
     */
    private static final Pattern AFFIRMED_START = Pattern.compile(
            "^(?:It|This|That|They|He|She)(?:'s|'re| is| are) (?!not\\b)\\S"
                    + "|^(?:It|This|That|They|He|She)(?: was| were) (?:a|an|the|about|just|simply|really|more|"
                    + "what|how|because|something|someone|our|your|their|his|her|its)\\b");
    /** A short sentence that denies something: "This isn't a budget.", "Coordination isn't free." */
    private static final Pattern NEGATED = Pattern.compile(
            "(?:'s not|'re not| isn't| aren't| wasn't| weren't| is not| are not| was not| were not|"
                    + " doesn't| don't| didn't| does not| do not| did not)\\b");
    private static final Pattern ITEM = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    /** Three comma-separated short items, the last joined with "and"/"or": "fast, cheap, and reliable". */
    private static final Pattern TRIAD = Pattern.compile(
            "(?<![\\p{L}'-])([\\p{L}][\\p{L}'-]*(?: [\\p{L}][\\p{L}'-]*){0,1}), "
                    + "((?:[\\p{L}][\\p{L}'-]*)(?: [\\p{L}][\\p{L}'-]*){0,1}),? (?:and|or) "
                    + "((?:[\\p{L}][\\p{L}'-]*)(?: [\\p{L}][\\p{L}'-]*){0,4})"
                    + "(?=[.,;:!?)—–]|$| (?:can|could|will|would|may|might|must|should|are|is|were|was|all|have|has|do)\\b)");
    /** Three phrases opened by the same word: "already X, already Y, already Z". */
    private static final Pattern ANAPHORA = Pattern.compile(
            "(?<![\\p{L}'-])(\\p{L}{2,})\\b[^,.;:!?]{1,60}, \\1\\b[^,.;:!?]{1,60},? (?:and |or )?\\1\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANSWER_START = Pattern.compile(
            "^(?:Because|It's|It is|The answer|Simple|Simply|Not\\b|Yes\\b|No\\b|Nothing|Everything|That's|This is|"
                    + "Turns out|It turns out|Spoiler|Short answer|In short)");
    /**
     * A full interrogative clause ("What did I learn?", "Does this matter?"): a question word followed by an
     * auxiliary, or an auxiliary first. Answered at once it is ordinary argument, not the staged fragment
     * ("The result?") even when it is as short.
     */
    private static final Pattern FULL_QUESTION = Pattern.compile(
            "^(?:(?:What|Why|How|Who|Whom|Where|When|Which|Whose)(?: \\p{L}+)? )?(?:do|does|did|is|are|was|were|"
                    + "am|can|could|will|would|should|shall|may|might|must|has|have|had)(?:n't)? \\p{L}",
            Pattern.CASE_INSENSITIVE);
    /**
     * The writer asking about their own past ("What did I learn?", "Where had we gone wrong?"): an assistant
     * has no past to question, so answered at once this is the writer's voice, not a staged reveal.
     */
    private static final Pattern OWN_PAST = Pattern.compile("\\b(?:did|had|have|was|were) (?:I|we)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SMALL = List.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "is", "are", "was", "it", "this", "that", "i", "we", "you", "they", "he", "she");

    private Constructions() {}

    static List<Tell> find(Block block) {
        List<Tell> out = new ArrayList<>();
        List<Sentence> sentences = block.sentences();
        String prose = LexiconTells.straightQuotes(block.prose().text());
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence a = sentences.get(i);
            Sentence b = sentences.get(i + 1);
            String at = prose.substring(a.start(), a.end());
            String bt = prose.substring(b.start(), b.end());
            negationPair(a, at, b, bt, out);
            questionAnswer(a, at, b, bt, out);
        }
        for (Sentence s : sentences) {
            triads(s, prose.substring(s.start(), s.end()), out);
        }
        return out;
    }

    /** "This isn't X. It's Y.": a short negated sentence answered at once by a short affirmed one. */
    private static void negationPair(Sentence a, String at, Sentence b, String bt, List<Tell> out) {
        if (!NEGATED.matcher(at).find() || !AFFIRMED_START.matcher(bt).find() || NEGATED.matcher(bt).find()
                || isDialogue(at) || isDialogue(bt)) {
            return;
        }
        int aw = WordCounter.count(at);
        int bw = WordCounter.count(bt);
        if (aw > 14 || bw > 25 || at.endsWith("?")) {
            return;
        }
        out.add(new Tell(Signal.NEGATIVE_PARALLELISM, a.start(), b.end(), 1.5, at + " " + bt,
                "a short denial answered by a short assertion (\"This isn't X. It's Y.\"): negative parallelism,"
                        + " one of the constructions assistants reach for (Wikipedia: Signs of AI writing)", ""));
    }

    /** "The result? Chaos." (a fragment question) or a short question answered in the next sentence. */
    private static void questionAnswer(Sentence a, String at, Sentence b, String bt, List<Tell> out) {
        if (!at.endsWith("?") || bt.endsWith("?") || isDialogue(at) || isDialogue(bt)) {
            return;
        }
        int aw = WordCounter.count(at);
        int bw = WordCounter.count(bt);
        if (aw == 0 || bw == 0 || OWN_PAST.matcher(at).find()) {
            return;
        }
        if (aw <= 4 && Character.isUpperCase(at.charAt(0)) && !at.contains(",") && !FULL_QUESTION.matcher(at).find()) {
            out.add(new Tell(Signal.QUESTION_ANSWER, a.start(), b.end(), 2.0, at + " " + bt,
                    "a fragment question answered at once (\"The result? Chaos.\"): a staged reveal typical of"
                            + " assistant and marketing prose", ""));
        } else if (aw <= 15 && bw <= 25 && ANSWER_START.matcher(bt).find()) {
            out.add(new Tell(Signal.QUESTION_ANSWER, a.start(), b.end(), 0.75, at + " " + bt,
                    "a question the writer answers in the next breath; weak alone, a tell when stacked", ""));
        }
    }

    private static void triads(Sentence s, String text, List<Tell> out) {
        int comma = text.indexOf(", ");
        if (comma < 0) {
            return; // neither a triad nor a triple without a comma
        }
        if (text.indexOf(" and ", comma) >= 0 || text.indexOf(" or ", comma) >= 0) {
            triadsOf(s, text, out);
        }
        if (text.indexOf(", ", comma + 2) >= 0 && hasWordThrice(text)) {
            triples(s, text, out);
        }
    }

    private static void triadsOf(Sentence s, String text, List<Tell> out) {
        Matcher m = TRIAD.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            if (before.endsWith(",")) {
                continue; // four or more items: a list, not a triad
            }
            if (isSmall(m.group(1)) || isSmall(m.group(2)) || isSmall(m.group(3))) {
                continue;
            }
            if (isNarratedList(before, m)) {
                continue; // "I bought eggs, milk, and bread": what the writer did or bought, not rhetoric
            }
            out.add(new Tell(Signal.TRIAD, s.start() + m.start(), s.start() + m.end(), 0.5, m.group(),
                    "a group of three (\"clear, concise, and compelling\"): assistants reach for threes by"
                            + " reflex; weak alone, a tell when stacked", ""));
        }
    }

    private static void triples(Sentence s, String text, List<Tell> out) {
        Matcher a = ANAPHORA.matcher(text);
        while (a.find()) {
            if (SMALL.contains(a.group(1).toLowerCase(Locale.ROOT))
                    || text.substring(0, a.start()).stripTrailing().endsWith(",")) {
                continue;
            }
            out.add(new Tell(Signal.TRIAD, s.start() + a.start(), s.start() + a.end(), 1.0, a.group(),
                    "three phrases opened by the same word (\"no plan, no budget, no owner\"): a rhetorical"
                            + " triple assistants overuse", ""));
        }
    }

    /** The writer as the subject of the sentence: "I", "we", "my wife and I". */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?:^|\\s)(?:I|[Ww]e)(?:'d|'ve|'ll)?\\s");
    /**
     * Endings of abstract nouns and evaluative adjectives ("clarity", "engagement", "reliable", "robust"
     * excepted): what an assistant's triad is made of, and what a list of groceries or errands is not.
     */
    private static final Pattern ABSTRACT = Pattern.compile(
            "(?:tion|sion|ity|ness|ment|ence|ance|ism|ship|hood|ive|ous|ful|able|ible|ical|less|ent|ant|ic|al)$");

    /**
     * A concrete list in the writer's narration: the sentence has the writer as its subject before the
     * group ("I bought eggs, milk, and bread", "Then we drove home, unpacked, and slept"), every item is
     * short (at most three words), and no item has the ending of an abstract noun or an evaluative
     * adjective. Assistants do not narrate their errands; their triads are qualities and benefits.
     */
    private static boolean isNarratedList(String before, Matcher m) {
        if (!FIRST_PERSON.matcher(" " + before + " " + m.group(1)).find()) {
            return false;
        }
        for (int g = 1; g <= 3; g++) {
            Matcher w = ITEM.matcher(m.group(g));
            int words = 0;
            while (w.find()) {
                words++;
                String word = w.group().toLowerCase(Locale.ROOT);
                if (word.length() > 4 && ABSTRACT.matcher(word).find()) {
                    return false;
                }
            }
            if (words > 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether some word of two or more letters occurs three times (what a triple needs). */
    private static boolean hasWordThrice(String text) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() >= 2 && seen.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum) >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that quotes speech: dialogue in a story is not the writer's rhetoric. */
    private static boolean isDialogue(String sentence) {
        return sentence.indexOf('"') >= 0;
    }

    /** A function word where a list item should be: "and so on, or" is not a triad of content. */
    private static boolean isSmall(String item) {
        Matcher m = ITEM.matcher(item);
        int content = 0;
        while (m.find()) {
            if (!SMALL.contains(m.group().toLowerCase(Locale.ROOT))) {
                content++;
            }
        }
        return content == 0;
    }
}
