package dev.vouch.rules.aistyle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The labelled corpus ({@code ../shared/corpus/ai_human}, dev split), scored as {@code score.py} scores it:
 * a paragraph is flagged when an ai-style finding of the given severity starts on one of its lines.
 * Skipped when the corpus is not on this machine. The floors sit under the figures measured when they
 * were set (docs/benchmarks.md, "AI-assistant style (issue 4)"), so a change that makes the detector
 * accuse human writers, or lose what it finds, fails here.
 */
class AiStyleCorpusTest {
    /** Warnings (ai-style.paragraph) on human paragraphs: the binding constraint. */
    static final double MAX_WARNINGS_PER_1000_HUMAN_WORDS = 0.5;
    static final double MAX_HUMAN_PARAGRAPHS_FLAGGED = 0.01;
    static final double MIN_PRECISION = 0.90;
    /** Measured 0.707 (29 of 41) when set (branch airecall2), one paragraph under it is 0.683. */
    static final double MIN_RECALL = 0.68;
    /** Findings of any severity (hints included) on human paragraphs. */
    static final double MAX_ANY_PER_1000_HUMAN_WORDS = 1.0;

    record Paragraph(String file, int start, int end, boolean ai, int words) {}

    record Score(int tp, int fp, int fn, int humanParagraphs, int humanWords, int findingsOnHuman) {
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double perThousand() {
            return 1000.0 * findingsOnHuman / humanWords;
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f (tp %d, fp %d, fn %d); %d findings on %d human words = %.3f per 1,000;"
                    + " %d of %d human paragraphs flagged", precision(), recall(), tp, fp, fn, findingsOnHuman, humanWords,
                    perThousand(), fp, humanParagraphs);
        }
    }

    @Test
    void humanWritersAreNotAccusedAndAssistantProseIsFound() throws Exception {
        Path corpus = TestPaths.corpus();
        assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("ai_human/labels.json")),
                "the shared corpus is not on this machine");
        List<Paragraph> paragraphs = labels(corpus.resolve("ai_human/labels.json"));
        Map<String, List<Finding>> findings = new HashMap<>();
        Map<String, CheckResult> results = new HashMap<>();
        Linter linter = Linter.standard();
        for (String file : paragraphs.stream().map(Paragraph::file).distinct().toList()) {
            Path p = corpus.resolve("ai_human").resolve(file);
            CheckResult r = linter.check(p, Files.readString(p), EnumSet.of(Stage.FAST), UnaryOperator.identity());
            results.put(file, r);
            findings.put(file, r.findings().stream().filter(f -> f.ruleId().startsWith("ai-style.")).toList());
        }
        Score warnings = score(paragraphs, findings, results, Severity.WARNING);
        Score any = score(paragraphs, findings, results, Severity.HINT);
        System.out.println("ai_human dev, warning or above: " + warnings);
        System.out.println("ai_human dev, any severity:     " + any);
        assertTrue(warnings.perThousand() <= MAX_WARNINGS_PER_1000_HUMAN_WORDS, "warnings on human prose: " + warnings);
        assertTrue(warnings.fp() <= MAX_HUMAN_PARAGRAPHS_FLAGGED * warnings.humanParagraphs(),
                "human paragraphs flagged: " + warnings);
        assertTrue(warnings.precision() >= MIN_PRECISION, "precision: " + warnings);
        assertTrue(warnings.recall() >= MIN_RECALL, "recall: " + warnings);
        assertTrue(any.perThousand() <= MAX_ANY_PER_1000_HUMAN_WORDS, "hints and infos on human prose: " + any);
    }

    static Score score(List<Paragraph> paragraphs, Map<String, List<Finding>> findings, Map<String, CheckResult> results,
                       Severity min) {
        Set<Paragraph> flagged = new HashSet<>();
        int onHuman = 0;
        for (Paragraph p : paragraphs) {
            CheckResult r = results.get(p.file());
            for (Finding f : findings.get(p.file())) {
                int line = r.draft().lines().lineOf(f.span().start()) + 1;
                if (f.severity().atLeast(min) && line >= p.start() && line <= p.end()) {
                    flagged.add(p);
                    if (!p.ai()) {
                        onHuman++;
                    }
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int humanParagraphs = 0;
        int humanWords = 0;
        for (Paragraph p : paragraphs) {
            boolean f = flagged.contains(p);
            if (p.ai()) {
                tp += f ? 1 : 0;
                fn += f ? 0 : 1;
            } else {
                fp += f ? 1 : 0;
                humanParagraphs++;
                humanWords += p.words();
            }
        }
        return new Score(tp, fp, fn, humanParagraphs, humanWords, onHuman);
    }

    static List<Paragraph> labels(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Paragraph> out = new ArrayList<>();
        for (JsonNode p : root.get("paragraphs")) {
            if (!p.path("split").asText("dev").equals("dev")) {
                continue;
            }
            out.add(new Paragraph(p.get("file").asText(), p.get("start_line").asInt(), p.get("end_line").asInt(),
                    p.get("label").asText().equals("ai"), p.get("words").asInt()));
        }
        return out;
    }
}
