package dev.vouch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vouch.engine.Fixes;
import dev.vouch.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetAndValidatorTest {
    @Test
    void snippetEditsKeepTheirSnippetWhenShiftedAndApplyAsPlainText() {
        Edit e = Edit.snippet(new Span(2, 4), "<div data-llm-output=\"MODEL\">", "<div data-llm-output=\"${1:MODEL}\">");
        Finding f = new Finding("policy.x", new Span(2, 4), "m", null,
                List.of(Fix.suggestion("Mark", e)), null).shifted(10);
        Edit moved = f.fixes().get(0).edits().get(0);
        assertEquals(new Span(12, 14), moved.span());
        assertEquals("<div data-llm-output=\"${1:MODEL}\">", moved.snippet());
        assertTrue(moved.isSnippet());
        assertEquals("ab<div data-llm-output=\"MODEL\">ef", Fixes.applyEdits("abcdef", List.of(e)));
        assertNull(Edit.replace(new Span(0, 1), "x").snippet());
    }

    @Test
    void aValidatorRunsAfterTheTypeCheck() {
        OptionSpec<String> s = OptionSpec.string("pattern", "", "A pattern.")
                .validatedBy(v -> v.asText().contains("(") ? "unbalanced" : null);
        assertNull(s.problem(TextNode.valueOf("ok")));
        assertEquals("option \"pattern\": unbalanced", s.problem(TextNode.valueOf("(")));
        assertTrue(s.problem(IntNode.valueOf(3)).contains("must be a string"));
        assertEquals("option \"pattern\": unbalanced", s.global().problem(TextNode.valueOf("(")),
                "global() keeps the validator");
    }
}
