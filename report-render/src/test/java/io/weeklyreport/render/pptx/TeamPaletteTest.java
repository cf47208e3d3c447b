package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Report;
import io.weeklyreport.model.Status;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.Palette;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A team's colours ({@code colors:} in weekly-report.yaml) reach the handout's CSS, the report and the deck alike. */
class TeamPaletteTest {
    @TempDir
    Path dir;

    static final Map<String, String> TEAM = Map.of("accent", "#8a1538", "in-review", "#123456");

    private byte[] render(Report report, Format format) throws Exception {
        RenderOptions options = RenderOptions.defaults().withTheme(new RenderOptions.Theme(TEAM, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(options).render(report, format, out);
        return out.toByteArray();
    }

    @Test
    void theDeckTakesTheTeamsChipAndAccentColours() throws Exception {
        Report report = PptxSamples.meetingNote(dir);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(render(report, Format.PPTX)))) {
            List<XSLFTextRun> runs = new ArrayList<>();
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        t.getTextParagraphs().forEach(p -> runs.addAll(p.getTextRuns()));
                    }
                }
            }
            XSLFTextRun chip = runs.stream().filter(r -> r.getRawText().contains("评审中")).findFirst().orElseThrow();
            assertEquals(new Color(0x123456), solid(chip), "the chip's text in the team's colour");
            Palette.Chip expected = Palette.of(TEAM).chip(Status.IN_REVIEW);
            assertEquals(expected.fill().awt(), chip.getHighlightColor() == null ? null
                    : ((org.apache.poi.sl.usermodel.PaintStyle.SolidPaint) chip.getHighlightColor()).getSolidColor().getColor());
            XSLFTextRun link = runs.stream().filter(r -> r.getHyperlink() != null).findFirst().orElseThrow();
            assertEquals(new Color(0x8a1538), solid(link), "links in the team's accent");
        }
    }

    @Test
    void theReportAndTheHandoutTakeTheSameColours() throws Exception {
        Report report = PptxSamples.meetingNote(dir);
        String html = new String(render(report, Format.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains(".chip.status-in-review { color: #123456; }"), "the CSS chip");
        String fill = Palette.of(TEAM).chip(Status.IN_REVIEW).fill().css();
        assertTrue(html.contains(".chip.status-in-review { background: " + fill + "; }"), "its fill, from the same palette");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(report, Format.DOCX)))) {
            var style = doc.getStyles().getStyleWithName("Status in-review");
            String xml = style.getCTStyle().xmlText();
            assertTrue(xml.contains("w:val=\"123456\""), xml);
            assertTrue(xml.contains("w:fill=\"" + fill.substring(1).toUpperCase() + "\""), xml);
        }
    }

    /** The README's promise: the accent colours links, numbers, bullets and rules in the DOCX too, as in the handout. */
    @Test
    void theReportTakesTheTeamsAccentForLinksNumbersBulletsAndTheRule() throws Exception {
        Report report = PptxSamples.meetingNote(dir);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(report, Format.DOCX)))) {
            for (String name : List.of("Hyperlink", "Section Number", "Subtitle")) {
                var style = doc.getStyles().getStyleWithName(name);
                assertTrue(style != null, name);
                String xml = style.getCTStyle().xmlText();
                assertTrue(xml.contains("\"8A1538\""), name + ": " + xml);
                assertFalse(xml.contains("1F5FBF"), name + ": " + xml);
            }
            String numbering = doc.getNumbering().getAbstractNums().stream()
                    .map(a -> a.getCTAbstractNum().xmlText()).reduce("", String::concat);
            assertTrue(numbering.contains("w:val=\"8A1538\""), "the list markers: " + numbering);
            assertFalse(numbering.contains("1F5FBF"), numbering);
        }
    }

    private static Color solid(XSLFTextRun run) {
        return ((org.apache.poi.sl.usermodel.PaintStyle.SolidPaint) run.getFontColor()).getSolidColor().getColor();
    }
}
