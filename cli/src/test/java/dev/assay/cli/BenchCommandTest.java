package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test: bench runs briefly and reports its figures. Speeds are never asserted. */
class BenchCommandTest {

    @Test
    void printsItsTableAfterAShortRun(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("few.jsonl");
        Files.writeString(answers, String.join("\n", Files.readAllLines(Cli.bundledAnswers()).subList(0, 4)) + "\n");
        CliRun r = CliRun.of("bench", "--answers", answers.toString(), "--threads", "1,2", "--seconds", "0.2",
                "--rounds", "1", "--warmup", "0");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("answers/s"), r.out());
        assertTrue(r.out().contains("bare CoreNLP/s"), r.out());
        assertTrue(r.out().contains("engine/analysis"), r.out());
        assertTrue(r.out().contains("cold start"), r.out());
        assertTrue(r.out().contains("peak heap"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("2 ")), r.out());
    }

    @Test
    void jsonHasOnePointPerThreadCount(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("few.jsonl");
        Files.writeString(answers, String.join("\n", Files.readAllLines(Cli.bundledAnswers()).subList(0, 3)) + "\n");
        CliRun r = CliRun.of("bench", "--answers", answers.toString(), "--threads", "1", "--seconds", "0.2",
                "--rounds", "1", "--warmup", "0", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.path("result").path("points").size(), r.out());
        assertEquals(3, json.path("result").path("texts").asInt());
        assertTrue(json.path("result").path("points").get(0).path("engine").asDouble() > 0);
        assertTrue(json.path("result").path("points").get(0).path("analysis").asDouble() > 0, r.out());
        assertTrue(json.path("cold_start_seconds").asDouble() > 0);
    }

    @Test
    void anUnknownAnswersFileIsRefused(@TempDir Path dir) {
        CliRun r = CliRun.of("bench", "--answers", dir.resolve("missing.jsonl").toString(), "--seconds", "0.1");
        assertEquals(2, r.exitCode());
    }
}
