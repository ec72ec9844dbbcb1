package dev.vouch.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every rule on the class path, found with {@link ServiceLoader} (each rule class registers itself with
 * {@code @AutoService(Rule.class)}); never a hand-kept list. Sorted by id.
 */
public final class RuleRegistry {
    private static volatile RuleRegistry standard;

    private final Map<String, RuleDescriptor> byId;

    public RuleRegistry(Iterable<? extends Rule> rules) {
        List<RuleDescriptor> all = new ArrayList<>();
        for (Rule r : rules) {
            all.add(RuleDescriptor.of(r));
        }
        all.sort(Comparator.comparing(RuleDescriptor::id));
        Map<String, RuleDescriptor> m = new LinkedHashMap<>();
        for (RuleDescriptor d : all) {
            RuleDescriptor clash = m.put(d.id(), d);
            if (clash != null) {
                throw new IllegalStateException("rule id " + d.id() + " is used by both "
                        + clash.rule().getClass().getName() + " and " + d.rule().getClass().getName());
            }
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /** The rules shipped with Vouch (and any on the class path that register the same way). */
    public static RuleRegistry standard() {
        RuleRegistry r = standard;
        if (r == null) {
            synchronized (RuleRegistry.class) {
                r = standard;
                if (r == null) {
                    r = new RuleRegistry(ServiceLoader.load(Rule.class, RuleRegistry.class.getClassLoader()));
                    standard = r;
                }
            }
        }
        return r;
    }

    public List<RuleDescriptor> all() {
        return List.copyOf(byId.values());
    }

    public RuleDescriptor get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public List<RuleDescriptor> inCategory(Category c) {
        return byId.values().stream().filter(d -> d.category() == c).toList();
    }

    /** Every option any rule declares, global ones once (the first declaration's description wins). */
    public Map<String, OptionSpec<?>> globalOptions() {
        Map<String, OptionSpec<?>> m = new LinkedHashMap<>();
        for (OptionSpec<?> o : CoreOptions.ALL) {
            m.putIfAbsent(o.name(), o);
        }
        for (RuleDescriptor d : byId.values()) {
            for (OptionSpec<?> o : d.options()) {
                if (o.isGlobal()) {
                    m.putIfAbsent(o.name(), o);
                }
            }
        }
        return m;
    }
}
