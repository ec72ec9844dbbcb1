package dev.vouch.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.vouch.config.ConfigProblem;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FixCommand;
import dev.vouch.rule.Severity;
import dev.vouch.text.LineMap;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Vouch's findings, spans and edits as LSP values, and back. Positions are UTF-16, as both count them. */
final class Convert {
    static final String SOURCE = "vouch";
    static final String CONFIG_CODE = "config";

    private Convert() {}

    static Position position(LineMap lines, int offset) {
        dev.vouch.text.Position p = lines.position(offset);
        return new Position(p.line(), p.column());
    }

    static Range range(LineMap lines, Span span) {
        return new Range(position(lines, span.start()), position(lines, span.end()));
    }

    /** Offsets of an LSP range in {@code text} (clamped into it; start and end in order). */
    static Span span(LineMap lines, String text, Range r) {
        int s = offset(lines, text, r.getStart());
        int e = offset(lines, text, r.getEnd());
        return e < s ? new Span(e, s) : new Span(s, e);
    }

    static int offset(LineMap lines, String text, Position p) {
        return lines.offset(p.getLine(), p.getCharacter(), text);
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s == null ? Severity.WARNING : s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static TextEdit textEdit(LineMap lines, Edit e) {
        return new TextEdit(range(lines, e.span()), e.newText());
    }

    static List<TextEdit> textEdits(LineMap lines, List<Edit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            out.add(textEdit(lines, e));
        }
        return out;
    }

    /**
     * A finding as a diagnostic: {@code code} the rule id, {@code source} "vouch", a link to the rule's
     * documentation, and in {@code data} what a client needs to offer the fixes itself (docs/lsp.md).
     */
    static Diagnostic diagnostic(String uri, int version, LineMap lines, Finding f, RuleDocFiles docs) {
        Diagnostic d = new Diagnostic(range(lines, f.span()), f.message(), severity(f.severity()), SOURCE,
                f.ruleId());
        String href = docs == null ? null : docs.href(f.ruleId());
        if (href != null) {
            d.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(href));
        }
        // Kept small: a 17,000-word draft publishes hundreds of these after every edit. The evidence is in
        // the hover, the range is the diagnostic's own.
        JsonObject data = new JsonObject();
        data.addProperty("ruleId", f.ruleId());
        data.addProperty("version", version);
        JsonArray fixes = new JsonArray();
        for (Fix fix : f.fixes()) {
            fixes.add(fixJson(uri, lines, fix));
        }
        data.add("fixes", fixes);
        d.setData(data);
        return d;
    }

    static JsonObject fixJson(String uri, LineMap lines, Fix fix) {
        JsonObject o = new JsonObject();
        o.addProperty("title", fix.title());
        o.addProperty("safe", fix.safe());
        o.addProperty("preferred", fix.preferred());
        JsonArray edits = new JsonArray();
        for (Edit e : fix.edits()) {
            JsonObject je = new JsonObject();
            je.add("range", rangeJson(range(lines, e.span())));
            je.addProperty("newText", e.newText());
            edits.add(je);
        }
        o.add("edits", edits);
        if (fix.command() != null) {
            Command c = command(uri, fix.title(), fix.command());
            JsonObject jc = new JsonObject();
            jc.addProperty("title", c.getTitle());
            jc.addProperty("command", c.getCommand());
            JsonArray args = new JsonArray();
            for (Object a : c.getArguments()) {
                args.add(String.valueOf(a));
            }
            jc.add("arguments", args);
            o.add("command", jc);
        }
        return o;
    }

    static JsonObject rangeJson(Range r) {
        JsonObject o = new JsonObject();
        o.add("start", positionJson(r.getStart()));
        o.add("end", positionJson(r.getEnd()));
        return o;
    }

    private static JsonObject positionJson(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.getLine());
        o.addProperty("character", p.getCharacter());
        return o;
    }

    static Range rangeFromJson(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        return new Range(positionFromJson(o.get("start")), positionFromJson(o.get("end")));
    }

    private static Position positionFromJson(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        return new Position(o.get("line").getAsInt(), o.get("character").getAsInt());
    }

    /**
     * A fix's command as the editor runs it. {@code vouch.addToDictionary} gets the draft's URI first, so
     * the server knows which project's dictionary to extend.
     */
    static Command command(String uri, String title, FixCommand c) {
        List<Object> args = new ArrayList<>();
        if (c.id().equals(FixCommand.ADD_TO_DICTIONARY) && uri != null) {
            args.add(uri);
        }
        args.addAll(c.arguments());
        return new Command(title, c.id(), args);
    }

    /**
     * A configuration problem as a diagnostic in the file it is about. The range runs from the problem's
     * position to the end of that line ({@code text} is the file's text, or null when unknown).
     */
    static Diagnostic configDiagnostic(ConfigProblem p, String text) {
        int line = Math.max(0, p.line() - 1);
        int col = Math.max(0, p.column() - 1);
        Range r;
        if (text != null && p.line() > 0) {
            LineMap lines = new LineMap(text);
            int start = lines.offset(line, col, text);
            int end = lines.lineEnd(lines.lineOf(start), text);
            r = range(lines, new Span(start, Math.max(start, end)));
        } else {
            r = new Range(new Position(line, col), new Position(line, col));
        }
        Diagnostic d = new Diagnostic(r, p.message(), DiagnosticSeverity.Error, SOURCE, CONFIG_CODE);
        return d;
    }
}
