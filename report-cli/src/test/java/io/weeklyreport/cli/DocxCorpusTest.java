package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every note of the corpus to DOCX: Word structure and the note's text all there, counted with
 * {@link VisibleTokens}. Also the rendering the LibreOffice test shares.
 */
class DocxCorpusTest {
    static List<Path> notes() throws IOException {
        try (Stream<Path> files = Files.walk(CliRun.corpus())) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    static byte[] docx(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.DOCX, out);
        return out.toByteArray();
    }

    static Report parse(Path note) throws Exception {
        return ReportParser.parse(note);
    }

    /** Body, tables and footer text of a DOCX, as Word's own plain-text export would give it. */
    static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /**
     * What a reader of the Markdown sees, minus what the model deliberately restates: the "时间" and
     * "加入会议" sections become the subtitle and the meeting card, with the date and time written
     * uniformly (2023-05-18 19:00–19:30 for 2023/05/18 19:00-19:30), so their raw tokens cannot match.
     * A heading that is only a date is restated the same way. Link targets, raw HTML tags and list
     * markers are markup, not text ({@link VisibleTokens#ofMarkdown} removes the rest of the markup).
     */
    static String visibleSource(Path note, Report report) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(note, StandardCharsets.UTF_8));
        List<Section> all = report.allSections();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            if (s.role() != Section.Role.CONTENT) {
                int from = s.line() - 1;
                int to = i + 1 < all.size() ? all.get(i + 1).line() - 1 : lines.size();
                for (int l = from; l < to && l < lines.size(); l++) {
                    lines.set(l, "");
                }
            }
        }
        if (report.meeting() != null) {
            // the fenced meeting block wherever it stands: from its opening fence to the closing one
            int start = Math.max(0, report.meeting().line() - 1);
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            for (int l = start; l <= end && l < lines.size(); l++) {
                lines.set(l, "");
            }
        }
        // A heading that is only a date ("## 06-23") becomes the title's full date (2022-06-23).
        lines.replaceAll(l -> l.matches("#{1,6}\\s*(\\d{4}[-/.])?\\d{1,2}[-/.]\\d{1,2}\\s*") ? "" : l);
        return VisibleTokens.ofMarkdown(String.join("\n", lines))
                .replaceAll("(?m)^\\s*(\\d+)[.)]\\s", " ")        // ordered-list markers: Word numbers lists itself
                .replaceAll("\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1");  // reference links: [text][label]
    }

    static Stream<Path> corpusNotes() throws IOException {
        return notes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusNotes")
    void noteBecomesAWordDocumentWithAllItsText(Path note) throws Exception {
        Report report = parse(note);
        byte[] bytes = docx(report);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertEquals("Title", styleName(doc, paragraphs.get(0)), "first paragraph is the title");
            long contentSections = report.allSections().stream().filter(s -> s.role() == Section.Role.CONTENT).count();
            long headings = paragraphs.stream().map(p -> styleName(doc, p)).filter(n -> n.startsWith("heading ")).count();
            assertTrue(headings >= contentSections, headings + " headings for " + contentSections + " sections");

            int items = report.allItems().size();
            long numbered = paragraphs.stream().filter(p -> p.getNumID() != null).count();
            assertTrue(numbered >= items, numbered + " numbered paragraphs for " + items + " items");
            for (XWPFParagraph p : paragraphs) {
                if (p.getNumID() != null) {
                    assertNotNull(doc.getNumbering().getNum(p.getNumID()), "numbering instance " + p.getNumID());
                    assertTrue(p.getNumIlvl().intValue() < 9);
                }
            }
            for (var link : paragraphs.stream().flatMap(p -> p.getCTP().getHyperlinkList().stream()).toList()) {
                String target = doc.getPackagePart().getRelationship(link.getId()).getTargetURI().toString();
                assertTrue(target.matches("(https?|mailto|ftp):.*"), target);
            }
        }
        String source = visibleSource(note, report);
        String output = text(bytes);
        double coverage = VisibleTokens.coverage(source, output);
        assertTrue(coverage >= 0.99, "%s: coverage %.4f, missing %s".formatted(note.getFileName(), coverage,
                VisibleTokens.missing(source, output)));
    }

    @Test
    void corpusIsWhereThePomSaysAndHasTheNotes() throws IOException {
        assertTrue(notes().size() >= 30, "notes: " + notes().size() + " under " + CliRun.corpus());
    }

    @Test
    void imagesOfTheCorpusAreEmbeddedAndNothingRemote() throws Exception {
        Path note = CliRun.corpus().resolve("curve-double-week/2022/2022-05-12.md");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(parse(note))))) {
            assertFalse(doc.getAllPictures().isEmpty(), "local images embedded");
            for (var picture : doc.getAllPictures()) {
                assertTrue(picture.getData().length < 1_000_000);
            }
        }
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        return p.getStyle() == null ? "" : doc.getStyles().getStyle(p.getStyle()).getName();
    }
}
