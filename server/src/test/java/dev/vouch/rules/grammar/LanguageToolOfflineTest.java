package dev.vouch.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.Premium;
import org.languagetool.rules.RemoteRule;
import org.languagetool.rules.Rule;

/**
 * LanguageTool as Vouch builds it has nothing that talks to a server: no remote rule (those exist only
 * once {@code activateRemoteRules} is called with a server configuration, which Vouch never does), and
 * the premium (cloud) edition is not the one on the class path. NoNetworkTest proves the same from the
 * outside, with a detector on every socket of a running server.
 */
class LanguageToolOfflineTest {
    @Test
    void noRemoteOrPremiumRules() {
        for (Set<String> enabled : List.of(Set.<String>of(), Set.of("EN_QUOTES"))) {
            List<Rule> rules = LanguageTools.withInstance(new LanguageTools.Key("en-US", enabled),
                    lt -> lt.getAllRules());
            assertFalse(rules.isEmpty());
            List<String> remote = rules.stream().filter(r -> r instanceof RemoteRule).map(Rule::getId).toList();
            assertTrue(remote.isEmpty(), "remote rules: " + remote);
        }
        assertFalse(Premium.isPremiumVersion(), "the premium (cloud) LanguageTool is on the class path");
    }
}
