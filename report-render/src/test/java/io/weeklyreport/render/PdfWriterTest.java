package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterTest {
    /** One unbroken Chinese sentence far longer than a line of A4. */
    static final String LONG_CJK = "对象存储网关在高并发分片上传场景下需要保证元数据写入的顺序一致性".repeat(6);

    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        Report report = sampleReport();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.PDF, out);
        pdf = out.toByteArray();
        // Kept for a person to look at: target/test-output/pdf-writer-sample.pdf
        java.nio.file.Path look = java.nio.file.Path.of("target", "test-output", "pdf-writer-sample.pdf");
        java.nio.file.Files.createDirectories(look.getParent());
        java.nio.file.Files.write(look, pdf);
    }

    static Report sampleReport() {
        Item review = new Item(List.of(new Inline.Link("https://github.com/o/r/pull/2387",
                List.of(new Inline.Text("元数据性能优化")), new Ref(Ref.Kind.PULL_REQUEST, "o/r", "2387",
                "https://github.com/o/r/pull/2387")), new Inline.Text(" review中")),
                new StatusMark(Status.IN_REVIEW, "review中"),
                List.of(new Ref(Ref.Kind.PULL_REQUEST, "o/r", "2387", "https://github.com/o/r/pull/2387")),
                Item.Task.NONE, List.of(), 3);
        Item longItem = new Item(List.of(new Inline.Text(LONG_CJK)), StatusMark.NONE, List.of(), Item.Task.NONE, List.of(), 4);
        List<Block> blocks = List.of(new Paragraph(List.of(new Inline.Text("本周进展如下")), 2),
                new ItemList(false, 1, List.of(review, longItem), 3));
        Section work = new Section("一、", List.of(new Inline.Text("近期工作")), 1, Section.Role.CONTENT, blocks, List.of(), 1);
        Section empty = new Section("二、", List.of(new Inline.Text("答疑 & 交流")), 1, Section.Role.CONTENT, List.of(), List.of(), 9);
        Metadata meta = new Metadata("存储组周会", Metadata.TitleSource.HEADING, LocalDate.of(2026, 11, 19),
                LocalTime.of(20, 0), LocalTime.of(20, 45), Language.ZH, null, "t.md", Map.of());
        return new Report(meta, null, List.of(), List.of(work, empty), List.of());
    }

    @Test
    void holdsTheTextIncludingChinese() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("存储组周会"), text);
            assertTrue(text.contains("近期工作"), text);
            // Runs of different sizes (chip, link, text) come out of the content stream in drawing order.
            assertTrue(text.contains("元数据性能优化") && text.contains("review中") && text.contains("#2387"), text);
            assertTrue(text.contains(LONG_CJK), "the long line survives wrapping intact");
            assertTrue(text.contains("第1页/共1页"), "footer page label: " + text);
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansSC")), fonts.toString());
        }
    }

    @Test
    void longChineseLineWrapsInsideTheMargins() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            float width = page.getMediaBox().getWidth();
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.getText(doc);
            assertFalse(glyphs.isEmpty());
            float margin = 18 / 25.4f * 72 - 1; // 18 mm side margins, less a point of rounding
            for (TextPosition g : glyphs) {
                assertTrue(g.getXDirAdj() >= margin && g.getXDirAdj() + g.getWidthDirAdj() <= width - margin,
                        "glyph '" + g.getUnicode() + "' at x=" + g.getXDirAdj() + " leaves the text area");
            }
            long lines = glyphs.stream().filter(g -> LONG_CJK.contains(g.getUnicode()))
                    .map(g -> Math.round(g.getYDirAdj())).distinct().count();
            assertTrue(lines >= 3, "the long line wraps over several lines, got " + lines);
        }
    }

    @Test
    void bookmarksEverySectionAndLinksArePresent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> titles = new ArrayList<>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(List.of("一、近期工作", "二、答疑 & 交流", "参考链接"), titles);
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(uris.contains("https://github.com/o/r/pull/2387"), uris.toString());
            assertEquals("存储组周会", doc.getDocumentInformation().getTitle());
        }
    }
}
