package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gives one clear line naming the file, exit code 1, no stack trace and no output file. */
class BadInputTest {
    @TempDir
    Path dir;

    private void assertRefused(Path input, String problem) throws IOException {
        CliRun run = CliRun.of("render", input.toString(), "-f", "pdf");
        assertEquals(1, run.exitCode(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith(input.toString()), "names the file: " + err);
        assertTrue(err.contains(problem), "says '" + problem + "': " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".pdf")
                    || f.getFileName().toString().contains(".part")), "no output left behind");
        }
    }

    @Test
    void aMissingFile() throws IOException {
        assertRefused(dir.resolve("nowhere.md"), "no such file");
    }

    @Test
    void aFolderWhereAFileWasExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("notes.md"));
        CliRun run = CliRun.of("model", folder.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(folder + ": is a folder, not a Markdown file", run.err().strip());
    }

    @Test
    void aBinaryFile() throws IOException {
        Path binary = dir.resolve("picture.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertRefused(binary, "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "# Caf\u00e9 notes\n\n- fa\u00e7ade\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(latin1, "not valid UTF-8");
    }

    @Test
    void aFailedRenderLeavesTheExistingOutputAsItWas() throws IOException {
        Path note = dir.resolve("n.md");
        Files.writeString(note, "# Notes\n\n- one item\n");
        Path templates = Files.createDirectory(dir.resolve("broken-templates"));
        Files.writeString(templates.resolve("report.ftlh"), "<#if>broken");
        Path pdf = dir.resolve("n.pdf");
        byte[] good = "a good PDF from last week".getBytes();
        Files.write(pdf, good);

        CliRun run = CliRun.of("render", note.toString(), "-f", "pdf", "--templates", templates.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("report.ftlh:1:"), "names template, line and column: " + run.err());
        assertArrayEquals(good, Files.readAllBytes(pdf));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".part")), "no temporary file left");
        }
    }
}
