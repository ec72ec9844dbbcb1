package dev.vouch.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.rule.Severity;

/**
 * One {@code "rules"} entry: {@code "off"}, a severity, {@code true}/{@code "on"} (the rule's default
 * severity), or an object with an optional {@code "severity"} and the rule's options.
 *
 * @param enabled  null when the entry only sets options
 * @param severity null for the rule's default
 */
public record RuleSetting(Boolean enabled, Severity severity, ObjectNode options) {
}
