package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.file-name-only",
        severity = Severity.WARNING,
        summary = "Paper or document named only by its file name",
        explanation = """
                "As 2401.01234v1.pdf shows …" or "see final_report_v3.docx" names a file on the writer's
                disk: the reader has no copy and no way to find one. Link the document, or name it by title,
                authors and year. When the file name is an arXiv id, the suggested fix links the paper on
                arxiv.org. Only prose is checked: file names in code or inside a link's text are left alone.""",
        flagged = {"The derivation is in 2401.01234v1.pdf.", "See final_report_v3.docx for the numbers."},
        passes = {"The derivation is in [2401.01234v1.pdf](https://arxiv.org/abs/2401.01234v1).",
                "Run `python plot.py out.pdf`."})
public final class FileNameOnly implements BlockRule {
    private static final Pattern FILE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}/._\\\\-])([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)"
            + "\\.(pdf|docx?|pptx?|xlsx?|odt|ods|odp|epub|mobi|djvu|ps|rtf|csv|tsv|ipynb|tex|key|pages)(?![\\p{L}\\p{N}])");
    private static final Pattern EXTENSION_AFTER = Pattern.compile(
            "(?i)\\.(?:pdf|docx?|pptx?|xlsx?|odt|ods|odp|epub|mobi|djvu|ps|rtf|csv|tsv|ipynb|tex|key|pages)(?![\\p{L}\\p{N}])");
    private static final Pattern ARXIV_NAME = Pattern.compile("(?:arxiv[-_.]?)?((?:0[7-9]|[12]\\d)(?:0[1-9]|1[0-2])\\.\\d{4,5}(?:v\\d+)?)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        String text = block.text();
        List<Citation> found = CitationFinder.find(block, false);
        Matcher m = FILE.matcher(text);
        while (m.find()) {
            if (m.group().indexOf(Prose.ATOM) >= 0 || inLinkText(found, m.start(), m.end())) {
                continue;
            }
            Span span = block.prose().toSource(m.start(), m.end());
            FindingSink.Builder b = out.report(span, "\"" + m.group() + "\" is a file name, not a source a reader can "
                    + "open: link the document or name it (title, authors, year).");
            Matcher arxiv = ARXIV_NAME.matcher(m.group(1));
            if (arxiv.matches()) {
                b.fix(Fix.suggestion("Link the paper on arxiv.org",
                        Edit.replace(span, "[" + m.group() + "](https://arxiv.org/abs/" + arxiv.group(1) + ")")));
            }
            b.add();
        }
    }

    /** Whether the identifier ending at {@code end} continues as a file name ("2401.01234v1.pdf"). */
    static boolean partOfFileName(String text, int end) {
        return EXTENSION_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean inLinkText(List<Citation> found, int start, int end) {
        for (Citation c : found) {
            if (c.kind() == Citation.Kind.LINK && c.start() <= start && end <= c.end()) {
                return true;
            }
        }
        return false;
    }
}
