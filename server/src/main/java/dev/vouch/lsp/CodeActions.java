package dev.vouch.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.vouch.engine.Fixes;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rules.policy.LlmMarkup;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions for a draft: each finding's fixes as {@code quickfix} (the best one preferred), "Disable
 * RULE for this line" and "… in this file", {@code source.fixAll.vouch} with every safe fix, and for a
 * selection two {@code refactor.rewrite} wraps: "Mark as LLM output" and a labelled {@code <details>}. When
 * the editor can resolve actions, edits are computed only for the action the writer picks
 * ({@code codeAction/resolve}); the action's {@code data} says which.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".vouch";

    private final ClientFeatures client;
    private final RuleDocFiles docs;

    CodeActions(ClientFeatures client, RuleDocFiles docs) {
        this.client = client;
        this.docs = docs;
    }

    List<Either<Command, CodeAction>> actions(View v, CodeActionParams params) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        Span range = Convert.span(v.lines(), v.text(), params.getRange());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        String uri = v.doc().uri;

        if (wanted(only, CodeActionKind.QuickFix)) {
            List<Finding> here = new ArrayList<>();
            for (Finding f : v.findings()) {
                if (f.span().start() <= range.end() && range.start() <= f.span().end()) {
                    here.add(f);
                }
            }
            Set<String> matched = new LinkedHashSet<>();
            for (Finding f : here) {
                matched.add(key(f.ruleId(), Convert.range(v.lines(), f.span())));
                Diagnostic diag = Convert.diagnostic(uri, v.version(), v.lines(), f, docs);
                boolean anyPreferred = f.fixes().stream().anyMatch(Fix::preferred);
                for (int i = 0; i < f.fixes().size(); i++) {
                    Fix fix = f.fixes().get(i);
                    boolean preferred = fix.preferred() || (!anyPreferred && fix.safe() && firstSafe(f) == i);
                    CodeAction a = new CodeAction(fix.title());
                    a.setKind(CodeActionKind.QuickFix);
                    a.setDiagnostics(List.of(diag));
                    a.setIsPreferred(preferred ? Boolean.TRUE : null);
                    if (fix.command() != null) {
                        a.setCommand(Convert.command(uri, fix.title(), fix.command()));
                    }
                    if (!fix.edits().isEmpty()) {
                        JsonObject data = data(v, "fix");
                        data.addProperty("ruleId", f.ruleId());
                        data.addProperty("start", f.span().start());
                        data.addProperty("end", f.span().end());
                        data.addProperty("message", f.message());
                        data.addProperty("fix", i);
                        finish(a, data, () -> edit(v, fix.edits()));
                    }
                    add(out, a);
                }
            }
            // Fixes a client rebuilt from diagnostics of this version that the server no longer has here.
            if (params.getContext() != null && params.getContext().getDiagnostics() != null) {
                for (Diagnostic d : params.getContext().getDiagnostics()) {
                    fromData(v, d, matched, out);
                }
            }
            Set<String> rules = new LinkedHashSet<>();
            here.forEach(f -> rules.add(f.ruleId()));
            for (String rule : rules) {
                Finding first = here.stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
                int line = v.lines().lineOf(first.span().start());
                Edit lineEdit = SuppressionEdits.disableLine(v.draft(), rule, line);
                if (lineEdit != null) {
                    CodeAction a = new CodeAction("Disable " + rule + " for this line");
                    a.setKind(CodeActionKind.QuickFix);
                    JsonObject data = data(v, "line");
                    data.addProperty("ruleId", rule);
                    data.addProperty("line", line);
                    finish(a, data, () -> edit(v, List.of(lineEdit)));
                    add(out, a);
                }
                Edit fileEdit = SuppressionEdits.disableFile(v.draft(), rule);
                if (fileEdit != null) {
                    CodeAction a = new CodeAction("Disable " + rule + " in this file");
                    a.setKind(CodeActionKind.QuickFix);
                    JsonObject data = data(v, "file");
                    data.addProperty("ruleId", rule);
                    finish(a, data, () -> edit(v, List.of(fileEdit)));
                    add(out, a);
                }
            }
        }
        if (!range.isEmpty() && wanted(only, CodeActionKind.RefactorRewrite)) {
            for (String plan : List.of(WRAP_LLM, WRAP_DETAILS)) {
                Fix wrap = selectionWrap(v, plan, range);
                if (wrap != null) {
                    CodeAction a = new CodeAction(SELECTION_TITLES.get(plan));
                    a.setKind(CodeActionKind.RefactorRewrite);
                    JsonObject data = data(v, plan);
                    data.addProperty("start", range.start());
                    data.addProperty("end", range.end());
                    finish(a, data, () -> edit(v, wrap.edits()));
                    add(out, a);
                }
            }
        }
        if (wanted(only, FIX_ALL)) {
            CodeAction all = fixAll(v);
            if (all != null) {
                add(out, all);
            }
        }
        return out;
    }

    static final String WRAP_LLM = "wrap-llm";
    static final String WRAP_DETAILS = "wrap-details";
    private static final Map<String, String> SELECTION_TITLES = Map.of(
            WRAP_LLM, "Mark as LLM output (wrap the selected lines in an LLM content block)",
            WRAP_DETAILS, "Wrap the selected lines in a <details> block labelled as AI output");

    /**
     * The wraps a writer asks for on a selection (issues 6 and 11), not only from a finding: whole lines of
     * the selection, nothing removed. Null when the selection holds no text.
     */
    private static Fix selectionWrap(View v, String plan, Span selection) {
        if (selection.end() > v.text().length()) {
            return null;
        }
        return plan.equals(WRAP_LLM) ? LlmMarkup.markAsLlmOutput(v.draft(), selection)
                : LlmMarkup.wrapInLabelledDetails(v.draft(), selection);
    }

    private CodeAction fixAll(View v) {
        List<Fix> fixes = Fixes.safeFixes(v.findings());
        if (fixes.isEmpty()) {
            return null;
        }
        CodeAction a = new CodeAction("Fix all auto-fixable Vouch problems (" + fixes.size() + ")");
        a.setKind(FIX_ALL);
        finish(a, data(v, "all"), () -> edit(v, allEdits(fixes)));
        return a;
    }

    private static List<Edit> allEdits(List<Fix> fixes) {
        List<Edit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.edits()));
        return edits;
    }

    private void add(List<Either<Command, CodeAction>> out, CodeAction a) {
        if (client.codeActionLiterals()) {
            out.add(Either.forRight(a));
        } else if (a.getCommand() != null && a.getEdit() == null && a.getData() == null) {
            out.add(Either.forLeft(a.getCommand()));
        }
    }

    private void finish(CodeAction a, JsonObject data, java.util.function.Supplier<WorkspaceEdit> edit) {
        if (client.codeActionResolveEdit()) {
            a.setData(data);
        } else {
            a.setEdit(edit.get());
        }
    }

    private static JsonObject data(View v, String plan) {
        JsonObject o = new JsonObject();
        o.addProperty("uri", v.doc().uri);
        o.addProperty("version", v.version());
        o.addProperty("plan", plan);
        return o;
    }

    /** {@code codeAction/resolve}: the edit for an action from {@link #actions}, against the current view. */
    CodeAction resolve(CodeAction a, View v) {
        if (!(a.getData() instanceof JsonElement el) || !el.isJsonObject()) {
            return a;
        }
        JsonObject d = el.getAsJsonObject();
        String plan = d.has("plan") ? d.get("plan").getAsString() : "";
        switch (plan) {
            case "fix" -> {
                Finding f = find(v, d);
                int i = d.get("fix").getAsInt();
                if (f != null && i >= 0 && i < f.fixes().size() && !f.fixes().get(i).edits().isEmpty()) {
                    a.setEdit(edit(v, f.fixes().get(i).edits()));
                }
            }
            case "line" -> {
                Edit e = SuppressionEdits.disableLine(v.draft(), d.get("ruleId").getAsString(),
                        d.get("line").getAsInt());
                if (e != null) {
                    a.setEdit(edit(v, List.of(e)));
                }
            }
            case "file" -> {
                Edit e = SuppressionEdits.disableFile(v.draft(), d.get("ruleId").getAsString());
                if (e != null) {
                    a.setEdit(edit(v, List.of(e)));
                }
            }
            case WRAP_LLM, WRAP_DETAILS -> {
                Fix wrap = selectionWrap(v, plan, new Span(d.get("start").getAsInt(), d.get("end").getAsInt()));
                if (wrap != null) {
                    a.setEdit(edit(v, wrap.edits()));
                }
            }
            case "all" -> {
                List<Fix> fixes = Fixes.safeFixes(v.findings());
                if (!fixes.isEmpty()) {
                    a.setEdit(edit(v, allEdits(fixes)));
                }
            }
            default -> { }
        }
        return a;
    }

    /** The finding an action was made for: the same rule, place and message, else the same rule and message. */
    private static Finding find(View v, JsonObject d) {
        String rule = d.get("ruleId").getAsString();
        String message = d.get("message").getAsString();
        int start = d.get("start").getAsInt();
        int end = d.get("end").getAsInt();
        Finding loose = null;
        int looseCount = 0;
        for (Finding f : v.findings()) {
            if (!f.ruleId().equals(rule) || !f.message().equals(message)) {
                continue;
            }
            if (f.span().start() == start && f.span().end() == end) {
                return f;
            }
            loose = f;
            looseCount++;
        }
        return looseCount == 1 ? loose : null;
    }

    /**
     * Quick fixes straight from a diagnostic's {@code data} (docs/lsp.md), for a diagnostic of the
     * current version that the server's findings no longer include at that place.
     */
    private void fromData(View v, Diagnostic d, Set<String> matched, List<Either<Command, CodeAction>> out) {
        if (!(d.getData() instanceof JsonElement el) || !el.isJsonObject() || !Convert.SOURCE.equals(d.getSource())) {
            return;
        }
        JsonObject data = el.getAsJsonObject();
        if (!data.has("version") || data.get("version").getAsInt() != v.version() || !data.has("fixes")
                || !data.has("ruleId")) {
            return;
        }
        if (matched.contains(key(data.get("ruleId").getAsString(), d.getRange()))) {
            return;
        }
        for (JsonElement fe : data.getAsJsonArray("fixes")) {
            JsonObject fx = fe.getAsJsonObject();
            CodeAction a = new CodeAction(fx.get("title").getAsString());
            a.setKind(CodeActionKind.QuickFix);
            a.setDiagnostics(List.of(d));
            if (fx.has("preferred") && fx.get("preferred").getAsBoolean()) {
                a.setIsPreferred(true);
            }
            List<TextEdit> edits = new ArrayList<>();
            for (JsonElement ee : fx.getAsJsonArray("edits")) {
                JsonObject e = ee.getAsJsonObject();
                edits.add(new TextEdit(Convert.rangeFromJson(e.get("range")), e.get("newText").getAsString()));
            }
            if (!edits.isEmpty()) {
                a.setEdit(workspaceEdit(v.doc().uri, v.version(), edits));
            }
            if (fx.has("command")) {
                JsonObject c = fx.getAsJsonObject("command");
                List<Object> args = new ArrayList<>();
                c.getAsJsonArray("arguments").forEach(x -> args.add(x.getAsString()));
                a.setCommand(new Command(c.get("title").getAsString(), c.get("command").getAsString(), args));
            }
            add(out, a);
        }
    }

    private static String key(String rule, org.eclipse.lsp4j.Range r) {
        return rule + "@" + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine()
                + ":" + r.getEnd().getCharacter();
    }

    private static int firstSafe(Finding f) {
        for (int i = 0; i < f.fixes().size(); i++) {
            if (f.fixes().get(i).safe()) {
                return i;
            }
        }
        return -1;
    }

    private WorkspaceEdit edit(View v, List<Edit> edits) {
        return workspaceEdit(v.doc().uri, v.version(), Convert.textEdits(v.lines(), edits));
    }

    /** With {@code documentChanges} (versioned: an editor drops it if the text moved on) where supported. */
    WorkspaceEdit workspaceEdit(String uri, int version, List<TextEdit> edits) {
        if (client.documentChanges()) {
            TextDocumentEdit tde = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits);
            return new WorkspaceEdit(List.of(Either.forLeft(tde)));
        }
        return new WorkspaceEdit(Map.of(uri, edits));
    }

    private static boolean wanted(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }
}
