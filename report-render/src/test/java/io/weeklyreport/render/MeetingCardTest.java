package io.weeklyreport.render;

import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The title block and the meeting card say the date, time, platform, link and number once each. */
class MeetingCardTest {
    static final String LINK = "https://meeting.example.com/dm/AbC123";
    static final List<String> STOCK = List.of("点击链接入会，或添加至会议列表：", "复制该信息，打开手机会议即可参与");

    static Report invited(LocalTime metadataStart) {
        Metadata meta = new Metadata("存储组双周会", Metadata.TitleSource.HEADING, LocalDate.of(2023, 5, 18),
                metadataStart, metadataStart == null ? null : LocalTime.of(19, 30), Language.ZH, null, "n.md", Map.of());
        Meeting meeting = new Meeting("某某会议", "存储组预定的会议", LocalDate.of(2023, 5, 18), LocalTime.of(19, 0),
                LocalTime.of(19, 30), "(GMT+08:00) 北京", LINK, "911-103-973", null, List.of(),
                List.of(STOCK.get(0), LINK, "#某某会议：911-103-973", STOCK.get(1), "请提前五分钟入会"), 3,
                "2023/05/18 19:00-19:30", STOCK);
        return Notes.report(meta, meeting, Notes.section("一、", "近期工作", 10, Notes.paragraph("本周进展", 11)));
    }

    static String pdfText(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void theHandoutSaysEachThingOnceAndLeavesTheStockLinesOut() throws Exception {
        String text = pdfText(invited(LocalTime.of(19, 0))).replaceAll("[ \\t]+", " ");
        assertEquals(1, count(text, "19:00"), text);
        assertEquals(1, count(text, "911-103-973"), text);
        assertEquals(1, count(text, "某某会议"), "the platform once: " + text);
        String withoutReferences = text.substring(0, text.indexOf("参考链接") < 0 ? text.length() : text.indexOf("参考链接"));
        assertEquals(1, count(withoutReferences.replaceAll("\\s", ""), LINK), text);
        for (String stock : STOCK) {
            assertFalse(text.contains(stock.substring(0, 6)), "stock line left out: " + stock);
        }
        assertTrue(text.contains("请提前五分钟入会"), "the author's own line stays: " + text);
        assertTrue(text.contains("(GMT+08:00) 北京"), "the time zone is still said: " + text);
    }

    @Test
    void theCardKeepsTheTimeWhenTheTitleBlockDoesNotShowIt() throws Exception {
        Report other = invited(LocalTime.of(20, 0));
        String text = pdfText(other);
        assertTrue(text.contains("2023/05/18 19:00-19:30"), "an invitation for another hour keeps its time row: " + text);
    }

    @Test
    void theDocxMeetingTableSaysEachThingOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(invited(LocalTime.of(19, 0)), Format.DOCX, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable card = docx.getTables().get(0);
            List<String> labels = card.getRows().stream().map(r -> r.getCell(0).getText()).toList();
            assertEquals(List.of("会议平台", "会议主题", "入会链接", "会议号", "说明"), labels);
            assertEquals("请提前五分钟入会", card.getRow(4).getCell(1).getText());
            String all = new XWPFWordExtractor(docx).getText();
            assertEquals(1, count(all, "19:00"), all);
        }
    }

    @Test
    void aPeriodIsShownAsARangeInTheTitleBlock() throws Exception {
        Metadata meta = new Metadata("Weekly digest", Metadata.TitleSource.HEADING, LocalDate.of(2023, 1, 1), null, null,
                Language.EN, null, "w.md", Map.of(), LocalDate.of(2023, 1, 8));
        Report report = Notes.report(meta, null, Notes.section("1.", "News", 2, Notes.paragraph("Things happened.", 3)));
        assertTrue(pdfText(report).contains("2023-01-01 – 2023-01-08"), "PDF");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.DOCX, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            assertTrue(new XWPFWordExtractor(doc).getText().contains("2023-01-01 – 2023-01-08"), "DOCX");
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.HTML, html);
        assertTrue(html.toString(StandardCharsets.UTF_8).contains("2023-01-01 – 2023-01-08"), "HTML");
    }
}
