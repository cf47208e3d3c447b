package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckAndModelTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    /** A note the parser has something to say about: an image that is not there. */
    private Path noteWithWarnings() {
        return Notes.write(dir.resolve("2023-05-18.md"), "# 标题\n\n## 内容\n\n- 一项\n\n![图](missing.png)\n");
    }

    @Test
    void checkPrintsCompilerStyleLinesWithoutColourInAPipe() {
        Path note = noteWithWarnings();
        CliRun run = CliRun.of("check", note.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)" + java.util.regex.Pattern.quote(note.toString()) + ":7:\\d+: warning: .+ \\[[a-z-]+].*"), run.out());
        assertFalse(run.out().contains(ESC), run.out());
    }

    @Test
    void checkColoursOnATerminalOnlyAndHonoursColorNever() {
        Path note = noteWithWarnings();
        assertTrue(CliRun.onTerminal("check", note.toString()).out().contains(ESC));
        assertFalse(CliRun.onTerminal("check", note.toString(), "--color", "never").out().contains(ESC));
        assertTrue(CliRun.of("check", note.toString(), "--color", "always").out().contains(ESC));
    }

    @Test
    void checkAsJsonForMachines() throws IOException {
        Path note = noteWithWarnings();
        CliRun run = CliRun.onTerminal("check", note.toString(), dir.resolve("missing.md").toString(), "--format", "json");

        assertEquals(1, run.exitCode(), "a missing note fails the check");
        assertFalse(run.out().contains(ESC), "JSON is never coloured");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(note.toString(), json.at("/files/0/file").asText());
        JsonNode first = json.at("/files/0/diagnostics/0");
        assertEquals("warning", first.get("severity").asText());
        assertEquals(7, first.get("line").asInt());
        assertTrue(first.has("code") && first.has("message") && first.has("column"));
        assertTrue(json.at("/files/1/error").asText().contains("no such file"), run.out());
        assertEquals(1, json.get("unreadable").asInt());
    }

    @Test
    void checkOfAFolderSummarises() {
        noteWithWarnings();
        Notes.chinese(dir.resolve("sub/ok.md"), "好");
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.err().matches("2 notes: 0 errors, \\d+ warnings?\\R"), run.err());
    }

    @Test
    void modelIsJsonColouredOnlyOnATerminal() throws IOException {
        Path note = Notes.chinese(dir.resolve("m.md"), "模型");
        CliRun plain = CliRun.of("model", note.toString());
        assertEquals("模型", new ObjectMapper().readTree(plain.out()).at("/metadata/title").asText());

        CliRun coloured = CliRun.onTerminal("model", note.toString());
        assertTrue(coloured.out().contains(ESC));
        String stripped = coloured.out().replaceAll("\u001b\\[[0-9;]*m", "");
        assertEquals(plain.out(), stripped, "colour adds escapes and nothing else");
    }

    @Test
    void modelReadsStandardInput() throws IOException {
        CliRun run = CliRun.withStdin("# 标准输入\n".getBytes(StandardCharsets.UTF_8), "model", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("标准输入", new ObjectMapper().readTree(run.out()).at("/metadata/title").asText());
    }

    @org.junit.jupiter.api.Test
    void aWholeFileDiagnosticNamesTheFileWithoutALineZero() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("check");
        java.nio.file.Path note = Notes.write(dir.resolve("notes.md"), "- 只有一项\n");
        CliRun run = CliRun.of("check", note.toString(), "--color", "never");
        org.junit.jupiter.api.Assertions.assertTrue(run.out().contains(note + ": warning: no meeting date found"), run.out());
        org.junit.jupiter.api.Assertions.assertFalse(run.out().contains(":0:0:"), run.out());
    }
}
