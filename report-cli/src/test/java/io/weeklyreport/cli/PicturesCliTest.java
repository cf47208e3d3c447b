package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pictures through the command line: a broken one is a warning line, HTML carries or links the good ones. */
class PicturesCliTest {
    @TempDir
    Path dir;

    private Path note() throws IOException {
        Path shots = Files.createDirectories(dir.resolve("shots"));
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", shots.resolve("good.png").toFile());
        byte[] png = Files.readAllBytes(shots.resolve("good.png"));
        Files.write(shots.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        return Files.writeString(dir.resolve("week.md"), """
                # Week 10

                ## Done

                ![good](shots/good.png)

                ![cut](shots/cut.png)

                The rest of the note.
                """);
    }

    @Test
    void aPictureCutShortIsOneWarningLineNotATraceAndEveryFormatIsWritten() throws IOException {
        Path note = note();
        CliRun run = CliRun.of("render", note.toString(), "-f", "pdf,docx,pptx,html", "-v");
        assertEquals(0, run.exitCode(), run.err());
        for (String ext : new String[] {"pdf", "docx", "pptx", "html"}) {
            assertTrue(Files.size(dir.resolve("week." + ext)) > 0, ext);
        }
        long lines = run.err().lines().filter(l -> l.contains("shots/cut.png") && l.contains("cut short")).count();
        assertEquals(1, lines, run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("week.md:7: warning: ")), "names file and line: " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void htmlCarriesItsPicturesUnlessToldNotTo() throws IOException {
        Path note = note();
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html").exitCode());
        String embedded = Files.readString(dir.resolve("week.html"));
        assertTrue(embedded.contains("src=\"data:image/png;base64,"));
        assertFalse(embedded.contains("file:"));

        Path out = dir.resolve("out");
        CliRun linked = CliRun.of("render", note.toString(), "-f", "html", "--no-embed", "-o", out.toString());
        assertEquals(0, linked.exitCode(), linked.err());
        String html = Files.readString(out.resolve("week.html"));
        assertTrue(html.contains("src=\"../shots/good.png\""), html);
        assertFalse(html.contains("data:image") || html.contains("file:"));
    }
}
