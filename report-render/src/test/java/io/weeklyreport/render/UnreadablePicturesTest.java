package io.weeklyreport.render;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures that cannot be shown (cut short, not a picture at all, SVG, a header claiming 30,000 × 30,000
 * pixels) become the visible placeholder in every format, each with one warning, and the rest of the note
 * renders; no library prints a stack trace on the way.
 */
class UnreadablePicturesTest {
    @TempDir
    static Path dir;

    static RenderResult result;
    static final Map<Format, byte[]> outputs = new EnumMap<>(Format.class);
    static String stderr;

    @BeforeAll
    static void render() throws Exception {
        Path shots = Files.createDirectories(dir.resolve("shots"));
        Path good = Notes.screenshot(shots, "good.png", 640, 360);
        byte[] png = Files.readAllBytes(good);
        Path truncated = Files.write(shots.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Path text = Files.writeString(shots.resolve("notes.png"), "these are notes, not a picture");
        Path svg = Files.writeString(shots.resolve("chart.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        Path huge = Files.write(shots.resolve("huge.png"), pngHeader(30_000, 30_000));
        Report report = Notes.report(Notes.english("Pictures", LocalDate.of(2024, 3, 7)), null,
                Notes.section("1.", "Pictures", 2,
                        Notes.paragraph("Text before the pictures.", 3),
                        Notes.image(truncated, "", 4),
                        Notes.image(text, "", 5),
                        Notes.image(svg, "", 6),
                        Notes.image(huge, "", 7),
                        Notes.image(good, "", 8),
                        Notes.paragraph("Text after the pictures.", 9)));
        RenderRequest request = RenderRequest.of(report);
        for (Format f : Format.values()) {
            request = request.to(f, bytes -> outputs.put(f, bytes));
        }
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            result = new ReportRenderer(RenderOptions.defaults()).render(request);
        } finally {
            System.setErr(original);
        }
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    /** A PNG whose header claims the size given, with no pixel data worth the name. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0});
        chunk(data, "IHDR", ihdr.toByteArray());
        chunk(data, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        out.writeInt(body.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void everyFormatIsMade() {
        for (RenderResult.Rendered r : result.outputs()) {
            assertFalse(r.failed(), r.format() + ": " + r.failure());
            assertTrue(r.bytes() > 0, r.format().toString());
        }
    }

    @Test
    void eachUnreadablePictureGivesOneWarningAtItsLineWhateverTheFormats() {
        List<Diagnostic> warnings = result.allWarnings().stream().filter(d -> d.code().equals("unreadable-image")).toList();
        assertEquals(List.of(4, 5, 6, 7), warnings.stream().map(Diagnostic::line).toList(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("cut short"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("not a PNG, JPEG, GIF or BMP"), warnings.get(1).message());
        assertTrue(warnings.get(2).message().contains("SVG"), warnings.get(2).message());
        assertTrue(warnings.get(3).message().contains("too many pixels (30000 × 30000"), warnings.get(3).message());
        assertEquals(4, result.allWarnings().size(), "nothing else to say: " + result.allWarnings());
    }

    @Test
    void noLibraryPrintsAnything() {
        assertEquals("", stderr);
    }

    @Test
    void thePdfShowsEachPlaceholderAndTheRestOfTheNote() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(outputs.get(Format.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String name : List.of("cut.png", "notes.png", "chart.svg", "huge.png")) {
                assertTrue(text.contains("Missing image: shots/" + name), name + " in " + text);
            }
            assertTrue(text.contains("Text after the pictures."), text);
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the good picture is drawn");
        }
    }

    @Test
    void theDocxShowsEachPlaceholder() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(outputs.get(Format.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            String text = words.getText();
            for (String name : List.of("cut.png", "notes.png", "chart.svg", "huge.png")) {
                assertTrue(text.contains("shots/" + name), name + " in " + text);
            }
            assertEquals(1, docx.getAllPictures().size(), "only the good picture is embedded");
        }
    }

    @Test
    void theDeckShowsEachPlaceholder() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(outputs.get(Format.PPTX)))) {
            StringBuilder text = new StringBuilder();
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        text.append(t.getText()).append('\n');
                    }
                }
            }
            for (String name : List.of("cut.png", "notes.png", "chart.svg", "huge.png")) {
                assertTrue(text.toString().contains("shots/" + name), name + " in " + text);
            }
            assertEquals(1, show.getPictureData().size(), "only the good picture is embedded");
        }
    }

    @Test
    void theHtmlShowsEachPlaceholderAndCarriesOnlyTheGoodPicture() {
        String html = new String(outputs.get(Format.HTML), StandardCharsets.UTF_8);
        for (String name : List.of("cut.png", "notes.png", "chart.svg", "huge.png")) {
            assertTrue(html.contains("Missing image: shots/" + name), name);
        }
        assertEquals(1, html.split("data:image/png;base64,", -1).length - 1);
    }
}
