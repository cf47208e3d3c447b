package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import io.weeklyreport.render.fonts.BundledFonts;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.text.AttributedString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deck of every real note (the shared corpus and the project's examples) opens in POI, has its title,
 * agenda and notes, and every text body fits its box by an independent measurement (Java2D's own line
 * breaker with the bundled font, no safety margins). Also holds what the other corpus tests share.
 */
class PptxCorpusTest {
    /** Every dated note of the corpus and every example, sorted. */
    static List<Path> notes() {
        List<Path> notes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CliRun.corpus())) {
            files.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.md")).forEach(notes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path examples = CliRun.root().resolve("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> files = Files.list(examples)) {
                files.filter(p -> p.toString().endsWith(".md")).forEach(notes::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.sort(notes);
        return notes;
    }

    /** The notes whose decks are measured: every corpus note and example, and the deck fixtures. */
    static List<Path> deckNotes() {
        List<Path> notes = new ArrayList<>(notes());
        notes.addAll(Fixtures.deck());
        return notes;
    }

    static byte[] pptx(Path note) throws Exception {
        Report report = ReportParser.parse(note);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.PPTX, out);
        return out.toByteArray();
    }

    static Font regular;

    @BeforeAll
    static void font() throws Exception {
        regular = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bytes(BundledFonts.Face.REGULAR, null)));
    }

    @Test
    void corpusPathResolvesToTheSharedCorpus() {
        Path corpus = CliRun.corpus();
        assertTrue(Files.isDirectory(corpus.resolve("curve-double-week")), corpus.toString());
        assertTrue(notes().size() >= 37, "the 37 dated notes at least: " + notes().size());
    }

    @Test
    void everyNoteMakesADeckWhoseTextFitsItsBoxes() throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (Path note : deckNotes()) {
            byte[] bytes = pptx(note);
            try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
                List<XSLFSlide> slides = show.getSlides();
                summary.append(note.getFileName()).append(": ").append(slides.size()).append(" slides\n");
                assertTrue(slides.size() >= 3, note + ": title, agenda or content, closing");
                assertEquals(960, show.getPageSize().width, "16:9");
                for (XSLFSlide slide : slides) {
                    String where = note.getFileName() + " slide " + slide.getSlideNumber();
                    if (title(slide).isBlank()) {
                        problems.add(where + ": no title");
                    }
                    if (slide.getNotes() == null || notesText(slide).isBlank()) {
                        problems.add(where + ": no speaker notes");
                    }
                    assertFalse(slide.getXmlObject().xmlText().contains("normAutofit"), where + ": shrink on overflow");
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                            double room = text.getAnchor().getHeight() - text.getTopInset() - text.getBottomInset();
                            double needed = height(text);
                            if (needed > room + 0.01) {
                                problems.add(where + " '" + title(slide) + "': needs " + needed + " pt of " + room);
                            }
                            if (text.getAnchor().getY() < 500) {
                                for (XSLFTextParagraph p : text.getTextParagraphs()) {
                                    for (XSLFTextRun r : p.getTextRuns()) {
                                        if (r.getFontSize() != null && r.getFontSize() < 14 && !r.getRawText().isBlank()) {
                                            problems.add(where + ": " + r.getFontSize() + " pt text '" + r.getRawText() + "'");
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println(summary);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Java2D's own line breaking with the bundled font at each paragraph's size and exact line pitch. */
    static double height(XSLFTextShape shape) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double width = shape.getAnchor().getWidth() - shape.getLeftInset() - shape.getRightInset();
        double h = 0;
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            double size = 0;
            StringBuilder text = new StringBuilder();
            List<double[]> sizes = new ArrayList<>();   // {start, end, size} per run: a title's path is set smaller
            for (XSLFTextRun r : p.getTextRuns()) {
                int start = text.length();
                text.append(r.getRawText());
                double runSize = r.getFontSize() != null ? r.getFontSize() : 18;
                sizes.add(new double[] {start, text.length(), runSize});
                size = Math.max(size, runSize);
            }
            if (text.isEmpty()) {
                continue;
            }
            double column = width - (p.getLeftMargin() == null ? 0 : p.getLeftMargin());
            int lines = 0;
            int offset = 0;
            for (String piece : text.toString().split("\n", -1)) {
                if (piece.isEmpty()) {
                    lines++;
                    offset += 1;
                    continue;
                }
                AttributedString attributed = new AttributedString(piece);
                for (double[] run : sizes) {
                    int from = Math.max(0, (int) run[0] - offset);
                    int to = Math.min(piece.length(), (int) run[1] - offset);
                    if (from < to) {
                        attributed.addAttribute(TextAttribute.FONT, regular.deriveFont((float) run[2]), from, to);
                    }
                }
                LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), frc);
                while (measurer.getPosition() < piece.length()) {
                    measurer.nextLayout((float) column);
                    lines++;
                }
                offset += piece.length() + 1;
            }
            double pitch = p.getLineSpacing() != null && p.getLineSpacing() < 0 ? -p.getLineSpacing() : size * 1.5;
            double before = p.getSpaceBefore() != null && p.getSpaceBefore() < 0 ? -p.getSpaceBefore() : 0;
            h += before + lines * pitch;
        }
        return h;
    }

    static String title(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && t.getPlaceholderDetails() != null
                    && (t.getPlaceholderDetails().getPlaceholder() == Placeholder.TITLE
                    || t.getPlaceholderDetails().getPlaceholder() == Placeholder.CENTERED_TITLE)) {
                return t.getText();
            }
        }
        return "";
    }

    static String notesText(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape s : slide.getNotes().getShapes()) {
            if (s instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
