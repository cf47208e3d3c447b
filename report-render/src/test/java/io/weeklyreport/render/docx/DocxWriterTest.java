package io.weeklyreport.render.docx;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxWriterTest {
    @TempDir
    static Path dir;
    static Path image;
    static byte[] docx;
    static XWPFDocument doc;

    @BeforeAll
    static void renderSample() throws Exception {
        image = dir.resolve("wide.png");
        // Wider than any page: the writer must scale it down to the text width.
        ImageIO.write(new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        docx = render(SampleReport.chinese(image), RenderOptions.defaults());
        doc = open(docx);
    }

    @Test
    void titleSubtitleAndSectionsUseWordsOwnStyleNames() {
        assertEquals("Title", styleName(paragraph("Curve 双周会 2023-05-18")));
        assertEquals("Subtitle", styleName(paragraph("2023-05-18 星期四")));
        assertEquals("heading 1", styleName(paragraph("会议内容")));
        assertEquals("heading 2", styleName(paragraph("近期工作")));
        assertEquals("heading 3", styleName(paragraph("Curve文件存储")));
        // level-4 sections (h5) stay at Heading 3: Word's navigation pane shows three levels of the report
        assertEquals("heading 3", styleName(paragraph("功能支持")));
        assertEquals("heading 1", styleName(paragraph("参考链接")));
    }

    @Test
    void headingStylesCarryOutlineLevelsForNavigationPaneAndToc() {
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = doc.getStyles().getStyleWithName("heading " + level);
            assertNotNull(style, "heading " + level);
            assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal());
        }
    }

    @Test
    void nestedBulletsUseNumberingLevels() {
        XWPFParagraph top = paragraph("close-to-open一致性场景下元数据性能优化");
        XWPFParagraph second = paragraph("修复一个死锁问题");
        XWPFParagraph third = paragraph("第三层条目");
        assertEquals(BigInteger.ZERO, top.getNumIlvl());
        assertEquals(BigInteger.ONE, second.getNumIlvl());
        assertEquals(BigInteger.TWO, third.getNumIlvl());
        assertEquals(top.getNumID(), second.getNumID());
        assertEquals("bullet", numFmt(top.getNumID(), 0));
        assertEquals("bullet", numFmt(second.getNumID(), 1));
    }

    @Test
    void numberedListStartsWhereTheAuthorStarted() {
        XWPFParagraph item = paragraph("第三项：升级兼容性逻辑");
        assertEquals("decimal", numFmt(item.getNumID(), 0));
        String num = doc.getNumbering().getNum(item.getNumID()).getCTNum().xmlText();
        assertTrue(num.contains("startOverride w:val=\"3\""), num);
        assertEquals(item.getNumID(), paragraph("第四项：设计文档").getNumID());
        // the appendix's list is another numbered list: it must not count on from 4
        XWPFParagraph firstReference = paragraphs().stream()
                .filter(p -> p.getNumID() != null && p.getText().contains(SampleReport.PR_URL)).findFirst().orElseThrow();
        assertTrue(!firstReference.getNumID().equals(item.getNumID()));
    }

    @Test
    void linksAreWordHyperlinksWithTheirTargets() {
        Map<String, String> links = hyperlinks();
        assertEquals(SampleReport.PR_URL, links.get("close-to-open一致性场景下元数据性能优化"));
        assertEquals(SampleReport.ISSUE_URL, links.get("方案外部讨论链接"));
        // short references "#2387" are links to the PR too
        assertEquals(SampleReport.PR_URL, links.get("\u00A0#2387\u00A0"));
        // a Chinese path with a space is percent-encoded, not dropped
        assertEquals("https://example.com/%E6%96%87%E6%A1%A3/%E8%AE%BE%E8%AE%A1%20%E6%96%B9%E6%A1%88.md", links.get("设计方案"));
        assertEquals(SampleReport.JOIN_URL, links.get(SampleReport.JOIN_URL));
    }

    @Test
    void oneRelationshipPerUrl() throws Exception {
        long prRelationships = java.util.stream.StreamSupport.stream(doc.getPackagePart().getRelationships().spliterator(), false)
                .filter(r -> r.getTargetURI().toString().equals(SampleReport.PR_URL)).count();
        assertEquals(1, prRelationships);
    }

    @Test
    void meetingInfoIsATwoColumnTableUnderTheTitle() {
        XWPFTable card = doc.getTables().get(0);
        assertEquals("MeetingCard", card.getStyleID());
        assertEquals(2, card.getRow(0).getTableCells().size());
        assertEquals("会议平台", card.getRow(0).getCell(0).getText());
        assertEquals("腾讯会议", card.getRow(0).getCell(1).getText());
        List<IBodyElement> body = doc.getBodyElements();
        int subtitle = body.indexOf(paragraph("2023-05-18 星期四"));
        assertEquals(card, body.get(subtitle + 1));
    }

    @Test
    void dataTableHasStyleHeaderRowAndCells() {
        XWPFTable table = doc.getTables().stream().filter(t -> "ReportTable".equals(t.getStyleID())).findFirst().orElseThrow();
        assertEquals(3, table.getRows().size());
        assertEquals("负责人", table.getRow(0).getCell(1).getText());
        assertTrue(table.getRow(0).isRepeatHeader());
        assertTrue(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
        assertEquals("李四", table.getRow(2).getCell(1).getText());
        assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT,
                table.getRow(1).getCell(2).getParagraphs().get(0).getAlignment());
        assertEquals("table", doc.getStyles().getStyle("ReportTable").getCTStyle().getType().toString());
    }

    @Test
    void localImageIsInlineAndScaledToTextWidthRemoteImageIsOnlyNamed() {
        List<XWPFPicture> pictures = new ArrayList<>();
        paragraphs().forEach(p -> p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures())));
        assertEquals(1, pictures.size(), "only the local file is embedded");
        long textWidthEmu = (PageLayout.mm(PageSize.A4.widthMm()) - 2L * PageLayout.mm(18)) * 635; // twips to EMU
        long width = pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCx();
        long height = pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCy();
        assertTrue(width <= textWidthEmu && width > textWidthEmu * 0.95, width + " vs " + textWidthEmu);
        assertEquals(4.0, (double) width / height, 0.01);
        assertTrue(text().contains("远程架构图"));
        assertEquals(1, doc.getAllPictures().size());
    }

    @Test
    void codeIsMonospacedAndQuotesAreQuotes() {
        XWPFParagraph code = paragraph("curveadm deploy");
        XWPFStyle style = doc.getStyles().getStyle(code.getStyle());
        assertEquals("Code Block", style.getName());
        assertEquals(WordStyles.MONO_FONT, style.getCTStyle().getRPr().getRFontsArray(0).getAscii());
        assertTrue(code.getCTP().xmlText().contains("<w:tab/>"), "tabs stay tabs");
        assertTrue(code.getText().contains("  缩进两格"), "leading spaces are kept");
        assertEquals("Quote", styleName(paragraph("引用：性能提升")));
    }

    @Test
    void statusChipsAreShadedRunsInThePdfColours() {
        XWPFRun chip = paragraph("close-to-open").getRuns().get(0);
        assertEquals("\u00A0评审中\u00A0", chip.text());
        XWPFStyle style = doc.getStyles().getStyle(chip.getStyle());
        String rPr = style.getCTStyle().getRPr().xmlText();
        // .chip.status-in-review { background: #e6e3fb; color: #4b3aa8; } in report.css
        assertTrue(rPr.contains("E6E3FB") && rPr.contains("4B3AA8"), rPr);
        assertTrue(paragraph("进展概览").getText().contains("已完成 1"));
    }

    @Test
    void eastAsianFontSlotAndChineseLanguageAreSet() throws Exception {
        String styles = part(docx, "word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"Microsoft YaHei\""), "East-Asian font in the defaults");
        assertTrue(styles.contains("w:ascii=\"Calibri\""), "Latin font in the defaults");
        assertTrue(Pattern.compile("<w:lang [^>]*w:eastAsia=\"zh-CN\"").matcher(styles).find(), "zh-CN language");

        byte[] custom = render(SampleReport.chinese(image), RenderOptions.defaults().withOfficeFonts("SimSun", "Arial"));
        String customStyles = part(custom, "word/styles.xml");
        assertTrue(customStyles.contains("w:eastAsia=\"SimSun\"") && customStyles.contains("w:ascii=\"Arial\""));
    }

    @Test
    void englishNotesAreNotMarkedChinese() throws Exception {
        String styles = part(render(SampleReport.english(), RenderOptions.defaults()), "word/styles.xml");
        assertTrue(styles.contains("w:val=\"en-US\""));
        assertFalse(Pattern.compile("<w:lang [^>]*w:eastAsia=\"zh-CN\"").matcher(styles).find());
    }

    @Test
    void footerHasTitleAndPageFieldsInTheNotesLanguage() throws Exception {
        String footer = part(docx, "word/footer1.xml");
        assertTrue(footer.contains("Curve 双周会 2023-05-18"));
        assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), footer);
        assertTrue(footer.contains("第 ") && footer.contains(" 页 / 共 "));
        String english = part(render(SampleReport.english(), RenderOptions.defaults()), "word/footer1.xml");
        assertTrue(english.contains("Page ") && english.contains(" of "), english);
    }

    @Test
    void a4PortraitByDefaultLetterByOption() throws Exception {
        var size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertEquals("11906", size.getW().toString());
        assertEquals("16838", size.getH().toString());
        try (XWPFDocument letter = open(render(SampleReport.english(), RenderOptions.defaults().withPageSize(PageSize.LETTER)))) {
            assertEquals("12240", letter.getDocument().getBody().getSectPr().getPgSz().getW().toString());
        }
    }

    @Test
    void documentPropertiesComeFromTheHead() {
        var core = doc.getProperties().getCoreProperties();
        assertEquals("Curve 双周会 2023-05-18", core.getTitle());
        assertTrue(core.getSubject().startsWith("2023-05-18"), core.getSubject());
        assertEquals("Curve 社区", core.getCreator());
        assertNotNull(core.getCreated());
        assertFalse(core.getKeywords().isBlank());
    }

    @Test
    void fontsAreNamedNotEmbedded() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertFalse(e.getName().startsWith("word/fonts/"), e.getName());
            }
        }
        assertTrue(docx.length < 40_000, "size " + docx.length);
    }

    @Test
    void everyTokenOfTheDocumentXhtmlReachesTheDocx() throws Exception {
        String xhtml = new ReportRenderer(RenderOptions.defaults()).documentXhtml(SampleReport.chinese(image));
        String body = xhtml.substring(xhtml.indexOf("<body"))
                .replaceAll("(?s)<div class=\"running-(header|footer)\">.*?</div>", "")
                .replaceAll("<[^>]+>", " ").replace("&amp;", "&");
        String footer = part(docx, "word/footer1.xml").replaceAll("<[^>]+>", "");
        assertTrue(coverage(body, text() + footer) >= 0.999, "coverage " + coverage(body, text()));
    }

    @Test
    void referenceDocumentLendsStylesPageSetupAndHeader() throws Exception {
        Path reference = io.weeklyreport.render.ReferenceFiles.companyDocx(dir.resolve("company.docx"));
        try (XWPFDocument out = open(render(SampleReport.chinese(image), RenderOptions.defaults().withReferenceDocx(reference)))) {
            XWPFParagraph heading = out.getParagraphs().stream().filter(p -> p.getText().equals("会议内容")).findFirst().orElseThrow();
            assertEquals("1", heading.getStyle(), "the reference's own heading 1 style");
            assertEquals("12240", out.getDocument().getBody().getSectPr().getPgSz().getW().toString());
            assertEquals("ACME Corp", out.getHeaderList().get(0).getText().strip());
            assertFalse(new XWPFWordExtractor(out).getText().contains("placeholder body text"));
            assertFalse(out.getFooterList().isEmpty(), "a reference without a footer still gets page numbers");
            assertNotNull(out.getStyles().getStyleWithName("Title"), "missing styles are added");
        }
    }

    @Test
    void brokenReferenceDocumentFailsClearlyAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "this is not a zip file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class, () -> new ReportRenderer(
                RenderOptions.defaults().withReferenceDocx(broken)).render(SampleReport.english(), Format.DOCX, out));
        assertTrue(e.getMessage().startsWith("broken.docx: not a valid .docx: "), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void zipBombReferenceIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[8 * 1024 * 1024]); // 8 MB of zeros: compresses about 1000:1
            zip.closeEntry();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class, () -> new ReportRenderer(
                RenderOptions.defaults().withReferenceDocx(bomb)).render(SampleReport.english(), Format.DOCX, out));
        assertTrue(e.getMessage().startsWith("bomb.docx: not a valid .docx: Zip bomb"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void inPageAnchorsStayPlainTextInsteadOfDeadLinks() throws Exception {
        try (XWPFDocument english = open(render(SampleReport.english(), RenderOptions.defaults()))) {
            XWPFParagraph p = english.getParagraphs().stream().filter(x -> x.getText().contains("noted above")).findFirst().orElseThrow();
            assertTrue(p.getCTP().getHyperlinkList().isEmpty());
            assertTrue(p.getRuns().stream().noneMatch(r -> "Hyperlink".equals(r.getStyle())));
        }
    }

    @Test
    void symbolsTheTextFontsLackGetASymbolFontAndStayInTheText() throws Exception {
        try (XWPFDocument symbols = open(render(SampleReport.withSymbols(), RenderOptions.defaults()))) {
            XWPFParagraph p = symbols.getParagraphs().stream().filter(x -> x.getText().contains("issue ID")).findFirst().orElseThrow();
            assertEquals("回复：GitHub ID➕issue ID 📢 发布", p.getText());
            var plus = p.getRuns().stream().filter(r -> r.text().equals("➕")).findFirst().orElseThrow();
            assertEquals("Segoe UI Symbol", plus.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia));
            var text = p.getRuns().stream().filter(r -> r.text().contains("GitHub")).findFirst().orElseThrow();
            assertFalse("Segoe UI Symbol".equals(text.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)));
        }
    }

    @Test
    void aReportWithoutSectionsIsStillAValidDocument() throws Exception {
        try (XWPFDocument empty = open(render(SampleReport.empty(), RenderOptions.defaults()))) {
            assertEquals("会议纪要", empty.getParagraphs().get(0).getText());
            assertNotNull(empty.getDocument().getBody().getSectPr());
        }
    }

    @Test
    void wordOpensItWithCurrentLayoutRulesNotCompatibilityMode() throws Exception {
        String settings = part(docx, "word/settings.xml");
        assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""), settings);
    }

    // ---- helpers ----

    static byte[] render(Report report, RenderOptions options) throws RenderException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(options).render(report, Format.DOCX, out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is missing");
    }

    private static List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
        return all;
    }

    private static XWPFParagraph paragraph(String startsWith) {
        return paragraphs().stream().filter(p -> p.getText().strip().replace("\u00A0", " ").strip().startsWith(startsWith)
                        || p.getText().contains(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph with " + startsWith));
    }

    private static String styleName(XWPFParagraph p) {
        return doc.getStyles().getStyle(p.getStyle()).getName();
    }

    private static String numFmt(BigInteger numId, int level) {
        BigInteger abstractId = doc.getNumbering().getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = doc.getNumbering().getAbstractNum(abstractId);
        return abstractNum.getCTAbstractNum().getLvlArray(level).getNumFmt().getVal().toString();
    }

    private static Map<String, String> hyperlinks() {
        Map<String, String> links = new HashMap<>();
        for (XWPFParagraph p : paragraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r instanceof XWPFHyperlinkRun h) {
                    links.merge(h.text(), doc.getPackagePart().getRelationship(h.getHyperlinkId()).getTargetURI().toString(),
                            (a, b) -> a);
                }
            }
        }
        // runs of a hyperlink that POI reads back separately
        for (XWPFParagraph p : paragraphs()) {
            for (var link : p.getCTP().getHyperlinkList()) {
                StringBuilder text = new StringBuilder();
                link.getRList().forEach(r -> r.getTList().forEach(t -> text.append(t.getStringValue())));
                links.putIfAbsent(text.toString(), doc.getPackagePart().getRelationship(link.getId()).getTargetURI().toString());
            }
        }
        return links;
    }

    private static String text() {
        // Not closed: closing the extractor would close the shared document.
        return new XWPFWordExtractor(doc).getText();
    }

    /** CJK characters and Latin words, as /work/shared/tools/fidelity.py counts them. */
    static double coverage(String source, String output) {
        Map<String, Integer> want = tokens(source);
        Map<String, Integer> have = tokens(output);
        int total = want.values().stream().mapToInt(Integer::intValue).sum();
        int found = 0;
        for (var e : want.entrySet()) {
            found += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1.0 : (double) found / total;
    }

    private static final Pattern TOKEN = Pattern.compile(
            "[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]|[A-Za-z0-9][A-Za-z0-9_.+-]*[A-Za-z0-9]|[A-Za-z0-9]");

    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }
}
