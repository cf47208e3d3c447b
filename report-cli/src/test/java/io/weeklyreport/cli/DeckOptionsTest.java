package io.weeklyreport.cli;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the deck takes from the command line and weekly-report.yaml: the slide level, a reference deck's warning. */
class DeckOptionsTest {
    @TempDir
    Path dir;

    static final String NOTE = """
            # Team sync

            ## Build

            - CI moved to the new runners

            ### Caching

            - Remote cache hit rate up

            ## Docs

            - New tutorial published
            """;

    private static int slides(Path pptx) throws IOException {
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
            return show.getSlides().size();
        }
    }

    @Test
    void slideLevelFromTheCommandLineAndTheConfig() throws IOException {
        Path note = Notes.write(dir.resolve("2026-02-03.md"), NOTE);
        CliRun byFit = CliRun.of("render", note.toString(), "-f", "pptx", "--force");
        assertEquals(0, byFit.exitCode(), byFit.err());
        int composed = slides(dir.resolve("2026-02-03.pptx"));
        CliRun levelTwo = CliRun.of("render", note.toString(), "-f", "pptx", "--force", "--slide-level", "1");
        assertEquals(0, levelTwo.exitCode(), levelTwo.err());
        assertEquals(composed + 1, slides(dir.resolve("2026-02-03.pptx")), "Build and Docs each start a slide at level 1 (the outline's top), Caching flows on under Build");
        Files.writeString(dir.resolve("weekly-report.yaml"), "slide-level: 1\n");
        CliRun fromConfig = CliRun.of("render", note.toString(), "-f", "pptx", "--force");
        assertEquals(0, fromConfig.exitCode(), fromConfig.err());
        assertEquals(composed + 1, slides(dir.resolve("2026-02-03.pptx")));
        assertTrue(CliRun.of("config", dir.toString()).out().contains("slide-level"));
    }

    @Test
    void aWrongSlideLevelIsOneClearMessage() throws IOException {
        Path note = Notes.write(dir.resolve("2026-02-03.md"), NOTE);
        CliRun flag = CliRun.of("render", note.toString(), "-f", "pptx", "--slide-level", "9");
        assertEquals(2, flag.exitCode());
        assertTrue(flag.err().contains("'9' is no heading level"), flag.err());
        Files.writeString(dir.resolve("weekly-report.yaml"), "slide-level: deep\n");
        CliRun config = CliRun.of("render", note.toString(), "-f", "pptx");
        assertEquals(1, config.exitCode());
        assertTrue(config.err().contains("weekly-report.yaml:1") && config.err().contains("heading level"), config.err());
    }

    @Test
    void aReferenceDeckThatLacksALayoutIsNamedOnceForAllNotes() throws IOException {
        Path impress = CliRun.root().resolve("report-render/src/test/resources/golden/impress-reference.pptx");
        Notes.write(dir.resolve("2026-02-03.md"), NOTE);
        Notes.write(dir.resolve("2026-02-10.md"), NOTE.replace("Team sync", "Team sync two"));
        CliRun run = CliRun.of("render", dir.toString(), "-f", "pptx", "--reference-pptx", impress.toString(), "-j", "1");
        assertEquals(0, run.exitCode(), run.err());
        String warning = "warning: reference deck impress-reference.pptx has no 'Section Header' layout";
        assertEquals(1, run.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, run.err());
    }
}
