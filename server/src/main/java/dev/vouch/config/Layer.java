package dev.vouch.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One source of settings: a preset, a {@code .vouch.json}, editor settings, or a draft's front matter.
 * Layers apply in order, later over earlier.
 *
 * @param source  "vouch:recommended", a file path, "editor settings" or "front matter of …"
 * @param rules   keyed by rule id or category id, in the order written
 * @param baseDir where relative paths in this layer ({@code ignore}) resolve; null for presets
 */
public record Layer(String source, Map<String, RuleSetting> rules, ObjectNode options, List<String> words,
                    List<String> ignore, Path baseDir) {
}
