package io.weeklyreport.render;

import io.weeklyreport.render.fonts.BundledFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the user can choose: paper, fonts, templates, the references appendix. */
class PdfOptionsTest {
    @TempDir
    Path dir;

    private static byte[] render(RenderOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(options).render(PdfWriterTest.sampleReport(), Format.PDF, out);
        return out.toByteArray();
    }

    private static List<String> fontNames(PDDocument pdf) throws Exception {
        List<String> names = new ArrayList<>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    @Test
    void letterPaperByOption() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(RenderOptions.defaults().withPageSize(PageSize.LETTER)))) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(792, pdf.getPage(0).getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void aUserFontReplacesTheBundledOneAndIsEmbedded() throws Exception {
        Path font = dir.resolve("MyFont.ttf");
        Files.write(font, BundledFonts.bytes(BundledFonts.Face.MONO, null));
        // The user's font lacks Chinese: the point is only that body text now uses it.
        try (PDDocument pdf = Loader.loadPDF(render(RenderOptions.defaults().withFonts(font, null)))) {
            List<String> fonts = fontNames(pdf);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansMono")), fonts.toString());
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded());
                }
            }
        }
    }

    @Test
    void aFontThatIsNotTrueTypeIsAClearError() throws Exception {
        Path font = dir.resolve("broken.ttf");
        Files.writeString(font, "not a font");
        RenderException e = assertThrows(RenderException.class, () -> render(RenderOptions.defaults().withFonts(font, null)));
        assertTrue(e.getMessage().contains("broken.ttf") && e.getMessage().contains("TrueType"), e.getMessage());
    }

    @Test
    void aUserStylesheetOverridesTheBuiltInOne() throws Exception {
        Files.writeString(dir.resolve("report.css"), "h1.title { font-size: 40pt; } .summary-title { display: none; }");
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir)).render(PdfWriterTest.sampleReport(), Format.HTML, html);
        String xhtml = html.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("font-size: 40pt"), "the user's CSS is used");
        assertFalse(xhtml.contains("report.css: look of the PDF handout"), "instead of the built-in CSS");
        try (PDDocument pdf = Loader.loadPDF(render(RenderOptions.defaults().withTemplateDir(dir)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("进展概览"), "hidden by the user's CSS: " + text);
        }
    }

    @Test
    void aUserTemplateOverridesTheBuiltInOneAndItsErrorsNameLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("report.ftlh"), """
                <#ftl output_format="XHTML">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${meta.title}</title></head>
                <body><p>Custom: ${meta.title}</p></body></html>
                """);
        try (PDDocument pdf = Loader.loadPDF(render(RenderOptions.defaults().withTemplateDir(dir)))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Custom: 存储组周会"));
        }
        Files.writeString(dir.resolve("report.ftlh"), "<#ftl output_format=\"XHTML\">\n<p>${meta.nonsense}</p>\n");
        RenderException e = assertThrows(RenderException.class, () -> render(RenderOptions.defaults().withTemplateDir(dir)));
        assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());
    }

    @Test
    void theReferencesAppendixCanBeLeftOut() throws Exception {
        try (PDDocument with = Loader.loadPDF(render(RenderOptions.defaults()));
             PDDocument without = Loader.loadPDF(render(RenderOptions.defaults().withReferences(false)))) {
            assertTrue(new PDFTextStripper().getText(with).contains("参考链接"));
            assertFalse(new PDFTextStripper().getText(without).contains("参考链接"));
        }
    }
}
