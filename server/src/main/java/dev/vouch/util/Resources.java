package dev.vouch.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files that ship inside the jar (lexicons, presets, word lists). */
public final class Resources {
    private Resources() {}

    public static String text(Class<?> anchor, String name) {
        try (InputStream in = open(anchor, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * Tab-separated rows of a resource, skipping blank lines and lines starting with {@code #}. Every row
     * has at least {@code minColumns} columns, or loading fails naming the file and line: a broken
     * lexicon is a build error, never a silently shorter list.
     */
    public static List<String[]> tsv(Class<?> anchor, String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(anchor, name), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    throw new IllegalStateException(name + ":" + no + ": expected " + minColumns
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return rows;
    }

    public static InputStream open(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
        }
        return in;
    }
}
