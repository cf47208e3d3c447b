package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs appear whole or not at all, and nothing temporary outlives a run, even an interrupted one. */
class SafetyTest {
    @TempDir
    Path dir;

    @Test
    void twoHundredNotesLeaveNoTemporaryFileBehind() {
        Path notes = dir.resolve("notes");
        for (int i = 0; i < 200; i++) {
            Notes.chinese(notes.resolve(String.format("%03d/note.md", i)), "笔记 " + i);
        }
        CliRun run = CliRun.of("render", notes.toString(), "-f", "html", "-j", "4", "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(notes.resolve("199/note.html")));
        assertEquals(0, Notes.temporaries(notes));
    }

    @Test
    void theShutdownCleanUpDeletesInFlightTemporariesAndRefusesNewOnes() throws Exception {
        TemporaryFiles temporaries = new TemporaryFiles();
        AtomicOutput output = new AtomicOutput(temporaries);
        Path target = dir.resolve("out.pdf");
        Path[] seen = new Path[1];

        // What Ctrl-C does mid-write: the shutdown hook runs while a worker is still writing.
        Exception e = assertThrows(Exception.class, () -> output.write(target, out -> {
            out.write("half a PDF".getBytes());
            try (var files = Files.list(dir)) {
                seen[0] = files.filter(p -> p.toString().endsWith(TemporaryFiles.SUFFIX)).findFirst().orElseThrow();
            }
            temporaries.deleteAll();
        }));

        assertTrue(seen[0].getFileName().toString().startsWith(".out.pdf."), seen[0].toString());
        assertFalse(Files.exists(seen[0]));
        assertFalse(Files.exists(target), "no half-written output: " + e);
        assertThrows(IOException.class, () -> temporaries.create(dir.resolve("later.pdf")));
        assertEquals(0, Notes.temporaries(dir));
    }

    @Test
    void aFailedWriteLeavesTheOldOutputAndNoTemporary() throws Exception {
        Path target = Files.writeString(dir.resolve("n.pdf"), "last week");
        try (TemporaryFiles temporaries = new TemporaryFiles()) {
            AtomicOutput output = new AtomicOutput(temporaries);
            assertThrows(IllegalStateException.class, () -> output.write(target, out -> {
                out.write("partial".getBytes());
                throw new IllegalStateException("renderer fell over");
            }));
            assertEquals(0, temporaries.inFlight());
        }
        assertEquals("last week", Files.readString(target));
        assertEquals(0, Notes.temporaries(dir));
    }

    @Test
    void outputNamesAreSanitised() {
        assertEquals("2023-05-18", OutputPaths.baseName("2023-05-18.md"));
        assertEquals("2023-04- 13", OutputPaths.baseName("2023-04- 13.md"), "spaces are fine");
        assertEquals("双周会 纪要", OutputPaths.baseName("双周会 纪要.markdown"));
        assertEquals("a_b_c_d", OutputPaths.baseName("a:b*c?d.txt"));
        assertEquals("line_break", OutputPaths.baseName("line\nbreak.md"));
        assertEquals("hidden", OutputPaths.baseName(".hidden.md"));
        assertEquals("_rf", OutputPaths.baseName("-rf.md"));
        assertEquals("untitled", OutputPaths.baseName(".md"));
        assertEquals("trailing", OutputPaths.baseName("trailing. .md"));
        String longName = "周".repeat(120) + ".md";
        String cut = OutputPaths.baseName(longName);
        assertTrue(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200, cut);
        assertEquals(66, cut.length());
    }
}
