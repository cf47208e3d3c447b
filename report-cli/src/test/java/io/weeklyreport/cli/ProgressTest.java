package io.weeklyreport.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a render run prints while it works: a bar on a terminal, plain lines elsewhere, less with -q, more with -v. */
class ProgressTest {
    @TempDir
    Path dir;
    Path notes;

    @BeforeEach
    void threeNotes() {
        notes = dir.resolve("notes");
        for (String name : new String[] {"a", "b", "c"}) {
            Notes.chinese(notes.resolve(name + ".md"), "笔记 " + name);
        }
    }

    @Test
    void aTerminalGetsAProgressBarWithDoneTotalAndElapsedTime() {
        CliRun run = CliRun.onTerminal("render", notes.toString(), "-f", "html", "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Rendering"), run.err());
        assertTrue(run.err().contains("3/3"), run.err());
        assertTrue(run.err().matches("(?s).*\\(\\d+:\\d\\d:\\d\\d\\).*"), "elapsed time: " + run.err());
        assertFalse(run.err().contains("[1/3]"), "no plain lines under a bar: " + run.err());
        assertTrue(run.err().contains("3 notes: 3 rendered"), run.err());
    }

    @Test
    void aPipeGetsOnePlainLinePerNote() {
        CliRun run = CliRun.of("render", notes.toString(), "-f", "html", "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("\r"), "no carriage returns in a log: " + run.err());
        assertFalse(run.err().contains("\u001b["), "no colour in a log");
        for (String n : new String[] {"a", "b", "c"}) {
            assertTrue(run.err().matches("(?s).*\\[\\d/3] " + java.util.regex.Pattern.quote(notes.resolve(n + ".md").toString())
                    + " -> .*" + n + "\\.html.*"), run.err());
        }
    }

    @Test
    void oneNoteOnATerminalGetsALineNotABar() {
        CliRun run = CliRun.onTerminal("render", notes.resolve("a.md").toString(), "-f", "html");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("Rendering"), run.err());
        assertTrue(run.err().contains("a.html"), run.err());
    }

    @Test
    void quietPrintsNothingWhenAllIsWell() {
        CliRun run = CliRun.of("render", notes.toString(), "-f", "html", "-q");
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        assertEquals("", run.out());
    }

    @Test
    void quietStillNamesFailures() throws Exception {
        Files.writeString(notes.resolve("bad.md"), "\u0000\u0001binary");
        CliRun run = CliRun.of("render", notes.toString(), "-f", "html", "-q");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.md"), run.err());
        assertEquals(2, run.err().strip().lines().count(), "the failure and the summary: " + run.err());
    }

    @Test
    void verboseGivesTimingsAndSizesPerFile() {
        CliRun run = CliRun.of("render", notes.toString(), "-f", "pdf,html", "-v", "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*a\\.pdf \\(\\d+(\\.\\d)? m?s, \\d+ KiB\\).*"), run.err());
        assertTrue(run.err().contains("read in"), run.err());
    }
}
