package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tell that depends on one block alone, found once per block content and cached (offsets are prose
 * offsets, so they hold wherever the block moves). The ai-style block rules and {@link AiStyleAnalysis}
 * read the same list, so each detector runs once per paragraph however many rules look at it.
 */
public final class BlockTells {
    private static final int MAX_BLOCKS = 20_000;
    private static final Map<String, List<Tell>> CACHE = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Tell>> e) {
            return size() > MAX_BLOCKS;
        }
    };

    private BlockTells() {}

    /** The block's own tells in text order (no evidence that depends on its neighbours). */
    public static List<Tell> of(Block block) {
        String key = block.contentKey();
        synchronized (CACHE) {
            List<Tell> hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<Tell> found = find(block);
        synchronized (CACHE) {
            CACHE.put(key, found);
        }
        return found;
    }

    /** The block's tells of one signal. */
    public static List<Tell> of(Block block, Signal signal) {
        List<Tell> out = new ArrayList<>();
        for (Tell t : of(block)) {
            if (t.signal() == signal) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Tell> find(Block block) {
        if (block.prose().isEmpty()) {
            return List.of();
        }
        List<Tell> all = new ArrayList<>(LexiconTells.find(block));
        if (!block.isHeading()) {
            all.addAll(Constructions.find(block));
            all.addAll(Interlocutor.find(block));
            all.addAll(Rhythm.find(block));
        }
        all.addAll(Formatting.find(block));
        all.sort(Comparator.comparingInt(Tell::start).thenComparingInt(Tell::end));
        return List.copyOf(all);
    }
}
