package dev.vouch.draft;

import dev.vouch.text.Span;
import java.util.Locale;
import java.util.Map;

/**
 * A region of the draft marked off by an element around Markdown content: a {@code <details>} section
 * (with its {@code <summary>}) or a {@code <div>}, written as HTML blocks.
 *
 * @param tag         the element name, lower case ("details", "div")
 * @param attributes  the opening tag's attributes, names lower-cased (value "" for a bare attribute)
 * @param openTag     the opening tag's span
 * @param summary     for details, the text of its {@code <summary>} with tags removed; else null
 * @param summarySpan where that summary text is, or null
 * @param span        from the opening tag to the end of the closing tag (to the end of the draft if unclosed)
 * @param closed      whether a closing tag was found
 */
public record Section(String tag, Map<String, String> attributes, Span openTag, String summary,
                      Span summarySpan, Span span, boolean closed) {

    public boolean isDetails() {
        return tag.equals("details");
    }

    public String attribute(String name) {
        return attributes.get(name.toLowerCase(Locale.ROOT));
    }
}
