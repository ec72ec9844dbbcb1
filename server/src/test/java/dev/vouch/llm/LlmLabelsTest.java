package dev.vouch.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The convention's markers, one at a time (the samples show them in drafts). */
class LlmLabelsTest {
    @Test
    void attributesThatMarkLlmOutputAndTheModelTheyName() {
        assertEquals(new LlmLabels.Attributes(true, "Claude Opus 4.6", true),
                LlmLabels.ofAttributes(Map.of("data-llm-output", "Claude Opus 4.6")));
        assertEquals(new LlmLabels.Attributes(true, "GPT-5", false),
                LlmLabels.ofAttributes(Map.of("class", "note llm-output", "data-model", "GPT-5")));
        assertTrue(LlmLabels.ofAttributes(Map.of("data-ai-generated", "true")).llm());
        assertNull(LlmLabels.ofAttributes(Map.of("data-ai-generated", "true")).model(), "a flag is not a model");
        for (String cls : new String[] {"no-llm", "callout", "llmish-theme", "ai"}) {
            assertFalse(LlmLabels.ofAttributes(Map.of("class", cls)).llm(), cls);
        }
    }

    @Test
    void commentsAndFences() {
        assertEquals(new LlmLabels.Comment(true, "Claude Opus 4.6"), LlmLabels.ofComment("llm-output: Claude Opus 4.6"));
        assertEquals(new LlmLabels.Comment(true, "GPT-5"), LlmLabels.ofComment("begin llm-output model=\"GPT-5\""));
        assertEquals(new LlmLabels.Comment(false, null), LlmLabels.ofComment("/llm-output"));
        assertEquals(new LlmLabels.Comment(false, null), LlmLabels.ofComment("end llm-output"));
        assertNull(LlmLabels.ofComment("vouch-disable ai-style"));
        assertEquals(new LlmLabels.Fence(false, true, "Gemini 2.5 Pro"), LlmLabels.ofFence("::: {.llm-output model=\"Gemini 2.5 Pro\"}"));
        assertEquals(new LlmLabels.Fence(false, true, "Claude Sonnet 4.5"), LlmLabels.ofFence("::: llm-output Claude Sonnet 4.5"));
        assertEquals(new LlmLabels.Fence(false, false, null), LlmLabels.ofFence("::: {.warning}"));
        assertEquals(new LlmLabels.Fence(true, false, null), LlmLabels.ofFence(":::"));
        assertNull(LlmLabels.ofFence("Ratio 3:::1"));
    }
}
