package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `watch` in this process: a first render, then one line per save that changes something, until stopped. */
class WatchCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aSaveRendersTheNoteAgainAndATouchDoesNot() throws Exception {
        Path note = Notes.chinese(dir.resolve("notes/n.md"), "初稿");
        Path pdf = dir.resolve("notes/n.pdf");
        try (RunningCommand watch = RunningCommand.start("watch", note.toString(), "-f", "pdf,html")) {
            watch.awaitErr(e -> e.contains("watching 1 note"), WAIT, "the first render");
            assertTrue(watch.err().contains(note + " -> pdf, html in "), watch.err());
            assertTrue(pdfText(pdf).contains("初稿"));

            Notes.chinese(note, "二稿");
            String err = watch.awaitErr(e -> count(e, " -> pdf, html in ") == 2, WAIT, "a render after the save");
            assertTrue(pdfText(pdf).contains("二稿"), "the PDF is the saved note now");
            assertTrue(Files.readString(dir.resolve("notes/n.html")).contains("二稿"));

            Files.setLastModifiedTime(note, FileTime.from(Instant.now().plusSeconds(10)));
            Files.writeString(dir.resolve("notes/n.md~"), "an editor's backup");
            RunningCommand.sleep(1500);
            assertEquals(2, count(watch.err(), " -> "), "a touch or a backup file renders nothing: " + watch.err());

            assertEquals(0, watch.stop());
            assertTrue(watch.err().contains("stopped watching"), watch.err());
            assertFalse(err.contains("Exception"), err);
        }
        assertEquals(0, Notes.temporaries(dir), "no temporary file left behind");
    }

    @Test
    void aFolderWatchRendersNewNotesAndWhatAConfigChangeConcerns() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Notes.chinese(notes.resolve("a.md"), "甲");
        Path out = dir.resolve("out");
        try (RunningCommand watch = RunningCommand.start("watch", notes.toString(), "-o", out + "/", "-f", "pdf", "-v")) {
            watch.awaitErr(e -> e.contains("watching 1 note"), WAIT, "the first render");

            Notes.chinese(notes.resolve("2023/b.md"), "乙");
            watch.awaitErr(e -> e.contains("b.md -> pdf in "), WAIT, "the new note rendered");
            assertTrue(pdfText(out.resolve("2023/b.pdf")).contains("乙"));
            assertTrue(watch.err().contains("after the save") && watch.err().contains("process CPU"), "-v tells the times: " + watch.err());

            Files.writeString(notes.resolve("weekly-report.yaml"), "page-size: letter\n");
            watch.awaitErr(e -> count(e, "a.md -> pdf in ") == 2 && count(e, "b.md -> pdf in ") == 2, WAIT,
                    "both notes rendered again for the new setting");
            try (PDDocument doc = Loader.loadPDF(out.resolve("a.pdf").toFile())) {
                assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 1, "letter");
            }
            watch.stop();
        }
    }

    @Test
    void aNoteThatFailsSaysSoOnceAndRendersWhenFixed() throws Exception {
        Path note = Notes.chinese(dir.resolve("n.md"), "好的");
        Path other = Notes.chinese(dir.resolve("other.md"), "另一个");
        try (RunningCommand watch = RunningCommand.start("watch", dir.toString(), "-f", "html")) {
            watch.awaitErr(e -> e.contains("watching 2 notes"), WAIT, "the first render");
            Files.write(note, new byte[] {'#', ' ', (byte) 0xff, '\n'});
            String failed = watch.awaitErr(e -> e.contains("n.md:1:"), WAIT, "the failure");
            assertFalse(failed.contains("Exception"), failed);

            Notes.chinese(other, "另一个改了");
            watch.awaitErr(e -> count(e, "other.md -> html") == 2, WAIT, "the other note rendered");
            RunningCommand.sleep(300);
            assertEquals(1, count(watch.err(), "n.md:1:"), "the failing note is not said again for another's save: " + watch.err());

            Notes.chinese(note, "修好了");
            watch.awaitErr(e -> count(e, dir.resolve("n.md") + " -> html") == 2, WAIT, "the fixed note rendered");
            assertTrue(Files.readString(dir.resolve("n.html")).contains("修好了"));
            watch.stop();
        }
    }

    @Test
    void standardInputAndStandardOutputAreUsageErrors() {
        CliRun stdin = CliRun.of("watch", "-");
        assertEquals(2, stdin.exitCode(), stdin.err());
        assertTrue(stdin.err().contains("watch reads files") && stdin.err().strip().lines().count() == 1, stdin.err());
        CliRun stdout = CliRun.of("watch", dir.toString(), "-o", "-");
        assertEquals(2, stdout.exitCode(), stdout.err());
        assertTrue(stdout.err().contains("watch writes files"), stdout.err());
    }
}
