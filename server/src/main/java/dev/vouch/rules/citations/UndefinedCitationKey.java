package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.regex.Matcher;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.undefined-citation-key",
        severity = Severity.ERROR,
        summary = "Pandoc citation key missing from the bibliography",
        explanation = """
                `[@key]`, `[see @a; @b, p. 3]` and, in a draft with a bibliography, a bare `@key` are Pandoc
                citations: each key must be an entry of the bibliography the front matter names
                (`bibliography: refs.bib`, a path relative to the draft; BibTeX/BibLaTeX `.bib`, CSL JSON
                `.json` or CSL YAML `.yaml`) or of its inline `references:`. A missing key renders as "(key?)"
                and the reader gets no reference. The file is read from disk, never fetched.

                Also reported here, once, at the front matter: a bibliography file that does not exist or
                cannot be read, and Pandoc citations in a draft that names no bibliography at all.""",
        flagged = {"---\nbibliography: refs.bib\n---\nAs shown before [@smith2019].  (no smith2019 in refs.bib)"},
        passes = {"---\nbibliography: refs.bib\n---\nAs shown before [@okafor2025].  (refs.bib has @article{okafor2025, …})",
                "Write to me @home, or [at the office]."})
public final class UndefinedCitationKey implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        References refs = context.analysis(References.ANALYSIS);
        boolean broken = false;
        for (References.Named n : refs.bibliographies()) {
            if (n.bibliography().problem() != null) {
                broken = true;
                out.report(n.keySpan(), "Bibliography \"" + n.written() + "\" " + n.bibliography().problem()
                        + " (paths are relative to the draft).").add();
            }
        }
        if (refs.pandocCitations().isEmpty() || broken) {
            return;
        }
        if (!refs.hasBibliography()) {
            References.Found first = refs.pandocCitations().get(0);
            out.report(first.span(), "Pandoc citation " + first.citation().text() + " but the draft names no bibliography "
                    + "(add \"bibliography: refs.bib\" to its front matter).").add();
            return;
        }
        for (References.Found f : refs.pandocCitations()) {
            String text = f.citation().text();
            Matcher m = CitationFinder.PANDOC_KEY.matcher(text);
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (refs.defines(key)) {
                    continue;
                }
                int from = f.citation().start() + m.start();
                Span span = f.block().prose().toSource(from, f.citation().start() + m.end());
                out.report(span, "Citation key @" + key + " is not in the bibliography.").add();
            }
        }
    }
}
