package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unused-bibliography-entry",
        severity = Severity.INFO,
        summary = "Bibliography entries the draft never cites",
        explanation = """
                Entries of the bibliography file named in front matter that no `[@key]` cites and `nocite:`
                does not list. Pandoc leaves them out of the reference list, so a source the writer meant to
                credit may be missing. One finding per file at the front matter's `bibliography:` line,
                naming the keys; a bibliography shared by many drafts can turn this rule off.""",
        flagged = {"---\nbibliography: refs.bib\n---\nOnly [@okafor2025] is cited.  (refs.bib also has mbeki2025)"},
        passes = {"---\nbibliography: refs.bib\nnocite: '@*'\n---\nOnly [@okafor2025] is cited."})
public final class UnusedBibliographyEntry implements DocumentRule {
    private static final int SHOWN = 12;

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        References refs = context.analysis(References.ANALYSIS);
        if (refs.nociteAll()) {
            return;
        }
        Set<String> cited = new HashSet<>(refs.nocite());
        for (References.Found f : refs.pandocCitations()) {
            cited.addAll(Arrays.asList(f.citation().detail().split(" ")));
        }
        for (References.Named n : refs.bibliographies()) {
            List<String> unused = new ArrayList<>();
            for (String key : n.bibliography().entries().keySet()) {
                if (!cited.contains(key)) {
                    unused.add(key);
                }
            }
            if (unused.isEmpty()) {
                continue;
            }
            String keys = String.join(", ", unused.subList(0, Math.min(SHOWN, unused.size())))
                    + (unused.size() > SHOWN ? ", …" : "");
            out.report(n.keySpan(), unused.size() + (unused.size() == 1 ? " entry" : " entries") + " of \""
                    + n.written() + "\" " + (unused.size() == 1 ? "is" : "are") + " never cited: " + keys + ".").add();
        }
    }
}
