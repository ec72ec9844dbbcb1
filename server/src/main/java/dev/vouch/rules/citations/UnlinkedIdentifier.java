package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unlinked-identifier",
        severity = Severity.INFO,
        summary = "arXiv id or DOI written without a link",
        explanation = """
                "arXiv:2401.01234" and "doi:10.1038/nature14539" identify a paper exactly, but as plain text
                the reader has to copy them into a search box. The fix turns the identifier into a link to
                arxiv.org or doi.org and keeps the text as written, so it is safe to apply with
                `vouch check --fix`. Identifiers already inside a link, in code or in a URL are left alone;
                a file name such as "2401.01234v1.pdf" is citations.file-name-only's business.""",
        flagged = {"See arXiv:2401.01234 for the derivation.", "The DOI is 10.1038/nature14539."},
        passes = {"See [arXiv:2401.01234](https://arxiv.org/abs/2401.01234).", "Run `fetch 10.1038/nature14539`."})
public final class UnlinkedIdentifier implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        List<Citation> found = CitationFinder.find(block, false);
        String prose = block.text();
        for (Citation c : found) {
            if (c.kind() != Citation.Kind.ARXIV && c.kind() != Citation.Kind.DOI) {
                continue;
            }
            if (insideLink(c, found) || FileNameOnly.partOfFileName(prose, c.end())) {
                continue;
            }
            Span span = block.prose().toSource(c.start(), c.end());
            String written = sourceOf(block, span);
            String url = c.kind() == Citation.Kind.ARXIV ? "https://arxiv.org/abs/" + c.detail()
                    : "https://doi.org/" + c.detail();
            String what = c.kind() == Citation.Kind.ARXIV ? "arXiv id " + c.detail() : "DOI " + c.detail();
            FindingSink.Builder b = out.report(span, what + " is not linked: make it a link so readers can open it.");
            if (written.equals(c.text())) {
                // the visible text stays exactly as written: nothing about the meaning changes
                String dest = url.matches(".*[\\s()<>].*") ? "<" + url.replace(">", "%3E") + ">" : url;
                b.fix(Fix.safe("Link " + what, Edit.replace(span, "[" + written + "](" + dest + ")")));
            }
            b.add();
        }
    }

    private static String sourceOf(Block block, Span span) {
        return block.sourceText().substring(span.start() - block.span().start(), span.end() - block.span().start());
    }

    static boolean insideLink(Citation c, List<Citation> all) {
        for (Citation l : all) {
            if (l.kind() == Citation.Kind.LINK && l.start() <= c.start() && c.end() <= l.end() && l.end() > l.start()) {
                return true;
            }
        }
        return false;
    }
}
