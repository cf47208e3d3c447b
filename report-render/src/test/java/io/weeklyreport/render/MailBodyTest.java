package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as a mail body (mail.ftlh, mail-text.ftl): what a mail client shows, read back as a reader would check
 * it, and what it must never do when opened (fetch, run, style from elsewhere).
 */
class MailBodyTest {
    @TempDir
    Path dir;

    private static Item item(String text, Status status, String phrase, Ref... refs) {
        return new Item(List.of(new Inline.Text(text)), new StatusMark(status, phrase), List.of(refs), Item.Task.NONE, List.of(), 5);
    }

    private static Ref pr(int number) {
        return new Ref(Ref.Kind.PULL_REQUEST, "acme/store", Integer.toString(number), "https://github.com/acme/store/pull/" + number);
    }

    /** A fortnightly note of a storage team, in our own words: a meeting, statuses, PR chips, pictures, a table. */
    private Report note() throws Exception {
        Path wide = Notes.screenshot(dir, "throughput.png", 2400, 1200);
        Path small = Notes.screenshot(dir, "icon.png", 120, 80);
        Metadata meta = new Metadata("存储组双周会 2024-03-07", Metadata.TitleSource.HEADING, LocalDate.of(2024, 3, 7),
                LocalTime.of(19, 0), LocalTime.of(20, 0), Language.ZH, null, "2024-03-07.md", Map.of());
        Meeting meeting = new Meeting("腾讯会议", "存储组双周会", LocalDate.of(2024, 3, 7), LocalTime.of(19, 0), LocalTime.of(20, 0),
                null, "https://meeting.example.org/j/42", "123 456 789", null, List.of(), List.of(), 3);
        ItemList items = new ItemList(false, 1, List.of(
                item("快照回收支持增量模式", Status.DONE, "已合入", pr(2387)),
                item("元数据缓存预热", Status.IN_REVIEW, "review中", pr(2401)),
                item("跨机房复制的限速", Status.IN_PROGRESS, "调试中")), 6);
        List<Block> blocks = new ArrayList<>();
        blocks.add(items);
        blocks.add(new Image("images/throughput.png", "写入吞吐", wide.toString(), false, 9));
        blocks.add(new Image("images/icon.png", "", small.toString(), false, 10));
        blocks.add(new Image("images/throughput.png", "写入吞吐（再看一次）", wide.toString(), false, 11));
        blocks.add(new Image("https://cdn.example.org/chart.png", "远程", null, true, 12));
        blocks.add(new Image("images/gone.png", "", null, false, 13));
        blocks.add(Notes.table(14, "模块", "负责人"));
        blocks.add(new CodeBlock("sh", "curve fs status --verbose", 16));
        blocks.add(Notes.paragraph("链接见 ", 18));
        Section work = new Section("一、", List.of(new Inline.Text("近期工作")), 1, Section.Role.CONTENT, blocks, List.of(), 4);
        Section qa = Notes.section("二、", "答疑 & 交流", 20);
        return new Report(meta, meeting, List.of(), List.of(work, qa), List.of());
    }

    private MailBody body(Report report, RenderOptions options) throws Exception {
        RenderResult result = new ReportRenderer(options).render(RenderRequest.of(report).toMail("{title}"));
        RenderResult.MailRendered mail = result.mail().orElseThrow();
        assertFalse(mail.failed(), () -> String.valueOf(mail.failure()));
        return mail.body();
    }

    private static Document parse(String html) throws Exception {
        // Our own XHTML reader, fed the HTML5 with its void elements closed: enough to walk elements and attributes.
        String xml = html.replaceFirst("<!DOCTYPE html>", "").replaceAll("<(img|br|meta|hr)([^>]*?)/?>", "<$1$2/>")
                .replace("&nbsp;", "&#160;");
        return Xhtml.parse(xml);
    }

    private static List<Element> all(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    @Test
    void theBodyShowsTitleDateSummaryMeetingAndItemsWithTheirChipsAndLinks() throws Exception {
        MailBody body = body(note(), RenderOptions.defaults());
        assertEquals("存储组双周会 2024-03-07", body.subject());
        Document doc = parse(body.html());
        String text = Xhtml.text(doc.getDocumentElement());
        assertEquals("存储组双周会 2024-03-07", Xhtml.text(all(doc, "h1").get(0)));
        assertTrue(text.contains("2024-03-07 星期四 · 19:00–20:00"), text);
        assertTrue(text.contains("进展概览 已完成 1 评审中 1 进行中 1"), text);
        assertTrue(text.contains("123 456 789"), text);
        assertEquals("一、近期工作", Xhtml.text(all(doc, "h2").get(0)));
        List<String> items = all(doc, "li").stream().map(Xhtml::text).toList();
        assertEquals(List.of("已完成 快照回收支持增量模式 #2387", "评审中 元数据缓存预热 #2401", "进行中 跨机房复制的限速"), items);

        Element chip = (Element) all(doc, "li").get(0).getElementsByTagName("span").item(0);
        Palette.Chip done = Palette.builtIn().chip(Status.DONE);
        assertTrue(chip.getAttribute("style").contains("background:" + done.fill().css()), chip.getAttribute("style"));
        assertTrue(chip.getAttribute("style").contains("color:" + done.text().css()), chip.getAttribute("style"));
        Element ref = all(doc, "a").stream().filter(a -> Xhtml.text(a).equals("#2387")).findFirst().orElseThrow();
        assertEquals("https://github.com/acme/store/pull/2387", ref.getAttribute("href"));
        assertTrue(all(doc, "a").stream().anyMatch(a -> a.getAttribute("href").equals("https://meeting.example.org/j/42")));
    }

    @Test
    void nothingIsFetchedWhenOpenedAndEveryStyleIsInline() throws Exception {
        MailBody body = body(note(), RenderOptions.defaults());
        String html = body.html();
        Document doc = parse(html);
        assertTrue(all(doc, "style").isEmpty() && all(doc, "link").isEmpty() && all(doc, "script").isEmpty(), html);
        for (Element img : all(doc, "img")) {
            assertTrue(img.getAttribute("src").startsWith("cid:"), img.getAttribute("src"));
        }
        NodeList every = doc.getElementsByTagName("*");
        for (int i = 0; i < every.getLength(); i++) {
            Element e = (Element) every.item(i);
            assertEquals("", e.getAttribute("class"), "no class: only inline styles, on <" + e.getTagName() + ">");
            assertFalse(e.getAttribute("style").contains("url("), e.getAttribute("style"));
        }
        assertFalse(html.contains("src=\"http"), "a remote picture is a link, never fetched");
        assertFalse(html.contains("file:"), "no local paths");
        assertTrue(html.contains("<a href=\"https://cdn.example.org/chart.png\""), "the remote picture as a link");
        assertTrue(html.contains("图片缺失: images/gone.png"), "the missing picture as a placeholder");
    }

    @Test
    void theLayoutIsPresentationTablesAtMostSixHundredWide() throws Exception {
        Document doc = parse(body(note(), RenderOptions.defaults()).html());
        List<Element> layout = all(doc, "table").stream().filter(t -> t.getAttribute("role").equals("presentation")).toList();
        assertTrue(layout.size() >= 2, "an outer and a card table");
        Element card = layout.get(1);
        assertEquals("600", card.getAttribute("width"));
        assertTrue(card.getAttribute("style").contains("max-width:600px") && card.getAttribute("style").contains("width:100%"),
                "narrows to a phone: " + card.getAttribute("style"));
        assertFalse(all(doc, "table").stream().anyMatch(t -> !t.getAttribute("role").equals("presentation")
                && !Xhtml.text(t).contains("模块")), "only the note's own table is a data table");
    }

    @Test
    void localPicturesAreCidPartsScaledToTwiceTheColumnAtMostAndEachCarriedOnce() throws Exception {
        MailBody body = body(note(), RenderOptions.defaults());
        assertEquals(2, body.pictures().size(), "the wide picture shown twice is one part");
        MailBody.Picture wide = body.pictures().get(0);
        assertEquals("picture-1@weekly-report", wide.contentId());
        assertEquals("throughput.png", wide.fileName());
        assertEquals("image/png", wide.mediaType());
        BufferedImage carried = ImageIO.read(new ByteArrayInputStream(wide.bytes()));
        assertEquals(2 * MailPictures.COLUMN, carried.getWidth(), "2 x the width shown, no more");
        assertEquals(MailPictures.COLUMN, carried.getHeight());
        assertEquals(MailPictures.COLUMN, wide.width());
        assertEquals(MailPictures.COLUMN / 2, wide.height());

        MailBody.Picture icon = body.pictures().get(1);
        assertEquals(120, icon.width(), "a small picture is shown at its own size");
        assertArrayEqualsFile(dir.resolve("icon.png"), icon.bytes());

        Document doc = parse(body.html());
        List<String> sources = all(doc, "img").stream().map(i -> i.getAttribute("src")).toList();
        assertEquals(List.of("cid:picture-1@weekly-report", "cid:picture-2@weekly-report", "cid:picture-1@weekly-report"), sources);
        Element first = all(doc, "img").get(0);
        assertEquals("552", first.getAttribute("width"));
        assertTrue(first.getAttribute("style").contains("max-width:100%"), "shrinks on a phone");
    }

    private static void assertArrayEqualsFile(Path file, byte[] bytes) throws Exception {
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(file), bytes, "carried as it is");
    }

    @Test
    void anUnreadablePictureIsAPlaceholderWithOneWarning() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.png"), "not a picture");
        Report report = Notes.report(Notes.english("Sprint 12", LocalDate.of(2024, 3, 7)), null,
                Notes.section("1.", "Done", 2, Notes.image(broken, "chart", 3)));
        RenderResult result = new ReportRenderer(RenderOptions.defaults()).render(RenderRequest.of(report).toMail("{title}"));
        MailBody body = result.mail().orElseThrow().body();
        assertEquals(List.of(), body.pictures());
        assertTrue(body.html().contains("Missing image"), body.html());
        assertEquals(1, result.allWarnings().size(), result.allWarnings().toString());
        assertEquals(ReadableImages.CODE, result.allWarnings().get(0).code());
    }

    @Test
    void thePlainTextSaysTheSameWithLinksWrittenOut() throws Exception {
        String text = body(note(), RenderOptions.defaults()).plainText();
        assertTrue(text.startsWith("存储组双周会 2024-03-07\n2024-03-07 星期四 · 19:00–20:00\n"), text);
        assertTrue(text.contains("进展概览: 已完成 1 · 评审中 1 · 进行中 1\n"), text);
        assertTrue(text.contains("\n## 一、近期工作\n"), text);
        assertTrue(text.contains("\n- [已完成] 快照回收支持增量模式 #2387 <https://github.com/acme/store/pull/2387>\n"), text);
        assertTrue(text.contains("\n- [进行中] 跨机房复制的限速\n"), text);
        assertTrue(text.contains("[图片: 写入吞吐]"), text);
        assertTrue(text.contains("[远程图片（未下载）: https://cdn.example.org/chart.png]"), text);
        assertTrue(text.contains("模块 | 负责人"), text);
        assertTrue(text.contains("\n    curve fs status --verbose\n"), text);
        assertFalse(text.contains("\n\n\n"), "one empty line at most");
        assertFalse(text.contains("<span") || text.contains("&amp;"), "no markup, no entities: " + text);
        assertTrue(text.contains("答疑 & 交流"), text);
    }

    @Test
    void theSubjectFollowsThePattern() {
        Metadata meta = new Metadata("Curve 双周会", Metadata.TitleSource.HEADING, LocalDate.of(2023, 5, 18), null, null,
                Language.ZH, null, "a.md", Map.of());
        assertEquals("Curve 双周会", MailWriter.subject("{title}", meta));
        assertEquals("Curve 社区双周会 2023-05-18", MailWriter.subject("Curve 社区双周会 {date}", meta));
        assertEquals("[周报] Curve 双周会 · 2023-05-18", MailWriter.subject("[周报] {title} · {date}", meta));
        Metadata undated = new Metadata("Notes", Metadata.TitleSource.DEFAULT, null, null, null, Language.EN, null, "a.md", Map.of());
        assertEquals("Notes", MailWriter.subject("{date}", undated), "never an empty subject");
        assertEquals("Notes", MailWriter.subject("{title}\r\nBcc: x@example.org", undated).replace(" Bcc: x@example.org", ""));
        assertFalse(MailWriter.subject("{title}\r\nBcc: x@example.org", undated).contains("\n"), "one line");
    }

    @Test
    void aTeamsColoursReachTheChips() throws Exception {
        RenderOptions teal = RenderOptions.defaults().withTheme(new RenderOptions.Theme(Map.of("done", "#0f766e", "accent", "#8a1538"), null));
        String html = body(note(), teal).html();
        assertTrue(html.contains("color:#0f766e"), "the team's done chip");
        assertTrue(html.contains("color:#8a1538"), "the team's accent on links and numbers");
    }

    @Test
    void aTemplateCannotMakeTheMailFetchOrRunAnything() throws Exception {
        Files.writeString(dir.resolve("mail.ftlh"), """
                <#ftl output_format="XHTML">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title><style>p { color: red }</style>
                <link rel="stylesheet" href="https://cdn.example.org/a.css"/><script>alert(1)</script></head>
                <body onload="alert(2)"><img src="https://tracker.example.org/open.gif"/>
                <p style="background:url(https://tracker.example.org/p.png)">${meta.title}</p>
                <a href="javascript:alert(3)">click</a> <a href="https://example.org/ok">ok</a></body></html>
                """);
        RenderResult result = new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir))
                .render(RenderRequest.of(note()).toMail("{title}"));
        String html = result.mail().orElseThrow().body().html();
        for (String gone : List.of("<style", "<link", "<script", "onload", "tracker.example.org", "javascript:", "alert")) {
            assertFalse(html.contains(gone), gone + " in " + html);
        }
        assertTrue(html.contains("<a href=\"https://example.org/ok\">ok</a>"), html);
        assertTrue(html.contains("存储组双周会 2024-03-07"), html);
        List<String> warnings = result.allWarnings().stream().map(d -> d.message()).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("mail: mail.ftlh: <img src=\"https://tracker.example.org/open.gif\"> left out")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("<script> left out")), warnings.toString());
    }

    @Test
    void aMailTemplateIsSandboxedLikeTheOthers() throws Exception {
        Files.writeString(dir.resolve("mail.ftlh"), "<#ftl output_format=\"XHTML\">\n"
                + "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"touch " + dir.resolve("ran") + "\")}\n");
        RenderResult result = new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir))
                .render(RenderRequest.of(note()).to(Format.HTML, bytes -> { }).toMail("{title}"));
        RenderResult.MailRendered mail = result.mail().orElseThrow();
        assertTrue(mail.failed());
        assertTrue(mail.failure().getMessage().startsWith("mail.ftlh:2:"), mail.failure().getMessage());
        assertFalse(Files.exists(dir.resolve("ran")));
        assertFalse(result.outputs().get(0).failed(), "the HTML file was still made");
    }

    @Test
    void aRequestWithoutMailHasNone() throws Exception {
        RenderResult result = new ReportRenderer(RenderOptions.defaults()).render(RenderRequest.of(note()).to(Format.HTML, b -> { }));
        assertTrue(result.mail().isEmpty());
        assertNotNull(result.outputs().get(0));
    }
}
