package dev.vouch.engine;

import dev.vouch.config.ConfigLoader;
import dev.vouch.config.ResolvedConfig;
import dev.vouch.config.Settings;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one way in for the CLI and the language server: text and a path in, findings out. Finds the
 * configuration for the path, parses the draft, runs the checker.
 */
public final class Linter {
    private final ConfigLoader configs;
    private final Checker checker;

    public Linter(RuleRegistry registry) {
        this(new ConfigLoader(registry), new Checker(registry));
    }

    public Linter(ConfigLoader configs, Checker checker) {
        this.configs = configs;
        this.checker = checker;
    }

    public static Linter standard() {
        return new Linter(RuleRegistry.standard());
    }

    public ConfigLoader configs() {
        return configs;
    }

    public Checker checker() {
        return checker;
    }

    public RuleRegistry registry() {
        return checker.registry();
    }

    /** Settings for a draft at {@code path} (null: the working directory). */
    public Settings settingsFor(Path path) {
        Path dir = path == null ? Path.of("").toAbsolutePath() : path.toAbsolutePath().getParent();
        return configs.forDirectory(dir);
    }

    public CheckResult check(Path path, String text) {
        return check(path, text, EnumSet.allOf(Stage.class), UnaryOperator.identity());
    }

    /**
     * Checks {@code text} as the draft at {@code path}; {@code adjust} may add layers to the folder's
     * settings (editor settings, an explicit {@code --config}).
     */
    public CheckResult check(Path path, String text, Set<Stage> stages, UnaryOperator<Settings> adjust) {
        Draft draft = DraftParser.parse(path, text);
        Settings settings = adjust.apply(settingsFor(path));
        ResolvedConfig config = ResolvedConfig.forDraft(settings, draft, configs);
        return checker.check(draft, config, stages);
    }

    /** Why these bytes are not a readable draft ("binary", "not valid UTF-8 …"), or null. */
    public static String unreadable(byte[] bytes) {
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                return "binary file (NUL byte at offset " + i + ")";
            }
        }
        return null;
    }

    /** Strict UTF-8 decoding (a leading byte-order mark is dropped). */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s = d.decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The byte offset of the first invalid UTF-8 sequence, for messages. */
    public static long invalidUtf8Offset(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    /** True for the exception {@link #decode} throws on bad input. */
    public static boolean isMalformed(CharacterCodingException e) {
        return e instanceof MalformedInputException || e instanceof java.nio.charset.UnmappableCharacterException;
    }
}
