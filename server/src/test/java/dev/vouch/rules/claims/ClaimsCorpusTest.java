package dev.vouch.rules.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Stage;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims rules against the labelled corpus in {@code ../shared/corpus} (skipped when this machine has
 * no corpus): nothing flagged in fiction or dialogue that is labelled "none", and sentence-level precision
 * and recall for "needs-citation" above floors set below the measured figures (docs/benchmarks.md), so a
 * regression fails. Scored as {@code score.py} scores a {@code vouch check --format json} report.
 */
class ClaimsCorpusTest {
    /** Measured on the dev split: P=1.000 R=0.900 (docs/benchmarks.md). */
    private static final double PRECISION_FLOOR = 0.85;
    private static final double RECALL_FLOOR = 0.80;

    private static final Linter LINTER = Linter.standard();
    private static Path corpus;
    private static final Map<String, List<UnitScorer.Unit>> UNITS = new LinkedHashMap<>();
    private static final Map<String, String> PROVENANCE = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        corpus = TestPaths.corpus();
        if (corpus == null || !Files.exists(corpus.resolve("claims/claims.json"))) {
            return;
        }
        JsonNode root = new ObjectMapper().readTree(corpus.resolve("claims/claims.json").toFile());
        for (JsonNode u : root.path("sentences")) {
            UNITS.computeIfAbsent(u.path("file").asText(), f -> new ArrayList<>()).add(new UnitScorer.Unit(
                    u.path("file").asText(), u.path("line").asInt(), u.path("column").asInt(), u.path("label").asText(),
                    u.path("text").asText()));
        }
        root.path("provenance").fields().forEachRemaining(e -> PROVENANCE.put(e.getKey(), e.getValue().asText()));
    }

    private static CheckResult check(Path file) throws Exception {
        return LINTER.check(file, Files.readString(file), EnumSet.of(Stage.FAST), UnaryOperator.identity());
    }

    private static String provenance(String file) {
        for (Map.Entry<String, String> e : PROVENANCE.entrySet()) {
            if (file.startsWith(e.getKey())) {
                return e.getValue().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    @Test
    void nothingLabelledNoneIsFlaggedInFictionOrDialogue() throws Exception {
        assumeTrue(!UNITS.isEmpty(), "no corpus at ../shared/corpus");
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, List<UnitScorer.Unit>> e : UNITS.entrySet()) {
            String p = provenance(e.getKey());
            if (!p.matches("(?s).*\\b(?:fiction|story|interview|transcript|dialogue)\\b.*")) {
                continue;
            }
            files++;
            Set<UnitScorer.Unit> flagged = UnitScorer.flagged(check(corpus.resolve("claims").resolve(e.getKey())), e.getValue());
            for (UnitScorer.Unit u : flagged) {
                if (u.label().equals("none")) {
                    problems.add(u.file() + ":" + u.line() + ":" + u.column() + " " + u.text());
                }
            }
        }
        assumeTrue(files > 0, "the corpus has no fiction or dialogue file");
        assertTrue(problems.isEmpty(), "flagged in fiction or dialogue although labelled none:\n" + String.join("\n", problems));
    }

    @Test
    void storiesInTheAiHumanSetCarryNoClaimFindings() throws Exception {
        assumeTrue(corpus != null && Files.exists(corpus.resolve("ai_human/labels.json")), "no ai_human corpus");
        JsonNode labels = new ObjectMapper().readTree(corpus.resolve("ai_human/labels.json").toFile());
        List<String> problems = new ArrayList<>();
        Set<String> storyFiles = new java.util.TreeSet<>();
        for (JsonNode p : labels.path("paragraphs")) {
            if (p.path("provenance").asText().toLowerCase(Locale.ROOT).contains("story")) {
                storyFiles.add(p.path("file").asText());
            }
        }
        assumeTrue(!storyFiles.isEmpty(), "no stories in the ai_human set");
        for (String f : storyFiles) {
            CheckResult r = check(corpus.resolve("ai_human").resolve(f));
            for (Finding finding : r.findings()) {
                if (finding.ruleId().startsWith("claims.")) {
                    problems.add(f + ":" + (r.draft().lines().lineOf(finding.span().start()) + 1) + " " + finding.message());
                }
            }
        }
        assertTrue(problems.isEmpty(), "claims findings in fiction:\n" + String.join("\n", problems));
    }

    @Test
    void precisionAndRecallStayAboveTheirFloors() throws Exception {
        assumeTrue(!UNITS.isEmpty(), "no corpus at ../shared/corpus");
        UnitScorer.Score total = new UnitScorer.Score(0, 0, 0, List.of(), List.of());
        for (Map.Entry<String, List<UnitScorer.Unit>> e : UNITS.entrySet()) {
            Path file = corpus.resolve("claims").resolve(e.getKey());
            Set<UnitScorer.Unit> flagged = UnitScorer.flagged(check(file), e.getValue());
            total = total.plus(UnitScorer.score(e.getValue(), flagged));
        }
        String detail = total + "\nfalse positives: " + total.falsePositives() + "\nmissed: " + total.falseNegatives();
        System.out.println("claims corpus (" + UNITS.size() + " files): " + total);
        assertTrue(total.precision() >= PRECISION_FLOOR, "precision below " + PRECISION_FLOOR + ": " + detail);
        assertTrue(total.recall() >= RECALL_FLOOR, "recall below " + RECALL_FLOOR + ": " + detail);
    }
}
