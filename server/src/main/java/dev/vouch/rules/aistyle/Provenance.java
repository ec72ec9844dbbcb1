package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.Section;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whose prose a block is. Text in a block quote is someone else's words, and a {@code <details>} or
 * {@code <div>} section labelled as AI output is the AI's, shown as such: neither is the writer's own
 * prose, so no ai-style rule flags it (labelling is the policy rules' business). Everything else,
 * including an unlabelled {@code <details>} section, is the writer's.
 *
 * <p>A section is labelled as AI output when
 * <ul>
 *   <li>its opening tag has an attribute naming LLM or AI output: a name containing {@code llm}
 *       ({@code data-llm-output="Claude Opus 4.6"}, {@code data-llm}), or {@code data-ai-output},
 *       {@code data-ai-generated}, {@code data-model}; or a {@code class} token containing {@code llm}
 *       or equal to {@code ai-output} / {@code ai-generated}; or</li>
 *   <li>its {@code <summary>} names an AI system or model and says the content is its output: "Claude's
 *       answer", "Output from GPT-4o", "LLM-generated draft", "What ChatGPT said", "AI output". A summary
 *       that merely mentions AI ("Notes on AI safety") does not label the section.</li>
 * </ul>
 */
public final class Provenance {
    private static final String AI_NAME = "(?:AI|A\\.I\\.|LLMs?|GPT[-\\w.]*|ChatGPT|Claude(?:[- ][\\w.]+)?|Gemini|"
            + "Copilot|Llama[-\\w.]*|Mistral|Grok|DeepSeek|Bard|Bing(?: Chat)?|Sydney|o[134](?:-\\w+)?|"
            + "(?:large )?language model|(?:AI )?assistant|chatbot|the model)";
    private static final String OUTPUT_WORD = "(?:output|outputs|generated|written|wrote|writes|response|responses|"
            + "repl(?:y|ies|ied)|answers?|answered|drafts?|drafted|text|says|said|transcript|conversation|chat|"
            + "summary|summar(?:ised|ized)|version|rewrite|rewrote|suggestions?|suggested|completion|produced)";
    private static final Pattern AI_LABEL = Pattern.compile(
            "\\b" + AI_NAME + "(?:'s|’s)?[- ](?:\\w+[- ]){0,3}?" + OUTPUT_WORD + "\\b"
                    + "|\\b" + OUTPUT_WORD + "\\b(?:[- ]\\w+){0,3}?[- ](?:by|from|of|with)\\s+(?:\\w+\\s+){0,2}?" + AI_NAME + "\\b"
                    + "|\\b" + AI_NAME + "(?:'s|’s)\\s"
                    + "|^\\s*" + AI_NAME + "\\s*[:(]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LLM_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:[\\w-]*llm[\\w-]*|ai-output|ai-generated)(?:\\s|$)");

    private Provenance() {}

    /** Whether the block is the writer's own prose: not quoted, not in a section labelled as AI output. */
    public static boolean isWritersOwn(Block block) {
        for (Container c : block.containers()) {
            if (c.kind() == Container.Kind.BLOCK_QUOTE) {
                return false;
            }
            if (c.kind() == Container.Kind.SECTION && isLabelledAiOutput(c.section())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the block sits inside a block quote. */
    public static boolean isQuoted(Block block) {
        return block.isIn(Container.Kind.BLOCK_QUOTE);
    }

    /** The innermost section around the block that is labelled as AI output, or null. */
    public static Section labelledAiSection(Block block) {
        for (int i = block.containers().size() - 1; i >= 0; i--) {
            Container c = block.containers().get(i);
            if (c.kind() == Container.Kind.SECTION && isLabelledAiOutput(c.section())) {
                return c.section();
            }
        }
        return null;
    }

    /** Whether a {@code <details>}/{@code <div>} section says its content is AI output (see the class doc). */
    public static boolean isLabelledAiOutput(Section section) {
        if (section == null) {
            return false;
        }
        for (Map.Entry<String, String> a : section.attributes().entrySet()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (name.contains("llm") || name.equals("data-ai-output") || name.equals("data-ai-generated")
                    || name.equals("data-model")) {
                return true;
            }
            if (name.equals("class") && LLM_CLASS.matcher(a.getValue()).find()) {
                return true;
            }
        }
        return section.summary() != null && labelsAiOutput(section.summary());
    }

    /** Whether a label ("Claude's answer", "Output from GPT-4o") says that what follows is AI output. */
    public static boolean labelsAiOutput(String label) {
        return label != null && AI_LABEL.matcher(label).find();
    }
}
