package dev.vouch.lsp;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The document figures ({@code CheckResult.metrics()}) as the code lens at the top of a draft and the
 * {@code vouch/status} notification (docs/lsp.md). Keys with a dot are grouped: {@code aiStyle.paragraphs}
 * becomes {@code "aiStyle": {"paragraphs": …}}. Groups a rule has not published are left out.
 */
final class Figures {
    static final String SHOW_LEDGER = "vouch.showLedger";

    private Figures() {}

    /** The {@code vouch/status} payload for a view. */
    static Map<String, Object> status(View v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uri", v.doc().uri);
        out.put("version", v.version());
        out.put("grammarDone", v.grammarDone());
        out.put("problems", v.findings().size());
        for (Map.Entry<String, Object> e : v.metrics().entrySet()) {
            put(out, e.getKey(), e.getValue());
        }
        if (v.timings() != null && !v.timings().isEmpty()) {
            out.put("timings", v.timings());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> out, String key, Object value) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            out.put(key, plain(value));
            return;
        }
        Object group = out.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        if (group instanceof Map<?, ?> m) {
            put((Map<String, Object>) m, key.substring(dot + 1), value);
        }
    }

    /** Numbers, strings and booleans as they are; anything else as its text. */
    private static Object plain(Object v) {
        return v instanceof Number || v instanceof Boolean || v instanceof String || v == null ? v : v.toString();
    }

    /** The lenses at the top of a draft: words and reading time, AI style, the ledger's progress. */
    static List<CodeLens> lenses(View v) {
        Map<String, Object> s = status(v);
        List<CodeLens> out = new ArrayList<>();
        Range top = new Range(new Position(0, 0), new Position(0, 0));
        Object words = s.get("words");
        Object minutes = s.get("readingMinutes");
        if (words != null) {
            String t = number(words) + " words" + (minutes == null ? "" : " · " + number(minutes) + " min read");
            out.add(new CodeLens(top, new Command(t, ""), null));
        }
        if (s.get("aiStyle") instanceof Map<?, ?> ai && !ai.isEmpty()) {
            out.add(new CodeLens(top, new Command(aiStyle(ai), ""), null));
        }
        if (s.get("ledger") instanceof Map<?, ?> ledger && !ledger.isEmpty()) {
            out.add(new CodeLens(top, new Command(ledger(ledger), SHOW_LEDGER, List.of(v.doc().uri)), null));
        }
        return out;
    }

    static String aiStyle(Map<?, ?> ai) {
        Object flagged = ai.get("flaggedParagraphs");
        Object paragraphs = ai.get("paragraphs");
        Object tells = ai.get("tellsPer1000Words");
        List<String> parts = new ArrayList<>();
        if (flagged != null && paragraphs != null) {
            parts.add(number(flagged) + " of " + number(paragraphs) + " paragraphs flagged");
        }
        if (tells != null) {
            parts.add(number(tells) + " tells per 1,000 words");
        }
        if (parts.isEmpty()) {
            ai.forEach((k, val) -> parts.add(k + " " + number(val)));
        }
        return "AI style: " + String.join(" · ", parts);
    }

    static String ledger(Map<?, ?> l) {
        Object edited = l.get("editedMinutes");
        Object required = l.get("requiredMinutes");
        Object meets = l.get("meets");
        List<String> parts = new ArrayList<>();
        if (edited != null && required != null) {
            parts.add(number(edited) + " of " + number(required) + " min edited");
        } else if (edited != null) {
            parts.add(number(edited) + " min edited");
        }
        if (meets instanceof Boolean b) {
            parts.add(b ? "meets the policy" : "below the policy");
        }
        if (parts.isEmpty()) {
            l.forEach((k, val) -> parts.add(k + " " + number(val)));
        }
        return "Editing ledger: " + String.join(" · ", parts);
    }

    static String number(Object o) {
        if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
        }
        if (o instanceof Number n) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n.longValue());
        }
        return String.valueOf(o);
    }
}
