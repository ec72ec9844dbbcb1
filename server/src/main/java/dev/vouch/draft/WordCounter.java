package dev.vouch.draft;

/**
 * Counts words as a reader would: white-space separated tokens that contain a letter or a digit, with
 * em and en dashes also separating words ("this—that" is two). Code, URLs and math are atoms in the
 * prose and are not words; neither is punctuation standing alone.
 */
public final class WordCounter {
    private WordCounter() {}

    public static int count(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean hasWordChar = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean separator = Character.isWhitespace(c) || c == '—' || c == '–' || c == Prose.ATOM;
            if (separator) {
                if (inToken && hasWordChar) {
                    words++;
                }
                inToken = false;
                hasWordChar = false;
            } else {
                inToken = true;
                if (Character.isLetterOrDigit(c)) {
                    hasWordChar = true;
                }
            }
        }
        return words;
    }
}
