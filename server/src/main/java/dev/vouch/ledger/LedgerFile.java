package dev.vouch.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger's file format: JSON, one object per draft with its sessions and the totals derived from
 * them, and a checksum over everything else. Reading checks the shape, that every total matches its
 * sessions, and the checksum; a file that fails is reported as {@link LedgerProblem.Kind#CORRUPT} or
 * {@link LedgerProblem.Kind#MODIFIED}, never silently taken or dropped. The checksum catches hand edits
 * and half-resolved merges; it is not a security measure (anyone can recompute it).
 *
 * <pre>{@code
 * {"version": 1, "note": "…",
 *  "drafts": {"posts/essay.md": {"editedMinutes": 12.5, "editedMs": 750000, "sessionCount": 2,
 *     "words": 1890, "contentHash": "sha256:…", "lastEdit": "2026-03-20T10:15:00Z",
 *     "sessions": [{"id": "…", "writer": "host:4242", "start": "…", "end": "…", "editedMs": 500000,
 *                   "edits": 812, "words": 1890, "contentHash": "sha256:…"}, …]}},
 *  "restarts": [{"at": "…", "reason": "…", "backup": "ledger.json.broken-…"}],
 *  "checksum": "sha256:…"}
 * }</pre>
 */
public final class LedgerFile {
    public static final int VERSION = 1;
    /** Where the ledger lives, relative to the workspace root. */
    public static final String PATH = ".vouch/ledger.json";
    static final String NOTE = "Written by Vouch: active editing time per draft, measured in the editor. "
            + "Commit it so that CI can read it; do not edit it by hand (the checksum would no longer match).";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerFile() {}

    /** A ledger read from disk: the ledger (empty when the file is absent), or why it could not be used. */
    public record Read(Ledger ledger, LedgerProblem problem, boolean exists) {
        public boolean ok() {
            return problem == null;
        }
    }

    private record Cached(java.nio.file.attribute.FileTime mtime, long size, Read read) {}

    private static final Map<Path, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #read}, re-reading only when the file's modification time or size changed (rules ask on every
     * check, and the ledger changes every half minute at most).
     */
    public static Read readCached(Path file) {
        Path f = file.toAbsolutePath().normalize();
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f,
                    java.nio.file.attribute.BasicFileAttributes.class);
            Cached c = CACHE.get(f);
            if (c != null && c.mtime().equals(a.lastModifiedTime()) && c.size() == a.size()) {
                return c.read();
            }
            Read r = read(f);
            if (CACHE.size() > 256) {
                CACHE.clear();
            }
            CACHE.put(f, new Cached(a.lastModifiedTime(), a.size(), r));
            return r;
        } catch (IOException e) {
            CACHE.remove(f);
            return read(f);
        }
    }

    public static Read read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(Ledger.empty(), null, false);
        } catch (IOException e) {
            return new Read(null, new LedgerProblem(LedgerProblem.Kind.IO, file, "cannot read: " + e.getMessage(), null), true);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file);
    }

    /** Parses and checks ledger text ({@code file} is only for messages). */
    public static Read parse(String text, Path file) {
        if (text.isBlank()) {
            return corrupt(file, "the file is empty");
        }
        if (text.contains("\n<<<<<<< ") || text.startsWith("<<<<<<< ") || text.contains("\n>>>>>>> ")) {
            return corrupt(file, "it holds unresolved merge-conflict markers");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return corrupt(file, "it is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            return corrupt(file, "it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            return corrupt(file, "it has no \"version\"");
        }
        if (version.asInt() > VERSION) {
            return new Read(null, new LedgerProblem(LedgerProblem.Kind.NEWER_VERSION, file,
                    "it was written by a newer Vouch (ledger version " + version.asInt() + "; this one reads "
                            + VERSION + "); upgrade Vouch", null), true);
        }
        try {
            Ledger ledger = fromTree((ObjectNode) root);
            String stored = root.path("checksum").asText(null);
            if (stored == null) {
                return modified(file, "it has no checksum");
            }
            if (!stored.equals(checksum(toTree(ledger)))) {
                return modified(file, "its checksum does not match its content: it was changed outside Vouch");
            }
            String mismatch = totalsMismatch((ObjectNode) root, ledger);
            if (mismatch != null) {
                return modified(file, mismatch);
            }
            return new Read(ledger, null, true);
        } catch (Shape e) {
            return corrupt(file, e.getMessage());
        }
    }

    private static Read corrupt(Path file, String why) {
        return new Read(null, new LedgerProblem(LedgerProblem.Kind.CORRUPT, file, "the ledger cannot be read: " + why, null), true);
    }

    private static Read modified(Path file, String why) {
        return new Read(null, new LedgerProblem(LedgerProblem.Kind.MODIFIED, file, "the ledger was edited by hand: " + why, null), true);
    }

    /** The file's text for a ledger, with its derived totals and checksum. */
    public static String format(Ledger ledger) {
        ObjectNode tree = toTree(ledger);
        ObjectNode out = JSON.createObjectNode();
        out.put("version", VERSION);
        out.put("note", NOTE);
        out.setAll(tree);
        out.put("checksum", checksum(tree));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- tree <-> ledger -------------------------------------------------------------------------------

    /** The checked content: drafts (with derived totals) and restarts; version, note and checksum aside. */
    static ObjectNode toTree(Ledger ledger) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode drafts = root.putObject("drafts");
        for (Map.Entry<String, DraftRecord> e : ledger.drafts().entrySet()) {
            DraftRecord d = e.getValue();
            ObjectNode o = drafts.putObject(e.getKey());
            o.put("editedMinutes", Math.round(d.editedMs() / 6_000.0) / 10.0);
            o.put("editedMs", d.editedMs());
            o.put("sessionCount", d.sessionCount());
            o.put("words", d.words());
            o.put("contentHash", d.contentHash());
            o.put("lastEdit", d.lastEdit().toString());
            ArrayNode sessions = o.putArray("sessions");
            for (Session s : d.sessions()) {
                ObjectNode so = sessions.addObject();
                so.put("id", s.id());
                so.put("writer", s.writer());
                so.put("start", s.start().toString());
                so.put("end", s.end().toString());
                so.put("editedMs", s.editedMs());
                so.put("edits", s.edits());
                so.put("words", s.words());
                so.put("contentHash", s.contentHash());
            }
        }
        ArrayNode restarts = root.putArray("restarts");
        for (Ledger.Restart r : ledger.restarts()) {
            restarts.addObject().put("at", r.at().toString()).put("reason", r.reason()).put("backup", r.backup());
        }
        return root;
    }

    private static final class Shape extends Exception {
        Shape(String message) {
            super(message);
        }
    }

    private static Ledger fromTree(ObjectNode root) throws Shape {
        JsonNode drafts = root.get("drafts");
        if (drafts == null || !drafts.isObject()) {
            throw new Shape("it has no \"drafts\" object");
        }
        Map<String, DraftRecord> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = drafts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (!validKey(key)) {
                throw new Shape("draft key \"" + key + "\" is not a path relative to the workspace root");
            }
            JsonNode sessions = e.getValue().get("sessions");
            if (sessions == null || !sessions.isArray() || sessions.isEmpty()) {
                throw new Shape("draft \"" + key + "\" has no sessions");
            }
            List<Session> list = new ArrayList<>();
            Map<String, Boolean> ids = new LinkedHashMap<>();
            for (JsonNode s : sessions) {
                Session session = session(key, s);
                if (ids.put(session.id(), true) != null) {
                    throw new Shape("draft \"" + key + "\" lists session " + session.id() + " twice");
                }
                list.add(session);
            }
            out.put(key, new DraftRecord(list));
        }
        List<Ledger.Restart> restarts = new ArrayList<>();
        JsonNode rs = root.get("restarts");
        if (rs != null) {
            if (!rs.isArray()) {
                throw new Shape("\"restarts\" is not a list");
            }
            for (JsonNode r : rs) {
                restarts.add(new Ledger.Restart(instant(r, "at", "a restart"), text(r, "reason", "a restart"),
                        text(r, "backup", "a restart")));
            }
        }
        return new Ledger(out, restarts);
    }

    private static Session session(String key, JsonNode s) throws Shape {
        String where = "a session of \"" + key + "\"";
        if (!s.isObject()) {
            throw new Shape(where + " is not an object");
        }
        Instant start = instant(s, "start", where);
        Instant end = instant(s, "end", where);
        long edited = number(s, "editedMs", where);
        long edits = number(s, "edits", where);
        long words = number(s, "words", where);
        String hash = text(s, "contentHash", where);
        if (end.isBefore(start)) {
            throw new Shape(where + " ends before it starts");
        }
        if (edited > end.toEpochMilli() - start.toEpochMilli()) {
            throw new Shape(where + " has more editing time than its length");
        }
        if (edits < 1 || edits > Integer.MAX_VALUE || words > Integer.MAX_VALUE) {
            throw new Shape(where + " has an impossible count");
        }
        if (!ContentHash.looksValid(hash)) {
            throw new Shape(where + " has a malformed contentHash");
        }
        return new Session(text(s, "id", where), text(s, "writer", where), start, end, edited, (int) edits,
                (int) words, hash);
    }

    /** Whether the stored totals are the ones the sessions give (a hand edit often changes only a total). */
    private static String totalsMismatch(ObjectNode root, Ledger ledger) {
        ObjectNode expected = (ObjectNode) toTree(ledger).get("drafts");
        JsonNode drafts = root.get("drafts");
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode want = expected.get(key);
            JsonNode got = drafts.get(key);
            for (String field : new String[] {"editedMinutes", "editedMs", "sessionCount", "words", "contentHash", "lastEdit"}) {
                JsonNode g = got.get(field);
                if (g == null || !sameValue(g, want.get(field))) {
                    return "the \"" + field + "\" of \"" + key + "\" does not match its sessions";
                }
            }
        }
        return null;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static boolean validKey(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : key.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(JsonNode n, String field, String where) throws Shape {
        String t = text(n, field, where);
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new Shape(where + " has a \"" + field + "\" that is not a time (" + t + ")");
        }
    }

    private static long number(JsonNode n, String field, String where) throws Shape {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new Shape(where + " has no whole, non-negative \"" + field + "\"");
        }
        return v.asLong();
    }

    private static String text(JsonNode n, String field, String where) throws Shape {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new Shape(where + " has no \"" + field + "\"");
        }
        return v.asText();
    }

    // ---- checksum ----------------------------------------------------------------------------------------

    /** SHA-256 over the canonical JSON of {@code tree}: keys sorted, no white space. */
    static String checksum(ObjectNode tree) {
        StringBuilder b = new StringBuilder();
        canonical(tree, b);
        return ContentHash.PREFIX + ContentHash.sha256(b.toString());
    }

    private static void canonical(JsonNode n, StringBuilder b) {
        if (n.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            n.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(JSON.getNodeFactory().textNode(e.getKey()).toString()).append(':');
                canonical(e.getValue(), b);
            }
            b.append('}');
        } else if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                canonical(n.get(i), b);
            }
            b.append(']');
        } else if (n.isNumber()) {
            b.append(n.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            b.append(n.toString());
        }
    }
}
