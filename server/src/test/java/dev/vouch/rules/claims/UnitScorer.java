package dev.vouch.rules.claims;

import dev.vouch.engine.CheckResult;
import dev.vouch.rule.Finding;
import dev.vouch.text.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence-level scoring of claims and citations findings, the way {@code ../shared/corpus/score.py}
 * does it: a unit is flagged when a finding of category claims or citations starts on its line inside
 * its column range; units on one line split the line between them (each owns the columns from its start
 * to the next unit's start, the first one everything before it).
 */
final class UnitScorer {
    /** A labelled unit: 1-based line, 1-based UTF-16 start column, label. */
    record Unit(String file, int line, int column, String label, String text) {}

    record Score(int tp, int fp, int fn, List<Unit> falsePositives, List<Unit> falseNegatives) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        Score plus(Score o) {
            List<Unit> fps = new ArrayList<>(falsePositives);
            fps.addAll(o.falsePositives);
            List<Unit> fns = new ArrayList<>(falseNegatives);
            fns.addAll(o.falseNegatives);
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn, fps, fns);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp, fn);
        }
    }

    private UnitScorer() {}

    /** The units of {@code units} (all in one file) that a claims or citations finding of {@code result} flags. */
    static Set<Unit> flagged(CheckResult result, List<Unit> units) {
        Map<Integer, List<Unit>> byLine = new HashMap<>();
        for (Unit u : units) {
            byLine.computeIfAbsent(u.line(), l -> new ArrayList<>()).add(u);
        }
        byLine.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.column(), b.column())));
        Set<Unit> out = new HashSet<>();
        for (Finding f : result.findings()) {
            if (!f.ruleId().startsWith("claims.") && !f.ruleId().startsWith("citations.")) {
                continue;
            }
            Position p = result.draft().lines().position(f.span().start());
            List<Unit> row = byLine.get(p.line() + 1);
            if (row == null) {
                continue;
            }
            Unit hit = row.get(0);
            for (Unit u : row) {
                if (p.column() + 1 >= u.column()) {
                    hit = u;
                }
            }
            out.add(hit);
        }
        return out;
    }

    static Score score(List<Unit> units, Set<Unit> flagged) {
        int tp = 0;
        int fn = 0;
        List<Unit> fps = new ArrayList<>();
        List<Unit> fns = new ArrayList<>();
        for (Unit u : units) {
            boolean f = flagged.contains(u);
            if (u.label().equals("needs-citation")) {
                if (f) {
                    tp++;
                } else {
                    fn++;
                    fns.add(u);
                }
            } else if (f) {
                fps.add(u);
            }
        }
        return new Score(tp, fps.size(), fn, fps, fns);
    }
}
