package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * Something a block sits inside. {@link Block#containers()} lists them outermost first.
 *
 * @param section for {@link Kind#SECTION}, the section; else null
 * @param marker  for {@link Kind#LIST_ITEM}, the list marker ("-", "*", "1."); else null
 */
public record Container(Kind kind, Span span, Section section, String marker) {
    public enum Kind { BLOCK_QUOTE, LIST_ITEM, FOOTNOTE_DEFINITION, SECTION, TABLE }
}
