package dev.vouch.rule;

import java.util.List;

/** A registered rule and its metadata, read once from its {@link RuleInfo}. */
public record RuleDescriptor(String id, Category category, Severity defaultSeverity, String summary,
                             String explanation, List<String> flagged, List<String> passes, Stage stage,
                             boolean enabledByDefault, List<OptionSpec<?>> options, Rule rule) {

    static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getClass().getName() + " has no @RuleInfo");
        }
        String id = info.id();
        int dot = id.indexOf('.');
        Category category = dot > 0 ? Category.fromId(id.substring(0, dot)) : null;
        if (category == null || !id.substring(dot + 1).matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalStateException(rule.getClass().getName() + ": rule id \"" + id
                    + "\" is not category.kebab-name with a known category");
        }
        return new RuleDescriptor(id, category, info.severity(), info.summary(), info.explanation().strip(),
                List.of(info.flagged()), List.of(info.passes()), info.stage(), info.enabledByDefault(),
                List.copyOf(rule.options()), rule);
    }

    /** The part after the category: "undefined-footnote". */
    public String name() {
        return id.substring(id.indexOf('.') + 1);
    }

    public boolean isBlockRule() {
        return rule instanceof BlockRule;
    }
}
