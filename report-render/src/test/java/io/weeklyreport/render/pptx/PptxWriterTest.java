package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PptxWriterTest {
    @TempDir
    static Path dir;

    static Report report;
    static byte[] pptx;
    static PptxWriter.Result result;

    @BeforeAll
    static void render() throws Exception {
        report = PptxSamples.meetingNote(dir);
        ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, Format.PPTX, out);
        pptx = out.toByteArray();
        result = new PptxWriter(RenderOptions.defaults()).compose(renderer.deckXhtml(report), report);
        // Kept for a person to look at: target/test-output/pptx-writer-sample.pptx
        Path look = Path.of("target", "test-output", "pptx-writer-sample.pptx");
        Files.createDirectories(look.getParent());
        Files.write(look, pptx);
    }

    static XMLSlideShow open(byte[] bytes) throws Exception {
        return new XMLSlideShow(new ByteArrayInputStream(bytes));
    }

    static List<String> titles(XMLSlideShow show) {
        return show.getSlides().stream().map(PptxWriterTest::title).toList();
    }

    /** POI's getTitle() knows only the "title" placeholder; a title slide has a "ctrTitle". */
    static String title(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && t.getPlaceholderDetails() != null
                    && (t.getPlaceholderDetails().getPlaceholder() == org.apache.poi.sl.usermodel.Placeholder.TITLE
                    || t.getPlaceholderDetails().getPlaceholder() == org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE)) {
                return t.getText().replace('\u00a0', ' ');
            }
        }
        return "";
    }

    @Test
    void isWidescreenWithTitleAgendaSectionsAndClosing() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            assertEquals(960, show.getPageSize().width);
            assertEquals(540, show.getPageSize().height);
            List<String> titles = titles(show);
            assertEquals("Curve 社区双周会 2023-05-18", titles.getFirst());
            // the short agenda sits on the title slide, under its own heading
            assertTrue(allText(show.getSlides().getFirst()).contains("议程\n"), allText(show.getSlides().getFirst()));
            assertFalse(titles.contains("会议内容 › 议程"), "no agenda slide of its own: " + titles);
            // sections sharing a slide: the shared path is its title, each section's own name a heading on it
            XSLFSlide shared = slideShowing(show, "Curve文件存储");
            assertEquals("近期工作", title(shared));
            assertTrue(headings(shared).contains("Curve文件存储") && headings(shared).contains("Curve块存储 › 功能支持"), headings(shared).toString());
            assertEquals("三、答疑 & 交流", titles.getLast(), "the empty section closes the deck, numbered as written: " + titles);
        }
    }

    @Test
    void agendaListsTheTopLevelSections() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            String agenda = allText(show.getSlides().getFirst());
            assertTrue(agenda.contains("一、近期工作") && agenda.contains("二、开源社区") && agenda.contains("三、答疑 & 交流"), agenda);
        }
    }

    @Test
    void titleSlideCarriesTimeLinkAndMeetingNumber() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            XSLFSlide first = show.getSlides().getFirst();
            String text = allText(first);
            assertTrue(text.contains("2023-05-18 星期四 · 19:00–19:30"), text);
            assertEquals(1, text.split("19:00", -1).length - 1, "the time once on the slide: " + text);
            assertTrue(notesText(first).contains("时间：2023/05/18 19:00~19:30"), "the time as written, in the notes");
            assertTrue(text.contains("911-103-973"), text);
            assertTrue(links(first).contains(PptxSamples.JOIN_URL), "clickable meeting link");
            long contentSlides = show.getSlides().stream().filter(s -> "时间".equals(s.getTitle()) || "加入会议".equals(s.getTitle())).count();
            assertEquals(0, contentSlides, "TIME and MEETING sections are not slides of their own");
        }
    }

    @Test
    void whatDoesNotFitContinuesUnderTheSameTitle() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            List<String> titles = titles(show);
            // the section starts on a slide it shares and continues under its own title, numbered n/total
            List<String> features = titles.stream().filter(t -> t.startsWith("近期工作 › Curve块存储 › 功能支持（续")).toList();
            assertTrue(features.size() >= 2, "24 long items need more than one slide: " + titles);
            int total = Integer.parseInt(features.getFirst().replaceAll(".*/(\\d+)）$", "$1"));
            for (int i = 0; i < features.size(); i++) {
                assertEquals("近期工作 › Curve块存储 › 功能支持（续 " + (i + 2) + "/" + total + "）", features.get(i));
            }
            if (features.size() + 1 < total) {
                // its last part shares a slide with what follows, under a heading that says so
                XSLFSlide last = slideShowing(show, "功能支持（续 " + total + "/" + total + "）");
                assertEquals("近期工作 › Curve块存储", title(last));
            }
            // breaking between items: every item is whole on one slide
            for (int i = 1; i <= 24; i++) {
                String item = "修复第 " + i + " 个问题，定位并修复一个 IO 始终未返回导致 IO 卡住的问题";
                assertEquals(1, show.getSlides().stream().filter(s -> bodyText(s).contains(item)).count(), "item " + i + " whole on one slide");
            }
        }
    }

    @Test
    void anItemTallerThanASlideIsBrokenInsideAndKeepsEveryCharacter() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            List<XSLFSlide> parts = show.getSlides().stream().filter(s -> bodyText(s).contains("对象存储网关在高并发")).toList();
            assertTrue(parts.size() >= 2, "the huge item spreads over slides");
            // it starts under its heading on a slide it shares, and goes on alone: every character, in order
            String joined = parts.stream().map(PptxWriterTest::bodyText).collect(Collectors.joining()).replaceAll("\\s", "");
            String huge = PptxSamples.HUGE_ITEM.replaceAll("\\s", "");
            assertTrue(joined.contains(huge), "the whole item across its slides, every character in order");
        }
    }

    @Test
    void everyTextBodyFitsItsBoxWhenMeasuredAgain() throws Exception {
        TextMeasure measure = TextMeasure.of(null, null);
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                        double needed = measuredHeight(measure, text);
                        double room = text.getAnchor().getHeight() - text.getTopInset() - text.getBottomInset();
                        assertTrue(needed <= room + 0.01, "slide " + slide.getSlideNumber() + " '" + slide.getTitle() + "' "
                                + shape.getShapeName() + ": needs " + needed + " pt, has " + room);
                        Rectangle2D a = text.getAnchor();
                        assertTrue(a.getMaxX() <= 960 && a.getMaxY() <= 540 && a.getX() >= 0 && a.getY() >= 0, "box on the slide");
                    }
                }
            }
        }
        for (SlideDrawer.FittedText f : result.fitted()) {
            assertTrue(f.needed() <= f.available() + 0.01, f.toString());
        }
    }

    /** The height a text body needs, from what the file says: sizes, indents, exact line spacing. */
    static double measuredHeight(TextMeasure measure, XSLFTextShape shape) {
        double width = shape.getAnchor().getWidth() - shape.getLeftInset() - shape.getRightInset();
        double h = 0;
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            List<Span> spans = new ArrayList<>();
            double size = 0;
            for (XSLFTextRun r : p.getTextRuns()) {
                String t = r.getRawText();
                Span span = Span.plain(t);
                span = r.isBold() ? span.bold() : span;
                span = r.isItalic() ? span.italic() : span;
                spans.add("Consolas".equals(r.getFontFamily()) ? span.mono() : span);
                if (r.getFontSize() != null) {
                    size = Math.max(size, r.getFontSize());
                }
            }
            if (size == 0) {
                continue;
            }
            double marginLeft = p.getLeftMargin() == null ? 0 : p.getLeftMargin();
            double lines = measure.lineStarts(spans, size, width - marginLeft).size();
            double pitch = p.getLineSpacing() != null && p.getLineSpacing() < 0 ? -p.getLineSpacing() : size * 1.5;
            double before = p.getSpaceBefore() != null && p.getSpaceBefore() < 0 ? -p.getSpaceBefore() : 0;
            h += before + lines * pitch;
        }
        return h;
    }

    @Test
    void bodyTextIsNeverBelowFourteenPointsAndNothingShrinks() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides()) {
                String xml = slide.getXmlObject().xmlText();
                assertFalse(xml.contains("normAutofit"), "no shrink-on-overflow on slide " + slide.getSlideNumber());
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text && !isFurniture(text)) {
                        for (XSLFTextParagraph p : text.getTextParagraphs()) {
                            for (XSLFTextRun r : p.getTextRuns()) {
                                assertTrue(r.getFontSize() >= 14, "slide " + slide.getSlideNumber() + ": '" + r.getRawText() + "' at " + r.getFontSize());
                            }
                        }
                    }
                }
            }
            assertFalse(show.getSlideMasters().getFirst().getXmlObject().xmlText().contains("normAutofit"), "the master does not shrink either");
        }
    }

    /** The footer and the slide number: small on purpose, not body text. */
    static boolean isFurniture(XSLFTextShape text) {
        return text.getAnchor().getY() > 500;
    }

    @Test
    void threeBulletLevelsAtMostWithStatusChipsAndReferenceLinks() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            XSLFSlide fs = slideShowing(show, "Curve文件存储");
            int maxLevel = 0;
            boolean chip = false;
            for (XSLFTextParagraph p : body(fs).getTextParagraphs()) {
                maxLevel = Math.max(maxLevel, p.getIndentLevel());
                for (XSLFTextRun r : p.getTextRuns()) {
                    chip |= r.getRawText().contains("评审中") && r.getHighlightColor() != null && r.isBold();
                }
            }
            assertEquals(2, maxLevel, "five nested levels are shown on three (lvl 0..2)");
            assertTrue(bodyText(fs).contains("第五层"), "the deepest item is still shown");
            assertTrue(chip, "the status is a coloured, highlighted run");
            List<String> links = links(fs);
            assertTrue(links.contains(PptxSamples.PR_URL), links.toString());
            boolean shortRef = body(fs).getTextParagraphs().stream().flatMap(p -> p.getTextRuns().stream())
                    .anyMatch(r -> r.getRawText().equals("#2387") && r.getHyperlink() != null
                            && PptxSamples.PR_URL.equals(r.getHyperlink().getAddress()));
            assertTrue(shortRef, "#2387 is a link to the PR");
        }
    }

    /** Printed as notes pages, the slide's picture and every line of its notes lie on the page. */
    @Test
    void notesPagesKeepTheSlidePictureAndTheNotesOnThePage() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            var size = show.getCTPresentation().getNotesSz();
            Rectangle2D page = new Rectangle2D.Double(0, 0, size.getCx() / 12700.0, size.getCy() / 12700.0);
            for (XSLFSlide slide : show.getSlides()) {
                List<org.apache.poi.sl.usermodel.Placeholder> found = new ArrayList<>();
                for (XSLFShape s : slide.getNotes().getShapes()) {
                    if (s instanceof org.apache.poi.xslf.usermodel.XSLFSimpleShape simple && simple.getPlaceholderDetails() != null) {
                        found.add(simple.getPlaceholderDetails().getPlaceholder());
                        Rectangle2D box = simple.getAnchor();
                        assertTrue(page.contains(box), simple.getShapeName() + " " + box + " on the notes page " + page
                                + " of slide " + slide.getSlideNumber());
                    }
                }
                assertTrue(found.contains(org.apache.poi.sl.usermodel.Placeholder.SLIDE_IMAGE), found.toString());
                assertTrue(found.contains(org.apache.poi.sl.usermodel.Placeholder.BODY), found.toString());
                for (XSLFTextParagraph p : slide.getNotes().getTextParagraphs().stream().flatMap(List::stream).toList()) {
                    for (XSLFTextRun r : p.getTextRuns()) {
                        assertEquals(SpeakerNotes.NOTES_SIZE, r.getFontSize(), r.getRawText());
                    }
                }
            }
        }
    }

    /**
     * From a look's second deck on, the built-in template is opened from its written form instead of being made again,
     * and every notes page after a deck's first is a copy of that page: neither may change a byte of any part.
     */
    @Test
    void theThirdDeckOfALookEqualsTheFirstPartByPart() throws Exception {
        RenderOptions options = RenderOptions.defaults().withOfficeFonts("KaiTi", "Georgia");   // a look no other test asks for
        ReportRenderer renderer = new ReportRenderer(options);
        List<java.util.Map<String, String>> decks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(report, Format.PPTX, out);
            decks.add(parts(out.toByteArray()));
        }
        for (var deck : decks.subList(1, decks.size())) {   // the second made after its template was written, the third from those bytes
            assertEquals(decks.getFirst().keySet(), deck.keySet());
            decks.getFirst().forEach((name, text) -> assertEquals(text, deck.get(name), name));
        }
        assertTrue(decks.getLast().keySet().stream().filter(n -> n.startsWith("ppt/notesSlides/notesSlide")).count() > 3);
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides()) {
                String body = notesText(slide);
                assertTrue(slide.getNotes().getPlaceholders().length >= 2, "slide image and body on notes page " + slide.getSlideNumber());
                assertFalse(body.contains("Click to edit"), body);
            }
        }
    }

    private static java.util.Map<String, String> parts(byte[] pptx) throws Exception {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(pptx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void speakerNotesHoldTheFullTextAndTheUrls() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides()) {
                XSLFNotes notes = slide.getNotes();
                assertTrue(notes != null, "notes on slide " + slide.getSlideNumber());
            }
            XSLFSlide fs = slideShowing(show, "Curve文件存储");
            String notes = notesText(fs);
            assertTrue(notes.contains("close-to-open一致性场景下元数据性能优化 review中"), notes);
            assertTrue(notes.contains(PptxSamples.PR_URL), notes);
            assertTrue(notesText(show.getSlides().getFirst()).contains(PptxSamples.JOIN_URL));
        }
    }

    @Test
    void chineseRunsNameAnEastAsianFontAndTheLanguage() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            String xml = slideShowing(show, "Curve文件存储").getXmlObject().xmlText();
            assertTrue(xml.contains("<a:ea typeface=\"Microsoft YaHei\"/>"), "a:ea on runs");
            assertTrue(xml.contains("lang=\"zh-CN\"") && xml.contains("altLang=\"en-US\""), "zh-CN with altLang");
            String theme = show.getSlideMasters().getFirst().getTheme().getXmlObject().xmlText();
            assertTrue(theme.contains("<a:ea typeface=\"Microsoft YaHei\"/>"), "and in the theme");
        }
    }

    @Test
    void theEastAsianFontIsConfigurable() throws Exception {
        RenderOptions options = RenderOptions.defaults().withOfficeFonts("PingFang SC", "Helvetica Neue");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(options).render(report, Format.PPTX, out);
        try (XMLSlideShow show = open(out.toByteArray())) {
            String xml = show.getSlides().get(2).getXmlObject().xmlText();
            assertTrue(xml.contains("<a:ea typeface=\"PingFang SC\"/>") && xml.contains("<a:latin typeface=\"Helvetica Neue\"/>"), xml);
        }
    }

    @Test
    void tablesAreNativeAndImagesHaveASlideOfTheirOwn() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            XSLFTable table = show.getSlides().stream().flatMap(s -> s.getShapes().stream())
                    .filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst().orElseThrow();
            assertEquals("议题", table.getCell(0, 0).getText());
            assertEquals("王芳", table.getCell(2, 1).getText());
            XSLFSlide picture = show.getSlides().stream()
                    .filter(s -> s.getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance)).findFirst().orElseThrow();
            assertEquals("二、开源社区", picture.getTitle());
            Rectangle2D a = picture.getShapes().stream().filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow().getAnchor();
            assertEquals(2.0, a.getWidth() / a.getHeight(), 0.01, "aspect ratio kept");
            assertTrue(a.getMaxX() <= 960 && a.getMaxY() <= 500, "inside the slide, above the footer");
            assertTrue(allText(picture).contains("性能对比"), "caption");
        }
    }

    @Test
    void everySlideButTheFirstHasAFooterAndASlideNumber() throws Exception {
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides().subList(1, show.getSlides().size())) {
                String xml = slide.getXmlObject().xmlText();
                assertTrue(xml.contains("type=\"slidenum\""), "slide number field on " + slide.getSlideNumber());
                assertTrue(allText(slide).contains("Curve 社区双周会 2023-05-18"), "footer on " + slide.getSlideNumber());
            }
        }
    }

    @Test
    void englishNotesGetEnglishLabelsAndAThankYouSlide() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(PptxSamples.englishNote(), Format.PPTX, out);
        try (XMLSlideShow show = open(out.toByteArray())) {
            List<String> titles = titles(show);
            assertEquals(List.of("Platform Team Weekly Sync", "1. Highlights", "2. Open questions"), titles);
            assertTrue(allText(show.getSlides().getFirst()).contains("Agenda\n"), "the agenda, in English, on the title slide");
            assertTrue(bodyText(show.getSlides().get(1)).contains("Done"));
            assertTrue(show.getSlides().get(1).getXmlObject().xmlText().contains("lang=\"en-US\""));
        }
    }

    @Test
    void aReferenceDeckLendsItsLayoutsAndPageSize() throws Exception {
        Path reference = dir.resolve("corporate.pptx");
        try (XMLSlideShow corporate = new XMLSlideShow()) {   // POI's 4:3 Office theme, one slide to be dropped
            corporate.createSlide();
            try (var out = Files.newOutputStream(reference)) {
                corporate.write(out);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults().withReferencePptx(reference)).render(report, Format.PPTX, out);
        try (XMLSlideShow show = open(out.toByteArray())) {
            assertEquals(720, show.getPageSize().width, "the reference's page size");
            assertEquals("Curve 社区双周会 2023-05-18", titles(show).getFirst());
            assertTrue(titles(show).contains("近期工作 › Curve块存储 › 功能支持"));
            TextMeasure measure = TextMeasure.of(null, null);
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                        double room = text.getAnchor().getHeight() - text.getTopInset() - text.getBottomInset();
                        assertTrue(measuredHeight(measure, text) <= room + 0.01, "fits on the narrower slide " + slide.getSlideNumber());
                    }
                }
            }
        }
    }

    @Test
    void aBrokenReferenceDeckIsAClearErrorAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.pptx");
        Files.write(broken, "PK\u0003\u0004 this is not a presentation".getBytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class, () ->
                new ReportRenderer(RenderOptions.defaults().withReferencePptx(broken)).render(report, Format.PPTX, out));
        assertTrue(e.getMessage().contains("broken.pptx"), e.getMessage());
        assertEquals(0, out.size(), "no output");
        Path missing = dir.resolve("missing.potx");
        RenderException e2 = assertThrows(RenderException.class, () ->
                new ReportRenderer(RenderOptions.defaults().withReferencePptx(missing)).render(report, Format.PPTX, out));
        assertTrue(e2.getMessage().contains("missing.potx"), e2.getMessage());
    }

    @Test
    void aPotxTemplateBecomesAPresentation() throws Exception {
        ByteArrayOutputStream pptxBytes = new ByteArrayOutputStream();
        try (XMLSlideShow corporate = new XMLSlideShow()) {
            corporate.write(pptxBytes);
        }
        Path potx = dir.resolve("corporate.potx");
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(pptxBytes.toByteArray()));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(potx))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    data = new String(data, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("presentationml.presentation.main+xml", "presentationml.template.main+xml")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(data);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults().withReferencePptx(potx)).render(report, Format.PPTX, out);
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(types.contains("presentationml.presentation.main+xml") && !types.contains("template.main"), types);
                }
            }
        }
        try (XMLSlideShow show = open(out.toByteArray())) {
            assertTrue(show.getSlides().size() > 5);
        }
    }

    @Test
    void wrapperHeadingsAreLookedThroughForTheAgenda() throws Exception {
        // the 2022 shape: "## 03-10" over 时间, 议题, 加入会议 and an unnumbered 会议内容 holding the sections
        var topics = PptxSamples.section("", "议题", 2, List.of(PptxSamples.list(PptxSamples.item("当前进展"))), List.of());
        var progress = PptxSamples.section("", "当前进展", 3, List.of(PptxSamples.list(PptxSamples.item("v2.0.0 提测"))), List.of());
        var qa = PptxSamples.section("", "答疑", 3, List.of(PptxSamples.list(PptxSamples.item("问题一"))), List.of());
        var content = PptxSamples.section("", "会议内容", 2, List.of(), List.of(progress, qa));
        var wrapper = PptxSamples.section("", "03-10", 1, List.of(), List.of(topics, content));
        Report note = new Report(report.metadata(), null, List.of(), List.of(wrapper), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(note, Format.PPTX, out);
        try (XMLSlideShow show = open(out.toByteArray())) {
            // the agenda (on the title slide) lists the wrapper's sections; they share a slide as siblings
            String opening = allText(show.getSlides().getFirst()).replace("\r", "");
            assertTrue(opening.contains("议程\n1. 议题\n2. 当前进展\n3. 答疑"), opening);
            XSLFSlide shared = show.getSlides().get(1);
            assertEquals(List.of("议题", "当前进展", "答疑"), headings(shared));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** The slide that shows a section: titled by it, or holding it under its heading on a shared slide. */
    static XSLFSlide slideShowing(XMLSlideShow show, String section) {
        return show.getSlides().stream().filter(s -> title(s).endsWith(section) || headings(s).stream().anyMatch(h -> h.endsWith(section)))
                .findFirst().orElseThrow(() -> new AssertionError("no slide shows " + section + " in " + titles(show)));
    }

    /** The headings of the sections that share a slide: its bold body paragraphs set in the title colour. */
    static List<String> headings(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && t.getAnchor().getY() > 100 && t.getAnchor().getY() < 500) {
                for (XSLFTextParagraph p : t.getTextParagraphs()) {
                    boolean heading = !p.getTextRuns().isEmpty() && !p.isBullet() && p.getTextRuns().stream()
                            .filter(r -> !r.getRawText().isBlank()).anyMatch(XSLFTextRun::isBold)
                            && p.getTextRuns().stream().noneMatch(r -> r.getHighlightColor() != null)
                            && p.getSpaceBefore() != null && -p.getSpaceBefore() == SlideStyle.HEADING_SPACE;
                    if (heading) {
                        out.add(p.getText().replace('\u00a0', ' ').strip());
                    }
                }
            }
        }
        return out;
    }

    static XSLFSlide slideTitled(XMLSlideShow show, String title) {
        return show.getSlides().stream().filter(s -> title.equals(s.getTitle())).findFirst().orElseThrow(() ->
                new AssertionError("no slide titled " + title + " in " + titles(show)));
    }

    static XSLFTextShape body(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .filter(t -> t.getAnchor().getY() > 100 && t.getAnchor().getY() < 500).findFirst().orElseThrow();
    }

    static String bodyText(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .filter(t -> t.getAnchor().getY() > 100 && t.getAnchor().getY() < 500)
                .map(t -> t.getText().replace('\u00a0', ' ')).collect(Collectors.joining("\n"));
    }

    static String allText(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                sb.append(t.getText().replace('\u00a0', ' ')).append('\n');
            }
        }
        return sb.toString();
    }

    static List<String> links(XSLFSlide slide) {
        List<String> links = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                for (XSLFTextParagraph p : t.getTextParagraphs()) {
                    for (XSLFTextRun r : p.getTextRuns()) {
                        if (r.getHyperlink() != null) {
                            links.add(r.getHyperlink().getAddress());
                        }
                    }
                }
            }
        }
        return links;
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
