package dev.vouch.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a draft's text the ledger records: SHA-256 of its UTF-8 bytes after line breaks are
 * normalised to {@code \n} and a byte-order mark is dropped, so a checkout that converts line endings
 * (git's autocrlf) does not look like an edit.
 */
public final class ContentHash {
    public static final String PREFIX = "sha256:";

    private ContentHash() {}

    public static String of(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        return PREFIX + sha256(t);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static boolean looksValid(String h) {
        return h != null && h.matches("sha256:[0-9a-f]{64}");
    }
}
