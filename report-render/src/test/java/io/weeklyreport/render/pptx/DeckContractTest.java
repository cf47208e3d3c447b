package io.weeklyreport.render.pptx;

import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract between slides.ftlh and the PPTX writer: a customised template that breaks it is told where. */
class DeckContractTest {
    @TempDir
    Path dir;

    static String builtInTemplate() throws IOException {
        try (InputStream in = DeckContractTest.class.getResourceAsStream("/templates/slides.ftlh")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The built-in template with one replacement, in a user's template folder. */
    private RenderOptions customised(String from, String to) throws IOException {
        String template = builtInTemplate();
        assertTrue(template.contains(from), "the built-in template has " + from);
        Files.writeString(dir.resolve("slides.ftlh"), template.replace(from, to));
        return RenderOptions.defaults().withTemplateDir(dir);
    }

    private static int lineOf(String template, String text) {
        return template.substring(0, template.indexOf(text)).split("\n", -1).length;
    }

    private RenderException failure(RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class, () -> new ReportRenderer(options)
                .render(PptxSamples.englishNote(), Format.PPTX, out));
        assertEquals(0, out.size(), "nothing is written");
        return e;
    }

    @Test
    void anUnknownLayoutNamesTheTemplateLineAndTheLayouts() throws Exception {
        RenderOptions options = customised("<@slide layout=\"agenda\">", "<@slide layout=\"agneda\">");
        String message = failure(options).getMessage();
        int line = lineOf(Files.readString(dir.resolve("slides.ftlh")), "<@slide layout=\"agneda\">");
        assertTrue(message.startsWith("slides.ftlh:" + line + ":"), message);
        assertTrue(message.contains("unknown slide layout 'agneda'") && message.contains("title, agenda, content"), message);
    }

    @Test
    void anUnknownClassNamesTheLineOfItsSlide() throws Exception {
        RenderOptions options = customised("<p class=\"subtitle\">${dateLine}",
                "<p class=\"subtitel\">${dateLine}");
        String template = Files.readString(dir.resolve("slides.ftlh"));
        String message = failure(options).getMessage();
        // the line of the @slide that wrote the slide with the typo
        String before = template.substring(0, template.indexOf("subtitel"));
        int slideLine = lineOf(template, before.substring(before.lastIndexOf("<@slide")));
        assertTrue(message.startsWith("slides.ftlh:" + slideLine + ": "), message + " (expected line " + slideLine + ")");
        assertTrue(message.contains("unknown class 'subtitel' on <p>") && message.contains("subtitle"), message);
    }

    @Test
    void anUnknownElementAndAnUnknownStatusAreErrorsToo() throws Exception {
        String message = failure(customised("<p class=\"subtitle\">${dateLine}",
                "<marquee>${dateLine}</marquee><p class=\"subtitle\">")).getMessage();
        assertTrue(message.contains("unknown element <marquee>"), message);
        String status = failure(customised("<span class=\"chip status-${item.status.status.cssName()}\">",
                "<span class=\"chip status-urgent\">")).getMessage();
        assertTrue(status.contains("unknown status 'status-urgent'"), status);
    }

    @Test
    void aSlideWrittenWithoutTheDirectiveIsCheckedAsWell() throws Exception {
        String message = failure(customised("<#if !endsWithClosing>",
                "<section class=\"slide\" data-layout=\"agneda\"><h1 class=\"slide-title\">x</h1></section><#if !endsWithClosing>"))
                .getMessage();
        assertTrue(message.startsWith("slides.ftlh: deck template error: unknown slide layout 'agneda'"), message);
    }

    @Test
    void theTemplateReceivesTypedSlidesWithTheirPathKeysAndLevels() throws Exception {
        String xhtml = new ReportRenderer(RenderOptions.defaults()).deckXhtml(PptxSamples.englishNote());
        assertTrue(xhtml.contains("<span class=\"here\" data-key=\"s1\">1. Highlights</span>"), xhtml);
        assertTrue(xhtml.matches("(?s).*<section class=\"slide\" data-layout=\"content\" data-line=\"\\d+\" data-level=\"1\">.*"), xhtml);
    }
}
