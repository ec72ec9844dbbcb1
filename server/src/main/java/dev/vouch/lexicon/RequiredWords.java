package dev.vouch.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of which every match of a regular expression must contain one, found by reading the pattern
 * (letters, and apostrophes inside words, which the caller compares with ’ read as '):
 * {@code \bthe user(?:'s)? (?:is|was) asking} needs "user"; {@code , (?:highlighting|underscoring) …}
 * needs "highlighting" or "underscoring". {@link Lexicon} tests a text for them (in lower case) before
 * running the pattern, which skips most texts at the cost of a substring search. Conservative by
 * construction: what it cannot read (lookarounds, classes, optional parts, backreferences) it treats as
 * requiring nothing, and it answers null when it finds no word of three or more letters that is certain.
 */
final class RequiredWords {
    private final String p;
    private int i;

    private RequiredWords(String pattern) {
        this.p = pattern;
    }

    /** Lower-case words, one of which every match contains; null when no such set is certain. */
    static List<String> of(String regex) {
        try {
            RequiredWords r = new RequiredWords(regex);
            List<String> out = r.alternation();
            return r.i == r.p.length() ? out : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** alternatives separated by |: each must offer words, and any of them will do. */
    private List<String> alternation() {
        List<String> all = new ArrayList<>();
        boolean ok = true;
        while (true) {
            List<String> seq = sequence();
            if (seq == null) {
                ok = false;
            } else {
                all.addAll(seq);
            }
            if (i < p.length() && p.charAt(i) == '|') {
                i++;
                continue;
            }
            break;
        }
        return ok && !all.isEmpty() ? all : null;
    }

    private static final int NONE = 0;
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;

    /** A sequence: its best requirement is its longest mandatory literal run, or its most selective group. */
    private List<String> sequence() {
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            char c = p.charAt(i);
            if (c == '\\') {
                best = better(best, run);
                run.setLength(0);
                i += 2;
                if ((p.charAt(i - 1) == 'p' || p.charAt(i - 1) == 'P') && i < p.length() && p.charAt(i) == '{') {
                    i = p.indexOf('}', i) + 1;
                    if (i == 0) {
                        throw new IllegalArgumentException("unclosed \\p{");
                    }
                }
                quantifier();
            } else if (c == '[') {
                best = better(best, run);
                run.setLength(0);
                skipClass();
                quantifier();
            } else if (c == '(') {
                best = better(best, run);
                run.setLength(0);
                List<String> group = group();
                if (quantifier() != OPTIONAL) {
                    best = better(best, group);
                }
            } else if (Character.isLetter(c) || (c == '\'' && run.length() > 0)) {
                i++;
                int q = quantifier();
                if (q == OPTIONAL) {
                    best = better(best, run);
                    run.setLength(0);
                } else {
                    run.append(Character.toLowerCase(c));
                    if (q == REPEATED) {
                        best = better(best, run);
                        run.setLength(0);
                    }
                }
            } else {
                best = better(best, run);
                run.setLength(0);
                i++;
                quantifier();
            }
        }
        return better(best, run);
    }

    /** A group from its opening parenthesis: lookarounds and flag groups require nothing. */
    private List<String> group() {
        i++; // (
        boolean lookaround = false;
        if (i < p.length() && p.charAt(i) == '?') {
            i++;
            char k = i < p.length() ? p.charAt(i) : ')';
            if (k == '=' || k == '!') {
                lookaround = true;
                i++;
            } else if (k == '<' && i + 1 < p.length() && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '!')) {
                lookaround = true;
                i += 2;
            } else if (k == '<') {
                i = p.indexOf('>', i) + 1; // named group
            } else if (k == '>') {
                i++; // atomic group
            } else {
                while (i < p.length() && (Character.isLetter(p.charAt(i)) || p.charAt(i) == '-')) {
                    i++; // flags
                }
                if (i < p.length() && p.charAt(i) == ')') {
                    i++;
                    return null; // (?i)
                }
                if (i < p.length() && p.charAt(i) == ':') {
                    i++;
                }
            }
        }
        List<String> inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new IllegalArgumentException("unbalanced");
        }
        i++;
        return lookaround ? null : inner;
    }

    private void skipClass() {
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
    }

    /** Reads the quantifier at the cursor, if any: NONE, OPTIONAL (?, *, {0,…}) or REPEATED (+, {n,…}). */
    private int quantifier() {
        if (i >= p.length()) {
            return NONE;
        }
        char c = p.charAt(i);
        int kind;
        if (c == '?' || c == '*') {
            kind = OPTIONAL;
            i++;
        } else if (c == '+') {
            kind = REPEATED;
            i++;
        } else if (c == '{') {
            kind = i + 1 < p.length() && p.charAt(i + 1) == '0' ? OPTIONAL : REPEATED;
            i = p.indexOf('}', i) + 1;
            if (i == 0) {
                throw new IllegalArgumentException("unclosed {");
            }
        } else {
            return NONE;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return kind;
    }

    /** The more selective of two requirements: one long word beats a set of short ones. */
    private static List<String> better(List<String> best, StringBuilder run) {
        if (run.length() < 3) {
            return best;
        }
        return better(best, List.of(run.toString()));
    }

    private static List<String> better(List<String> best, List<String> candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.stream().anyMatch(w -> w.length() < 3)) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        return score(candidate) > score(best) ? candidate : best;
    }

    /** Shorter lists of longer words skip more texts. */
    private static double score(List<String> words) {
        int shortest = Integer.MAX_VALUE;
        for (String w : words) {
            shortest = Math.min(shortest, w.length());
        }
        return shortest - 2.0 * Math.log(words.size());
    }

    @Override
    public String toString() {
        return p.toLowerCase(Locale.ROOT);
    }
}
