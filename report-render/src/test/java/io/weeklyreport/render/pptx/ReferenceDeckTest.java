package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Third-party reference decks: pandoc's own default reference.pptx and one made in LibreOffice Impress. Their
 * layouts are found by type and name, the title slide fits its placeholders (never continued), and a layout
 * the deck lacks is named once.
 */
class ReferenceDeckTest {
    static final Path IMPRESS = Path.of("src/test/resources/golden/impress-reference.pptx").toAbsolutePath();

    @TempDir
    Path dir;

    /** The deck, and in {@code warnings} what the render said about the setup. */
    private XMLSlideShow render(Report report, Path reference, List<String> warnings) throws Exception {
        ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults().withReferencePptx(reference));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        setupWarnings(renderer.render(report, Format.PPTX, out), warnings);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void setupWarnings(io.weeklyreport.render.RenderResult result, List<String> into) {
        result.allWarnings().stream().filter(d -> d.code().equals(io.weeklyreport.render.RenderResult.SETUP))
                .forEach(d -> into.add(d.message()));
    }

    private void titleSlideFitsItsLayout(XMLSlideShow show, String layoutName) throws Exception {
        XSLFSlide first = show.getSlides().getFirst();
        assertEquals(layoutName, first.getSlideLayout().getName(), "the title slide on the deck's title layout");
        List<String> titles = PptxWriterTest.titles(show);
        assertEquals(1, titles.stream().filter(t -> t.startsWith("Curve 社区双周会 2023-05-18")).count(),
                "one title slide, never continued: " + titles);
        assertTrue(titles.stream().noneMatch(t -> t.contains("续")) || titles.stream().filter(t -> t.contains("续"))
                .allMatch(t -> t.startsWith("近期工作")), titles.toString());
        // the meeting link whole, as a link (on the slide, else in its notes)
        boolean linked = PptxWriterTest.links(first).contains(PptxSamples.JOIN_URL);
        assertTrue(linked || PptxWriterTest.notesText(first).contains(PptxSamples.JOIN_URL), "the meeting link, whole");
        TextMeasure measure = TextMeasure.of(null, null);
        for (XSLFSlide slide : show.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                    double room = text.getAnchor().getHeight() - text.getTopInset() - text.getBottomInset();
                    assertTrue(PptxWriterTest.measuredHeight(measure, text) <= room + 0.01,
                            "slide " + slide.getSlideNumber() + " " + shape.getShapeName() + " fits");
                    var a = text.getAnchor();
                    assertTrue(a.getMaxX() <= show.getPageSize().width + 0.5 && a.getMaxY() <= show.getPageSize().height + 0.5,
                            "on the slide: " + a);
                }
            }
        }
    }

    @Test
    void aDeckMadeInImpressLendsItsTitleSlideAndNamesWhatItLacksOnce() throws Exception {
        Report report = PptxSamples.meetingNote(dir);
        List<String> warnings = new java.util.ArrayList<>();
        try (XMLSlideShow show = render(report, IMPRESS, warnings)) {
            titleSlideFitsItsLayout(show, "Title Slide");
            assertEquals("Title, Content", show.getSlides().get(1).getSlideLayout().getName(), "content on Impress's 'Title, Content'");
        }
        assertEquals(1, warnings.stream().filter(w -> w.contains("'Section Header'")).count(), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("reference deck impress-reference.pptx has no '")), warnings.toString());
    }

    @Test
    void pandocsDefaultReferenceDeckWorks() throws Exception {
        Path reference = dir.resolve("pandoc-reference.pptx");
        boolean made;
        try {
            Process p = new ProcessBuilder("pandoc", "-o", reference.toString(), "--print-default-data-file", "reference.pptx")
                    .redirectErrorStream(true).start();
            made = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.size(reference) > 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "pandoc is not installed: pandoc's reference deck cannot be made");
        List<String> warnings = new java.util.ArrayList<>();
        try (XMLSlideShow show = render(PptxSamples.meetingNote(dir), reference, warnings)) {
            titleSlideFitsItsLayout(show, "Title Slide");
            assertFalse(warnings.stream().anyMatch(w -> w.contains("Title Slide") || w.contains("Title and Content")),
                    warnings.toString());
        }
    }
}
