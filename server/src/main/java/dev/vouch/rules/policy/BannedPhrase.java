package dev.vouch.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.banned-phrase",
        severity = Severity.WARNING,
        summary = "Phrase the venue or project has banned, with the reason it gives",
        explanation = """
                A venue or project can ban phrases, each with its reason: `"policy.banned-phrase":
                {"phrases": [{"pattern": "as an AI language model", "reason": "chat residue"},
                {"pattern": "game[- ]changer", "regex": true, "reason": "hype"}]}`; a plain string is a
                phrase with no stated reason. A phrase matches case-insensitively on word boundaries, with
                any run of white space for a space; `"regex": true` makes the pattern a regular expression
                in RE2 syntax, matched in linear time, so no pattern can hang the checker (backreferences
                and look-around are not available). `"caseSensitive": true` turns case-folding off. Only
                prose is searched, never code, URLs or markup. A bad pattern is a configuration error with
                its file, line and column. With no phrases (the default) the rule does nothing.""",
        flagged = {"As an AI language model, I cannot say. (with that phrase banned)"},
        passes = {"`as an AI language model` (in code)", "Anything, when no phrases are banned"})
public final class BannedPhrase implements BlockRule {
    static final OptionSpec<JsonNode> PHRASES = OptionSpec.json("phrases",
            "Banned phrases: strings, or objects {pattern, reason, regex, caseSensitive}.")
            .validatedBy(BannedPhrase::problem);

    /** A compiled entry. */
    record Banned(String pattern, String reason, Pattern compiled, boolean regex) {}

    private static final Map<JsonNode, List<Banned>> COMPILED = new ConcurrentHashMap<>();

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(PHRASES);
    }

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        JsonNode phrases = context.option(PHRASES);
        if (phrases == null || !phrases.isArray() || phrases.isEmpty()) {
            return;
        }
        List<Banned> banned = COMPILED.computeIfAbsent(phrases, BannedPhrase::compile);
        Prose prose = block.prose();
        String text = prose.text();
        for (Banned b : banned) {
            Matcher m = b.compiled().matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                int s = m.start();
                int e = m.end();
                from = e > s ? e : s + 1;
                if (e == s || (!b.regex() && !onWordBoundaries(text, s, e))
                        || text.substring(s, e).indexOf(Prose.ATOM) >= 0) {
                    if (e > s && !b.regex()) {
                        from = s + 1;
                    }
                    continue;
                }
                String found = text.substring(s, e);
                out.report(prose.toSource(s, e), "\"" + found + "\" is banned here"
                                + (b.reason().isEmpty() ? "." : ": " + b.reason() + "."))
                        .evidence("policy.banned-phrase lists " + (b.regex() ? "the pattern /" + b.pattern() + "/"
                                : "\"" + b.pattern() + "\"") + (b.reason().isEmpty() ? "" : " (" + b.reason() + ")"))
                        .add();
            }
        }
    }

    private static boolean onWordBoundaries(String text, int s, int e) {
        boolean startsWord = Character.isLetterOrDigit(text.charAt(s));
        boolean endsWord = Character.isLetterOrDigit(text.charAt(e - 1));
        return !(startsWord && s > 0 && isWord(text.charAt(s - 1)))
                && !(endsWord && e < text.length() && isWord(text.charAt(e)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static List<Banned> compile(JsonNode phrases) {
        List<Banned> out = new ArrayList<>();
        for (JsonNode p : phrases) {
            String pattern = p.isTextual() ? p.asText() : p.path("pattern").asText();
            String reason = p.isTextual() ? "" : p.path("reason").asText("");
            boolean regex = p.path("regex").asBoolean(false);
            boolean caseSensitive = p.path("caseSensitive").asBoolean(false);
            int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE;
            out.add(new Banned(pattern, reason, Pattern.compile(regex ? pattern : literal(pattern), flags), regex));
        }
        return List.copyOf(out);
    }

    /** A literal phrase as an RE2 pattern: each word quoted, white space as any run of white space. */
    static String literal(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (b.length() > 0) {
                b.append("\\s+");
            }
            b.append(Pattern.quote(word.replace('’', '\'')).replace("'", "['’]"));
        }
        return b.toString();
    }

    /** Why the option's value is unusable, or null. */
    static String problem(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            return "must be a list of phrases (strings or {pattern, reason, regex} objects)";
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode p = v.get(i);
            String pattern;
            boolean regex = false;
            if (p.isTextual()) {
                pattern = p.asText();
            } else if (p.isObject()) {
                if (!p.path("pattern").isTextual()) {
                    return "entry " + (i + 1) + " has no \"pattern\" string";
                }
                for (String key : new String[] {"reason"}) {
                    if (p.has(key) && !p.get(key).isTextual()) {
                        return "entry " + (i + 1) + ": \"" + key + "\" must be a string";
                    }
                }
                for (String key : new String[] {"regex", "caseSensitive"}) {
                    if (p.has(key) && !p.get(key).isBoolean()) {
                        return "entry " + (i + 1) + ": \"" + key + "\" must be true or false";
                    }
                }
                var it = p.fieldNames();
                while (it.hasNext()) {
                    String k = it.next();
                    if (!List.of("pattern", "reason", "regex", "caseSensitive").contains(k)) {
                        return "entry " + (i + 1) + " has an unknown key \"" + k + "\" (pattern, reason, regex, caseSensitive)";
                    }
                }
                pattern = p.get("pattern").asText();
                regex = p.path("regex").asBoolean(false);
            } else {
                return "entry " + (i + 1) + " must be a string or an object";
            }
            if (pattern.isBlank()) {
                return "entry " + (i + 1) + " has an empty pattern";
            }
            if (regex) {
                try {
                    Pattern compiled = Pattern.compile(pattern);
                    if (compiled.matcher("").find()) {
                        return "entry " + (i + 1) + ": /" + pattern + "/ matches the empty string";
                    }
                } catch (PatternSyntaxException e) {
                    return "entry " + (i + 1) + ": /" + pattern + "/ is not a valid RE2 regular expression ("
                            + e.getDescription() + ")";
                }
            }
        }
        return null;
    }
}
