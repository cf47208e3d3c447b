package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML page travels: one file with its pictures inside, standard HTML5 for browsers and phones. */
class HtmlWriterTest {
    @TempDir
    Path dir;

    private String html(RenderOptions options, Path folder) throws Exception {
        Path shots = Files.createDirectories(dir.resolve("notes").resolve("shots"));
        Path png = Notes.screenshot(shots, "a b.png", 300, 200);
        Report report = Notes.report(Notes.english("Sprint 12", LocalDate.of(2024, 3, 7)), null,
                Notes.section("1.", "Done", 2, Notes.paragraph("Shipped.", 3), Notes.image(png, "the importer", 4)));
        byte[][] out = new byte[1][];
        new ReportRenderer(options).render(RenderRequest.of(report).to(Format.HTML, bytes -> out[0] = bytes, folder)).orThrow();
        return new String(out[0], StandardCharsets.UTF_8);
    }

    @Test
    void picturesTravelInsideThePageAsDataUris() throws Exception {
        String html = html(RenderOptions.defaults(), null);
        assertFalse(html.contains("file:"), "no file: paths");
        Matcher m = Pattern.compile("<img [^>]*src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        assertArrayEquals(Files.readAllBytes(dir.resolve("notes/shots/a b.png")), Base64.getDecoder().decode(m.group(1)));
    }

    @Test
    void itIsStandardHtml5ForScreensAndPhones() throws Exception {
        String html = html(RenderOptions.defaults(), null);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-US\">"), html.substring(0, 60));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("<meta charset=\"UTF-8\">"));
        assertFalse(html.contains("<bookmarks"), "the PDF outline is the PDF's business");
        assertFalse(html.contains("/>"), "no XML self-closing tags");
        assertFalse(html.contains("xmlns"), "no XML namespaces");
        Matcher screen = Pattern.compile("@media screen \\{[^}]*body \\{[^}]*font-size: 16px").matcher(html);
        assertTrue(screen.find(), "a screen font size");
    }

    @Test
    void withoutEmbeddingPicturesAreLinkedRelativeToWhereThePageIsWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String html = html(RenderOptions.defaults().withEmbeddedImages(false), out);
        assertTrue(html.contains("src=\"../notes/shots/a%20b.png\""), html);
        assertFalse(html.contains("data:image"));
        assertFalse(html.contains("file:"));
        String beside = html(RenderOptions.defaults().withEmbeddedImages(false), dir.resolve("notes"));
        assertTrue(beside.contains("src=\"shots/a%20b.png\""));
        assertEquals(-1, beside.indexOf("base64"));
    }
}
