package dev.vouch.rule;

import java.util.List;

/**
 * A fix that changes something other than the draft. The ids are a contract with the language server,
 * which executes them (LSP {@code workspace/executeCommand}), and with the editor extension:
 * <ul>
 *   <li>{@link #ADD_TO_DICTIONARY} with one argument, the word: appends it to the project dictionary
 *       ({@code .vouch/dictionary.txt} beside the draft's {@code .vouch.json}) with
 *       {@link dev.vouch.config.ProjectDictionary#add}.</li>
 * </ul>
 */
public record FixCommand(String id, List<String> arguments) {
    public static final String ADD_TO_DICTIONARY = "vouch.addToDictionary";

    public FixCommand {
        arguments = List.copyOf(arguments);
    }

    public static FixCommand addToDictionary(String word) {
        return new FixCommand(ADD_TO_DICTIONARY, List.of(word));
    }
}
