package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * Something a block sits inside. {@link Block#containers()} lists them outermost first.
 *
 * @param section  for {@link Kind#SECTION}, the section; else null
 * @param marker   for {@link Kind#LIST_ITEM}, the list marker ("-", "*", "1."); else null
 * @param llmBlock for {@link Kind#LLM_BLOCK}, the passage labelled as LLM output; else null
 */
public record Container(Kind kind, Span span, Section section, String marker, LlmBlock llmBlock) {
    public enum Kind { BLOCK_QUOTE, LIST_ITEM, FOOTNOTE_DEFINITION, SECTION, TABLE, LLM_BLOCK }

    public Container(Kind kind, Span span, Section section, String marker) {
        this(kind, span, section, marker, null);
    }
}
