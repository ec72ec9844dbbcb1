package dev.vouch.rules.citations;

/**
 * A pointer to a document a reader could find, found in one block's prose by {@link CitationFinder}.
 *
 * @param kind   what sort of pointer it is
 * @param start  prose offset in the block where it starts
 * @param end    prose offset just past it (equal to {@code start} for a footnote marker, which has no prose)
 * @param text   the pointer as the reader sees it ("Okafor et al., 2025", "arXiv:2401.01234", a footnote label)
 * @param detail for {@link Kind#FOOTNOTE} the label, {@link Kind#PANDOC} the keys (space-separated),
 *               {@link Kind#AUTHOR_YEAR} "surname year", {@link Kind#ARXIV} the id, {@link Kind#DOI} the
 *               DOI, {@link Kind#LINK} the destination; else ""
 */
public record Citation(Kind kind, int start, int end, String text, String detail) {

    public enum Kind {
        /** An inline link, reference link or autolink with somewhere to go. */
        LINK,
        /** A footnote marker; whether its note names a source is decided by the document. */
        FOOTNOTE,
        /** A Pandoc citation {@code [@key]}, {@code [see @a; @b, p. 3]} (or a bare {@code @key} in a Pandoc draft). */
        PANDOC,
        /** "(Okafor et al., 2025)", "Okafor et al. (2025)", "Mbeki et al 2025", "(Smith 2019; Lee 2020)". */
        AUTHOR_YEAR,
        ARXIV,
        DOI,
        /** A bracketed number into a reference list: "[3]", "[2, 5]", "[4–6]". */
        NUMBERED,
        /** The title or name of a specific document: an italic title, "Freedom House's index", "the Epoch charts". */
        NAMED_WORK
    }

    public boolean isFootnote() {
        return kind == Kind.FOOTNOTE;
    }
}
