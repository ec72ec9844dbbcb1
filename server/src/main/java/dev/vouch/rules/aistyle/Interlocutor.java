package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Sentence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assistant's visible reasoning restates its user's message before it answers, sentence by sentence,
 * in the third person and the present tense: "They want to end with a proposal. They're thinking this
 * might be part one. They also mentioned a title." One such sentence is ordinary prose (people report
 * what others want all the time); two or more in one paragraph, each opening with the person as subject
 * and a verb of asking, wanting or feeling in the present ("is asking", "wants", "also mentioned", "is
 * impressed"), read like the assistant summing up what it was just told. The lexicon entries for single
 * sentences ("They're asking", "The user wants me to") count besides; this is the evidence of the run.
 *
 * <p>The person is "they" (an assistant that does not know its user calls them "they") or "the user",
 * "the person": "he" and "she" are the characters of stories, and a story told in the present tense is
 * full of what they want and say. What counts is a report of a message addressed to the writer: one of
 * the sentences names the person as "the user", or has the writer in it ("They're asking about my
 * experience"); what a group wants of somebody else ("They want lower taxes. They're asking for a vote.")
 * does not count. Nor do the verbs of narration and reportage ("She says …. He thinks …. It feels …"),
 * past-tense reports ("He said …. He added …"), "need" ("They need jobs. They need schools." is a
 * speech's anaphora, not a summary of a message), or a dialogue tag ("She says, \"Go home.\"").
 *
 * <p>A restatement may run on into the next paragraph: "The user is sharing their draft." then, as a new
 * paragraph, "They want to end with …". A paragraph that opens with such a sentence right after a
 * paragraph that restates what "the user" (or "the person") says continues that restatement, and its run
 * counts the sentences of both (see {@link #continuations}).
 */
final class Interlocutor {
    /** Report sentences in one paragraph that make a restatement. */
    static final int MIN_SENTENCES = 2;

    private static final String ADVERB = "(?:(?:also|now|clearly|really|actually|still|just|obviously|seem to be|seems to be) )?";
    private static final String PRONOUN = "They";
    private static final String EXPLICIT = "(?:The user|The person|The human)";
    private static final String PREDICATE = "(?:(?:'re|'s| are| is) " + ADVERB + "(?:asking|sharing|suggesting|proposing|"
            + "pointing out|describing|clarifying|offering|raising|telling|giving|expressing|wondering|curious|requesting|"
            + "inviting|thinking|reflecting|noting|acknowledging|admitting|mentioning|hoping|looking for|planning|"
            + "excited|impressed|worried|concerned|feeling|interested|happy|pleased|frustrated|anxious|nervous)\\b"
            + "| " + ADVERB + "(?:asks|asked me|mentions|mentioned|notes|points out|suggests|wants|want|"
            + "would like|hopes)\\b)";
    private static final String OPENER = "^(?:(?:And|So|But|Now|Alright|Okay|OK|Also),? )?";
    private static final Pattern REPORT = Pattern.compile(OPENER + "(?:" + PRONOUN + "|" + EXPLICIT + ")" + PREDICATE);
    private static final Pattern PRONOUN_REPORT = Pattern.compile(OPENER + PRONOUN + PREDICATE);
    private static final Pattern EXPLICIT_REPORT = Pattern.compile(OPENER + EXPLICIT + PREDICATE);
    /** The writer as the one addressed: "asking about my experience", "want me to", "my view". */
    private static final Pattern WRITER = Pattern.compile("(?i)\\b(?:me|my|myself)\\b");
    /** "She says, \"Go home.\"": a dialogue tag in a story, not a report of a message. */
    private static final Pattern SPEECH_TAG = Pattern.compile("[,:]?\\s*[\"']");

    private Interlocutor() {}

    /**
     * What the neighbour rule needs to know of a paragraph, found once per block content: how many
     * sentences report what someone says or wants, whether they are addressed to the writer, whether one
     * names "the user", and whether the first sentence reports what "they" want.
     */
    record Facts(int reports, boolean addressed, boolean namesTheUser, boolean opensWithThey) {}

    private static final int MAX_BLOCKS = 20_000;
    private static final Map<String, Facts> FACTS = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Facts> e) {
            return size() > MAX_BLOCKS;
        }
    };

    static Facts facts(Block block) {
        String key = block.contentKey();
        synchronized (FACTS) {
            Facts hit = FACTS.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<Sentence> reports = reports(block, REPORT);
        boolean opens = !block.sentences().isEmpty() && matches(block.sentences().get(0), PRONOUN_REPORT);
        boolean names = false;
        for (Sentence s : reports) {
            names |= matches(s, EXPLICIT_REPORT);
        }
        Facts f = new Facts(reports.size(), addressed(reports), names, opens);
        synchronized (FACTS) {
            FACTS.put(key, f);
        }
        return f;
    }

    static List<Tell> find(Block block) {
        List<Sentence> reports = reports(block, REPORT);
        if (reports.size() < MIN_SENTENCES || !addressed(reports)) {
            return List.of();
        }
        Sentence first = reports.get(0);
        Sentence last = reports.get(reports.size() - 1);
        return List.of(new Tell(Signal.REASONING_TRACE, first.start(), last.end(), weight(reports.size()),
                block.prose().text().substring(first.start(), last.end()),
                reports.size() + " sentences of one paragraph report, in the third person and the present tense,"
                        + " what the person being answered says, wants or feels (\"They want …. They're asking …\"):"
                        + " how an assistant's reasoning restates its user's message", ""));
    }

    /** The points of a restatement of {@code n} sentences. */
    static double weight(int n) {
        return n >= 3 ? 2.0 : n >= MIN_SENTENCES ? 1.5 : 0.0;
    }

    /**
     * Evidence that depends on neighbours: for each paragraph that opens by reporting what "they" say or want
     * right after a paragraph that reports what "the user" says, a tell for the points the longer run adds
     * to what the paragraph's own sentences give.
     */
    static Map<Block, List<Tell>> continuations(List<Block> paragraphs) {
        Map<Block, List<Tell>> out = new IdentityHashMap<>();
        for (int i = 1; i < paragraphs.size(); i++) {
            Block a = paragraphs.get(i - 1);
            Block b = paragraphs.get(i);
            if (b.index() != a.index() + 1 || a.containers().size() != b.containers().size()) {
                continue;
            }
            Facts fb = facts(b);
            if (!fb.opensWithThey()) {
                continue;
            }
            Facts fa = facts(a);
            if (!fa.namesTheUser()) {
                continue;
            }
            double extra = weight(fb.reports() + fa.reports())
                    - (fb.addressed() ? weight(fb.reports()) : 0.0);
            if (extra <= 0) {
                continue;
            }
            Sentence first = b.sentences().get(0);
            out.computeIfAbsent(b, k -> new ArrayList<>()).add(new Tell(Signal.REASONING_TRACE, first.start(),
                    first.end(), extra, first.text(),
                    "opens by reporting what \"they\" say or want right after a paragraph that reports what \"the"
                            + " user\" says: the assistant's restatement of its user's message, run on", ""));
        }
        return out;
    }

    /**
     * Whether the reports are of a message addressed to the writer: one names the person as "the user" (or
     * "the person"), or the writer is the one addressed in one of them ("asking about my experience", "asked
     * me to help"). "They want a pause. They're asking labs to sign." reports what a group wants of others,
     * "They want us to file by Friday" what it wants of a team, and a story told in the present what its
     * characters want of each other.
     */
    private static boolean addressed(List<Sentence> reports) {
        for (Sentence s : reports) {
            if (WRITER.matcher(s.text()).find() || matches(s, EXPLICIT_REPORT)) {
                return true;
            }
        }
        return false;
    }

    private static List<Sentence> reports(Block block, Pattern report) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : block.sentences()) {
            if (matches(s, report)) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean matches(Sentence s, Pattern report) {
        String text = LexiconTells.straightQuotes(s.text());
        Matcher m = report.matcher(text);
        return m.find() && !SPEECH_TAG.matcher(text).region(m.end(), text.length()).lookingAt();
    }
}
