package dev.vouch.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@code ignore} glob of {@code .vouch.json}, with the syntax of Java's {@code glob:} path matchers
 * ({@code *} within a folder name, {@code **} across folders, {@code ?}, {@code [a-z]}, {@code [!a]},
 * {@code {a,b}}, {@code \} to escape), matched in linear time with RE2/J. The JDK's matcher translates a
 * glob into a backtracking regular expression, so a writer's {@code **a*a*a*a*a*b} took seconds per file
 * name and hung a folder run: a glob is the writer's input and must not be able to stall the checker.
 */
public final class Glob {
    private static final Map<String, Glob> CACHE = new ConcurrentHashMap<>();

    private final String glob;
    private final Pattern pattern;

    private Glob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
    }

    /** The compiled glob; throws {@link IllegalArgumentException} with the reason when it is malformed. */
    public static Glob of(String glob) {
        Glob g = CACHE.get(glob);
        if (g == null) {
            g = new Glob(glob, compile(glob));
            if (CACHE.size() < 10_000) {
                CACHE.put(glob, g);
            }
        }
        return g;
    }

    /** Why {@code glob} is malformed, or null when it is fine. */
    public static String problem(String glob) {
        try {
            of(glob);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether the glob matches the whole of {@code path} ('/'-separated, relative). */
    public boolean matches(String path) {
        return pattern.matches(path);
    }

    @Override
    public String toString() {
        return glob;
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        boolean inGroup = false;
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == n) {
                        throw new IllegalArgumentException("the glob \"" + glob + "\" ends with an escape (\\)");
                    }
                    literal(re, glob.charAt(i++));
                }
                case '/' -> re.append('/');
                case '*' -> {
                    if (i < n && glob.charAt(i) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> i = charClass(glob, i, re);
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("the glob \"" + glob + "\" nests {…} groups");
                    }
                    re.append("(?:");
                    inGroup = true;
                }
                case '}' -> {
                    if (inGroup) {
                        re.append(')');
                        inGroup = false;
                    } else {
                        literal(re, c);
                    }
                }
                case ',' -> {
                    if (inGroup) {
                        re.append('|');
                    } else {
                        literal(re, c);
                    }
                }
                default -> literal(re, c);
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("the glob \"" + glob + "\" has a { with no }");
        }
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the glob \"" + glob + "\" is malformed (" + e.getDescription() + ")");
        }
    }

    /** A {@code [...]} class starting after the '['; returns the index after its ']'. Never matches '/'. */
    private static int charClass(String glob, int i, StringBuilder re) {
        int n = glob.length();
        StringBuilder cls = new StringBuilder("[");
        if (i < n && glob.charAt(i) == '!') {
            cls.append("^/");
            i++;
        }
        boolean any = false;
        while (i < n && (glob.charAt(i) != ']' || !any)) {
            char lo = glob.charAt(i++);
            if (lo == '\\' && i < n) {
                lo = glob.charAt(i++);
            }
            char hi = lo;
            if (i + 1 < n && glob.charAt(i) == '-' && glob.charAt(i + 1) != ']') {
                hi = glob.charAt(i + 1);
                i += 2;
                if (hi < lo) {
                    throw new IllegalArgumentException("the glob \"" + glob + "\" has a backward range " + lo + "-" + hi);
                }
            }
            if (lo <= '/' && '/' <= hi) {
                if (lo == hi) {
                    throw new IllegalArgumentException("the glob \"" + glob + "\" has a / inside [...]");
                }
                // a range across '/' (such as +-0): the parts on either side of it
                if (lo < '/') {
                    range(cls, lo, '.');
                }
                if (hi > '/') {
                    range(cls, '0', hi);
                }
            } else {
                range(cls, lo, hi);
            }
            any = true;
        }
        if (i >= n) {
            throw new IllegalArgumentException("the glob \"" + glob + "\" has a [ with no ]");
        }
        re.append(cls).append(']');
        return i + 1;
    }

    private static void range(StringBuilder cls, char lo, char hi) {
        classLiteral(cls, lo);
        if (hi != lo) {
            cls.append('-');
            classLiteral(cls, hi);
        }
    }

    private static void literal(StringBuilder re, char c) {
        if ("\\.[]{}()*+-?^$|".indexOf(c) >= 0) {
            re.append('\\');
        }
        re.append(c);
    }

    private static void classLiteral(StringBuilder cls, char c) {
        if ("\\[]^-".indexOf(c) >= 0) {
            cls.append('\\');
        }
        cls.append(c);
    }
}
