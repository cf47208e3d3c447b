package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the command line does when things go wrong underneath it (issue 10's CLI part): lost output is a
 * failure, a runaway note is stopped by its time budget while the others render, and no Error or third-party
 * trace reaches the terminal: one line naming the note, with its exit code.
 */
class CliFailuresTest {
    @TempDir
    Path dir;

    /** Standard output as /dev/full is: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    /** Standard input whose reading fails with an Error, as a library deep in a stack might. */
    private static final class Overflowing extends InputStream {
        @Override
        public int read() {
            throw new StackOverflowError();
        }

        @Override
        public byte[] readAllBytes() {
            throw new StackOverflowError();
        }
    }

    private static void assertOneLine(CliRun run, int exitCode, String startsWith, String says) {
        assertEquals(exitCode, run.exitCode(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith(startsWith), "starts with '" + startsWith + "': " + err);
        assertTrue(err.contains(says), "says '" + says + "': " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
    }

    @Test
    void aFailedWriteOfABinaryToStandardOutputExitsOne() {
        Path note = Notes.chinese(dir.resolve("n.md"), "满盘");
        CliRun run = CliRun.withStreams(InputStream.nullInputStream(), new FullDisk(), "render", note.toString(), "-f", "pdf", "-o", "-");
        assertOneLine(run, 1, note.toString(), "cannot write to standard output");
    }

    @Test
    void aFailedWriteOfJsonOrHtmlToStandardOutputExitsOne() {
        Path note = Notes.chinese(dir.resolve("n.md"), "满盘");
        assertOneLine(CliRun.withStreams(InputStream.nullInputStream(), new FullDisk(), "model", note.toString()),
                1, "weekly-report: ", "cannot write to standard output");
        Path warned = Notes.write(dir.resolve("w.md"), "# 标题\n\n![图](missing.png)\n");
        assertOneLine(CliRun.withStreams(InputStream.nullInputStream(), new FullDisk(), "check", warned.toString()),
                1, "weekly-report: ", "cannot write to standard output");
        byte[] stdin = "# 标准输入\n".getBytes(StandardCharsets.UTF_8);
        assertOneLine(CliRun.withStreams(new ByteArrayInputStream(stdin), new FullDisk(), "render", "-", "-f", "html"),
                1, "<stdin>: ", "cannot write to standard output");
    }

    @Test
    void aNoteThatRunsOverItsTimeBudgetFailsAloneAndLeavesNothingBehind() throws Exception {
        // A template folder whose document template loops for seconds stands in for a runaway render.
        Path slow = dir.resolve("notes/slow");
        Path templates = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(templates.resolve("report.ftlh"), "<#list 1..4000 as i><#list 1..50000 as j></#list></#list>");
        Notes.write(slow.resolve(ConfigFile.NAME), "templates: ../../loop\ntimeout: 500ms\n");
        Path stuck = Notes.chinese(slow.resolve("a.md"), "卡住");
        Path fine = Notes.chinese(dir.resolve("notes/fine/b.md"), "正常");

        long t0 = System.nanoTime();
        CliRun run = CliRun.of("render", dir.resolve("notes").toString(), "-f", "html", "-j", "2");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(stuck + ": stopped after 500ms, its time budget (--timeout"), run.err());
        assertTrue(run.err().contains("1 failed: " + stuck), run.err());
        assertTrue(Files.readString(dir.resolve("notes/fine/b.html")).contains("正常"), "the other note rendered");
        assertTrue(seconds < 30, "the run did not wait for the stuck note: " + seconds + " s");
        assertFalse(Files.exists(slow.resolve("a.html")), "nothing written for the stuck note");
        assertEquals(0, Notes.temporaries(dir), "no temporary file left");
        Thread.sleep(3000);   // by now the stuck worker has usually finished its loop: it must not write late
        assertFalse(Files.exists(slow.resolve("a.html")), "nothing written late either");
        assertEquals(0, Notes.temporaries(dir), "no temporary file left late either");
        assertFalse(fine.toString().isEmpty());
    }

    @Test
    void theTimeBudgetIsAnOptionAndAYamlKeyWithDurations() {
        Notes.write(dir.resolve(ConfigFile.NAME), "timeout: 90s\n");
        CliRun config = CliRun.of("config", dir.toString());
        assertTrue(config.out().matches("(?s).*timeout\\s+90s\\s+\\S*weekly-report\\.yaml:1.*"), config.out());
        assertTrue(CliRun.of("config", dir.toString(), "--timeout", "none").out().matches("(?s).*timeout\\s+none\\s+--timeout.*"));
        CliRun bad = CliRun.of("render", "x.md", "--timeout", "soon");
        assertOneLine(bad, 2, "weekly-report render: --timeout: 'soon' is no duration", "see 'weekly-report render --help'");
        Notes.write(dir.resolve(ConfigFile.NAME), "timeout: later\n");
        assertOneLine(CliRun.of("config", dir.toString()), 1, dir.resolve(ConfigFile.NAME).toString(), ":1: timeout: 'later' is no duration");
    }

    @Test
    void checkAndModelTurnAnErrorIntoOneLine() {
        assertOneLine(CliRun.withStreams(new Overflowing(), OutputStream.nullOutputStream(), "check", "-"),
                1, "<stdin>: cannot be read: ", "nested too deeply");
        assertOneLine(CliRun.withStreams(new Overflowing(), OutputStream.nullOutputStream(), "model", "-"),
                1, "<stdin>: cannot be read: ", "nested too deeply");
        assertOneLine(CliRun.withStreams(new Overflowing(), OutputStream.nullOutputStream(), "render", "-", "-f", "html"),
                1, "<stdin>: cannot be read: ", "nested too deeply");
    }

    @Test
    void checkGoesOnWithTheNextNoteAfterAnError() throws IOException {
        Path good = Notes.chinese(dir.resolve("good.md"), "好");
        CliRun run = CliRun.withStreams(new Overflowing(), OutputStream.nullOutputStream(), "check", "-", good.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aTemplateThatRecursesForeverIsOneLineNamingTheNote() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "递归");
        Path templates = Files.createDirectories(dir.resolve("recursive"));
        Files.writeString(templates.resolve("report.ftlh"), "<#macro again><@again/></#macro><@again/>");
        assertOneLine(CliRun.of("render", note.toString(), "-f", "html", "--templates", templates.toString()),
                1, note.toString(), "");
        assertFalse(Files.exists(dir.resolve("n.html")));
    }

    @Test
    void aReferenceDocumentWithAnExternalEntityIsRefusedInOneLine() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "实体");
        Path docx = dir.resolve("evil.docx");
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write((doctype + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;</Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write((doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&x;</w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("render", note.toString(), "-f", "docx", "--reference-docx", docx.toString());
        assertOneLine(run, 1, note.toString(), "");
        assertFalse(run.err().contains("root:"), "the entity was never read: " + run.err());
        assertFalse(Files.exists(dir.resolve("n.docx")));
    }

    @Test
    void verboseSaysWhereAnUnexpectedFailureHappenedInAFewLinesNotATrace() {
        CliRun run = CliRun.withStreams(new Overflowing(), OutputStream.nullOutputStream(), "render", "-", "-f", "html", "-v");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("    at "), "where: " + run.err());
        assertTrue(run.err().lines().count() < 10, run.err());
    }
}
