package dev.vouch.engine;

import dev.vouch.rule.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings of block rules per block content, with offsets relative to the block's start, so an edit
 * re-runs block rules only on blocks whose text changed. Least recently used blocks are dropped past
 * {@code maxBlocks}; safe to share between threads.
 */
final class BlockCache {
    /** Past this many distinct rule keys the canonical copies are forgotten (they only save memory). */
    private static final int MAX_RULE_KEYS = 4096;

    private final int maxBlocks;
    private final LinkedHashMap<String, Map<String, List<Finding>>> byBlock;
    /**
     * One instance of each rule key: the checker builds the key (rule id and options fingerprint) afresh
     * on every check, and without this every cached block would keep its own copies, a few kilobytes a
     * block, which over a long editing session is most of what the cache holds.
     */
    private final Map<String, String> ruleKeys = new java.util.HashMap<>();

    BlockCache(int maxBlocks) {
        this.maxBlocks = maxBlocks;
        this.byBlock = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, List<Finding>>> e) {
                return size() > BlockCache.this.maxBlocks;
            }
        };
    }

    synchronized List<Finding> get(String blockKey, String ruleKey) {
        Map<String, List<Finding>> m = byBlock.get(blockKey);
        return m == null ? null : m.get(ruleKey);
    }

    synchronized void put(String blockKey, String ruleKey, List<Finding> relative) {
        if (ruleKeys.size() > MAX_RULE_KEYS) {
            ruleKeys.clear();
        }
        String canonical = ruleKeys.computeIfAbsent(ruleKey, k -> k);
        byBlock.computeIfAbsent(blockKey, k -> new java.util.HashMap<>()).put(canonical, List.copyOf(relative));
    }

    synchronized int size() {
        return byBlock.size();
    }

    synchronized void clear() {
        byBlock.clear();
        ruleKeys.clear();
    }
}
