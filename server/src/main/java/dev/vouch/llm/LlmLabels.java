package dev.vouch.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown convention for labelled LLM output (docs/policies.md, "The LLM content block in Markdown"),
 * as text in and verdict out: which element attributes, comments, fence lines and {@code <summary>} texts
 * say "this passage is LLM output", and which model they name. The one definition: the draft model applies
 * it to a parsed draft ({@code dev.vouch.draft.LlmBlock}), and the ai-style and policy rules read the blocks
 * it finds, so they never disagree on whose prose a passage is.
 *
 * <ul>
 *   <li>{@code <div>} or {@code <details>} whose opening tag has an attribute naming LLM output
 *       ({@code data-llm-output="Claude Opus 4.6"}, any attribute with {@code llm} in its name,
 *       {@code data-model}, {@code data-ai-output}, {@code data-ai-generated}) or a class
 *       {@code llm-output}, {@code llm-content}, {@code llm-generated}, {@code llm}, {@code ai-output} or
 *       {@code ai-generated};</li>
 *   <li>{@code <details>} whose summary says the content is AI output ({@link #labelsAiOutput});</li>
 *   <li>a Pandoc fenced div {@code ::: {.llm-output model="…"}} (also {@code ::: llm-output MODEL});</li>
 *   <li>a pair of comments {@code <!-- llm-output: MODEL -->} … {@code <!-- /llm-output -->} (also
 *       {@code llm-content}, {@code llm}, {@code begin}/{@code end}).</li>
 * </ul>
 */
public final class LlmLabels {
    private LlmLabels() {}

    /**
     * What an element's attributes say.
     *
     * @param llm   they mark the element as LLM output
     * @param model the model they name, as written (null when none; it may be a stand-in like "MODEL")
     * @param named whether {@code data-llm-output} itself is present (the convention's own attribute)
     */
    public record Attributes(boolean llm, String model, boolean named) {}

    /** Whether a {@code <div>}'s or {@code <details>}'s attributes mark it as LLM output (names lower-cased). */
    public static Attributes ofAttributes(Map<String, String> attributes) {
        boolean llm = false;
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (name.contains("llm") || name.equals("data-ai-output") || name.equals("data-ai-generated")
                    || name.equals("data-model")) {
                llm = true;
            } else if (name.equals("class") && LLM_CLASS.matcher(a.getValue()).find()) {
                llm = true;
            }
        }
        String model = attributes.get("data-llm-output");
        if (model == null) {
            model = attributes.get("data-model");
        }
        if (model == null) {
            model = attributes.get("data-llm");
        }
        return new Attributes(llm, model, attributes.containsKey("data-llm-output"));
    }

    private static final Pattern LLM_CLASS = Pattern.compile(
            "(?i)(?:^|\\s)(?:llm|llm-output|llm-content|llm-generated|ai-output|ai-generated)(?:\\s|$)");

    private static final String AI_NAME = "(?:AI|A\\.I\\.|LLMs?|GPT[-\\w.]*|ChatGPT|Claude(?:[- ][\\w.]+)?|Gemini|"
            + "Copilot|Llama[-\\w.]*|Mistral|Grok|DeepSeek|Bard|Bing(?: Chat)?|Sydney|o[134](?:-\\w+)?|"
            + "(?:large )?language model|(?:AI )?assistant|chatbot|the model)";
    private static final String LABEL_WORD = "(?:output|outputs|generated|written|wrote|writes|response|responses|"
            + "repl(?:y|ies|ied)|answers?|answered|drafts?|drafted|text|says|said|transcript|conversation|chat|"
            + "summary|summar(?:ised|ized)|version|rewrite|rewrote|suggestions?|suggested|completion|produced)";
    /** A name of AI or a model and, next to it, a word saying output ("Claude's answer", "Output from GPT-4o"). */
    private static final Pattern AI_LABEL = Pattern.compile(
            "\\b" + AI_NAME + "(?:'s|’s)?[- ](?:\\w+[- ]){0,3}?" + LABEL_WORD + "\\b"
                    + "|\\b" + LABEL_WORD + "\\b(?:[- ]\\w+){0,3}?[- ](?:by|from|of|with)\\s+(?:\\w+\\s+){0,2}?" + AI_NAME + "\\b"
                    + "|\\b" + AI_NAME + "(?:'s|’s)\\s"
                    + "|^\\s*" + AI_NAME + "\\s*[:(]",
            Pattern.CASE_INSENSITIVE);
    private static final String OUTPUT_WORDS = "(?:output|outputs|generated|written|wrote|writes|response|responses|"
            + "reply|replies|answer|answers|answered|says|said|transcript|conversation|chat|dialogue|draft|drafts|"
            + "summary|explanation|take|version|rewrite|suggestions?)";
    /** Right after a model's name (from models.tsv): "'s answer", "-generated", " output", " 4.6 wrote". */
    private static final Pattern OUTPUT_AFTER = Pattern.compile("(?i)^(?:['’]s\\b|[- ]?(?:[\\w.]+[- ]){0,2}?"
            + OUTPUT_WORDS + "\\b)");
    /** Right before a model's name: "Output from", "Conversation with", "Written by the". */
    private static final Pattern OUTPUT_BEFORE = Pattern.compile("(?i)\\b" + OUTPUT_WORDS
            + "(?:\\s+\\w+){0,2}?\\s+(?:by|from|of|with)\\s+(?:\\w+\\s+)?$");

    /**
     * Whether a label (a {@code <summary>}) says that what follows is AI output: it names AI or a model and,
     * next to the name, says output ("AI output", "LLM-generated draft", "Claude Opus 4.6's summary",
     * "Conversation with GPT-5", "Written by Gemini"), or it is the name of a model or family alone
     * ("Claude Opus 4.6", "GPT-5: the full answer"). A label that only mentions AI ("Notes from the AI
     * safety workshop", "Notes on AI safety") does not.
     */
    public static boolean labelsAiOutput(String label) {
        if (label == null) {
            return false;
        }
        if (AI_LABEL.matcher(label).find()) {
            return true;
        }
        String trimmed = label.strip();
        for (Models.Mention m : Models.find(trimmed)) {
            String after = trimmed.substring(m.end());
            if (m.start() == 0 && m.kind() != Models.Kind.GENERIC && after.matches("\\s*(?:[:(].*)?[.!]?")) {
                return true;
            }
            if (OUTPUT_AFTER.matcher(after).find() || OUTPUT_BEFORE.matcher(trimmed.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The model a labelling summary names: the summary itself when it names a model or a family, else null. */
    public static String modelInLabel(String label) {
        return label != null && Models.namesModelOrFamily(label) ? label : null;
    }

    /**
     * A comment that opens or closes an LLM block.
     *
     * @param opens whether it opens one ({@code <!-- llm-output: MODEL -->}); false: it closes one
     * @param model the model an opening comment names, stripped ("" when none)
     */
    public record Comment(boolean opens, String model) {}

    private static final Pattern OPEN_COMMENT = Pattern.compile(
            "(?is)^(?:begin\\s+)?(llm-output|llm-content|llm)\\b\\s*(?:[:=]\\s*|model\\s*=\\s*)?[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern CLOSE_COMMENT = Pattern.compile("(?i)^(?:/|end\\s+)(llm-output|llm-content|llm)\\s*$");

    /** What a comment's body (the text between {@code <!--} and {@code -->}, trimmed) says; null: nothing. */
    public static Comment ofComment(String body) {
        if (CLOSE_COMMENT.matcher(body).matches()) {
            return new Comment(false, null);
        }
        Matcher m = OPEN_COMMENT.matcher(body);
        return m.matches() ? new Comment(true, m.group(2).strip()) : null;
    }

    /**
     * A Pandoc fenced-div line.
     *
     * @param closes whether it is a closing fence ({@code :::} alone)
     * @param llm    for an opening fence: whether it marks LLM output
     * @param model  for an opening fence: the model it names, or null
     */
    public record Fence(boolean closes, boolean llm, String model) {}

    private static final Pattern FENCE_OPEN = Pattern.compile(
            "^ {0,3}(:{3,})\\s*(?:\\{([^}]*)\\}|([A-Za-z][-\\w]*)(.*?))\\s*$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^ {0,3}(:{3,})\\s*$");
    private static final Pattern CLASS = Pattern.compile("(?:^|\\s)\\.(llm-output|llm-content|llm)(?=\\s|$)");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "\\b(model|data-llm-output)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final List<String> FENCE_NAMES = List.of("llm-output", "llm-content", "llm");

    /** What a line (comments removed, trailing space stripped) is as a fenced div; null: not a fence line. */
    public static Fence ofFence(String line) {
        if (!line.stripLeading().startsWith(":::")) {
            return null;
        }
        if (FENCE_CLOSE.matcher(line).matches()) {
            return new Fence(true, false, null);
        }
        Matcher m = FENCE_OPEN.matcher(line);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) != null) {
            String attrs = m.group(2);
            Matcher kv = KEY_VALUE.matcher(attrs);
            return new Fence(false, CLASS.matcher(" " + attrs).find(), kv.find() ? value(kv) : null);
        }
        boolean llm = FENCE_NAMES.contains(m.group(3).toLowerCase(Locale.ROOT));
        String rest = m.group(4).strip();
        Matcher kv = KEY_VALUE.matcher(rest);
        return new Fence(false, llm, kv.find() ? value(kv) : rest.isEmpty() ? null : rest);
    }

    private static String value(Matcher kv) {
        return kv.group(2) != null ? kv.group(2) : kv.group(3) != null ? kv.group(3) : kv.group(4);
    }
}
