package dev.vouch.rules.claims;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Whether a word is an ordinary English word, from the en-US spelling dictionary that LanguageTool already
 * ships (a morfologik automaton holding each word form with its case: "sparse", "buses", but "France",
 * "Houston"). Used for one question: is a capitalised word that opens a sentence a name? Capitals there
 * mean nothing, so the word is taken as a name when its lower-case form is not an English word
 * ("France", "Neuronpedia", "Metaculus") and as an ordinary word otherwise ("Sparse", "Buses", and, to be
 * safe, "China" and "Turkey").
 *
 * <p>Loaded once, on first use (about 0.1 s); answers are memoised. When the dictionary cannot be read, every
 * word is taken as ordinary, which is the conservative answer: no name, no claim.
 */
final class EnglishWords {
    private static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";
    private static final int MEMO_SIZE = 50_000;
    private static final Map<String, Boolean> MEMO = new ConcurrentHashMap<>();

    private EnglishWords() {}

    /** The speller, or null when the dictionary is missing (loaded by the holder idiom, once). */
    private static final class Holder {
        static final Speller SPELLER = load();

        private static Speller load() {
            try {
                URL url = EnglishWords.class.getResource(DICTIONARY);
                return url == null ? null : new Speller(Dictionary.read(url));
            } catch (Exception | LinkageError e) {
                return null;
            }
        }
    }

    /** Whether {@code word}, lower-cased, is an English word (true when nothing can be looked up). */
    static boolean ordinary(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Boolean known = MEMO.get(lower);
        if (known != null) {
            return known;
        }
        Speller speller = Holder.SPELLER;
        boolean result;
        if (speller == null) {
            result = true;
        } else {
            synchronized (speller) { // a Speller keeps working buffers: one caller at a time
                result = speller.isInDictionary(lower);
            }
        }
        if (MEMO.size() < MEMO_SIZE) {
            MEMO.put(lower, result);
        }
        return result;
    }
}
