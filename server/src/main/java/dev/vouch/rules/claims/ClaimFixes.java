package dev.vouch.rules.claims;

import dev.vouch.draft.Block;
import dev.vouch.draft.Inline;
import dev.vouch.rule.Analysis;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Fix;
import dev.vouch.rule.RuleContext;
import dev.vouch.rules.citations.Footnotes;
import dev.vouch.text.Span;
import java.util.List;

/**
 * The fixes claims findings offer. None is safe ({@code vouch check --fix} never applies them): each adds
 * or changes words the writer has to stand behind.
 */
public final class ClaimFixes {
    private ClaimFixes() {}

    /** The next footnote label and the edit appending its empty definition: one per draft and check. */
    public record FootnoteStub(String label, Edit definition) {
        /** "Add a footnote for the source" with the marker inserted at source offset {@code at}. */
        public Fix at(int at, String title) {
            return new Fix(title, List.of(Edit.insert(at, "[^" + label + "]"), definition), false, true);
        }
    }

    /** Computed once per check: finding the next label walks every footnote of the draft. */
    public static final Analysis<FootnoteStub> FOOTNOTE_STUB = context -> {
        String label = Footnotes.nextNumericLabel(context.draft());
        return new FootnoteStub(label, Footnotes.appendDefinition(context.draft(), label, ""));
    };

    /**
     * "Add a footnote for the source": {@code [^n]} right after the claim's sentence and an empty
     * {@code [^n]: } definition at the end of the draft, numbered after the footnotes already there.
     */
    public static Fix addFootnote(RuleContext context, ClaimAnalysis.Claim claim) {
        int at = outsideInlines(claim.block(), claim.sentence().span().end());
        return context.analysis(FOOTNOTE_STUB).at(at, "Add a footnote for the source");
    }

    /** "Mark as my own estimate": " (my estimate)" after the number, which the estimates lexicon knows. */
    public static Fix markEstimate(ClaimAnalysis.Claim claim) {
        Span s = claim.span();
        int at = outsideInlines(claim.block(), s.end());
        return Fix.suggestion("Mark as my own estimate", Edit.insert(at, " (my estimate)"));
    }

    /** A softer verb for "proves", "demonstrates", "shows" inside an attribution, or null. */
    public static Fix soften(ClaimAnalysis.Claim claim) {
        BlockClaims.Signal sig = claim.signal();
        if (sig.softer() == null || sig.verbStart() < 0) {
            return null;
        }
        Span verb = claim.span(sig.verbStart(), sig.verbEnd());
        String was = claim.block().prose().text().substring(sig.verbStart(), sig.verbEnd());
        return Fix.suggestion("Soften \"" + was + "\" to \"" + sig.softer() + "\"", Edit.replace(verb, sig.softer()));
    }

    /** An insertion point moved past any inline construct (a link, emphasis) it would fall inside. */
    static int outsideInlines(Block block, int at) {
        int moved = at;
        for (Inline in : block.inlines()) {
            if (in.span().start() < moved && moved < in.span().end() && in.kind() != Inline.Kind.EMPHASIS
                    && in.kind() != Inline.Kind.STRONG && in.kind() != Inline.Kind.STRIKETHROUGH) {
                moved = in.span().end();
            }
        }
        return moved;
    }
}
