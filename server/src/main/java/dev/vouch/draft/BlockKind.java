package dev.vouch.draft;

/** What kind of prose a {@link Block} holds. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    /** The first paragraph of a list item (later paragraphs of the item are PARAGRAPH inside it). */
    LIST_ITEM,
    TABLE_CELL
}
