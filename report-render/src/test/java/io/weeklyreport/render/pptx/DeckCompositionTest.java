package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.ThematicBreak;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.weeklyreport.render.pptx.PptxSamples.item;
import static io.weeklyreport.render.pptx.PptxSamples.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decks composed, not cut: what shares a slide, where a slide starts, what a continuation holds. */
class DeckCompositionTest {
    @TempDir
    Path dir;

    record Deck(PptxWriter.Result result, XMLSlideShow show) {
        List<Page> pages() {
            return result.pages();
        }

        List<Page.Text> text() {
            return pages().stream().filter(Page.Text.class::isInstance).map(Page.Text.class::cast).toList();
        }
    }

    static Deck deck(Report report, RenderOptions options) throws Exception {
        ReportRenderer renderer = new ReportRenderer(options);
        PptxWriter.Result result = new PptxWriter(options).compose(renderer.deckXhtml(report), report);
        return new Deck(result, new XMLSlideShow(new ByteArrayInputStream(result.bytes())));
    }

    static Deck deck(Report report) throws Exception {
        return deck(report, RenderOptions.defaults());
    }

    static Section section(String title, int level, List<Block> blocks, List<Section> children) {
        return new Section("", List.of(new Inline.Text(title)), level, Section.Role.CONTENT, blocks, children, 1);
    }

    /** A numbered heading over subsections: a real section, not a wrapper the agenda looks through. */
    static Section numbered(String number, String title, List<Section> children) {
        return new Section(number, List.of(new Inline.Text(title)), 2, Section.Role.CONTENT, List.of(), children, 1);
    }

    static Report note(Language language, Map<String, String> extra, Section... sections) {
        Metadata meta = new Metadata("Weekly", Metadata.TitleSource.HEADING, LocalDate.of(2024, 5, 6), null, null,
                language, null, "weekly.md", extra);
        return new Report(meta, null, List.of(), List.of(sections), List.of());
    }

    static List<String> headings(Page.Text page) {
        return page.body().stream().filter(p -> p.kind() == Para.Kind.HEADING).map(p -> p.text().strip()).toList();
    }

    static String title(Page page) {
        return Span.plain(page.title());
    }

    @Test
    void shortSiblingSectionsShareASlideUnderTheirOwnHeadings() throws Exception {
        List<Section> topics = new ArrayList<>();
        for (String name : List.of("Releases", "Security", "Tooling", "Testing", "Jobs")) {
            topics.add(section(name, 2, List.of(list(item("One short line about " + name))), List.of()));
        }
        Deck d = deck(note(Language.EN, Map.of(), section("Links", 1, List.of(), topics)));
        assertEquals(1, d.text().size(), "five one-line sections on one slide: " + d.pages());
        assertEquals(List.of("Releases", "Security", "Tooling", "Testing", "Jobs"), headings(d.text().getFirst()));
        assertTrue(title(d.text().getFirst()).startsWith("Releases · Security"), title(d.text().getFirst()));
    }

    @Test
    void aHeadingWhoseContentIsItsSubsectionsIsNoSlideOfItsOwn() throws Exception {
        Section a = section("CurveFS", 3, List.of(list(item("元数据缓存命中率提升"))), List.of());
        Section b = section("CurveBS", 3, List.of(list(item("快照链合并性能优化"))), List.of());
        Deck d = deck(note(Language.ZH, Map.of(), numbered("一、", "近期工作", List.of(a, b)),
                section("其他", 2, List.of(list(item("无"))), List.of())));
        for (Page.Text page : d.text()) {
            assertFalse(page.body().isEmpty(), "no title-only slide: " + title(page));
        }
        assertEquals("近期工作 · 其他", title(d.text().getFirst()), "the chapters on the slide are its title");
        assertEquals(List.of("近期工作 › CurveFS", "近期工作 › CurveBS", "其他"), headings(d.text().getFirst()));
    }

    @Test
    void theTemplateCanAskForSectionDividers() throws Exception {
        String template = DeckContractTest.builtInTemplate().replace("<#assign sectionDividers = false>", "<#assign sectionDividers = true>");
        Files.writeString(dir.resolve("slides.ftlh"), template);
        Section a = section("CurveFS", 3, List.of(list(item("元数据缓存命中率提升"))), List.of());
        Deck d = deck(note(Language.ZH, Map.of(), numbered("一、", "近期工作", List.of(a)),
                section("其他", 2, List.of(list(item("无"))), List.of())), RenderOptions.defaults().withTemplateDir(dir));
        Page.Closing divider = d.pages().stream().filter(Page.Closing.class::isInstance).map(Page.Closing.class::cast)
                .filter(c -> c.layout() == SlideKind.SECTION).findFirst().orElseThrow(() -> new AssertionError(d.pages().toString()));
        assertEquals("一、近期工作", Span.plain(divider.heading()));
    }

    @Test
    void anEmptySectionInTheMiddleIsAHeadingNotAnEmptySlide() throws Exception {
        Deck d = deck(note(Language.EN, Map.of(),
                section("Announcements", 2, List.of(list(item("Release 2.0 is out today after a long beta"))), List.of()),
                section("Strategic initiatives", 2, List.of(), List.of()),
                section("Reminders", 2, List.of(list(item("Nominate people for the spotlight"))), List.of()),
                section("Q&A", 2, List.of(), List.of())));
        assertTrue(d.text().stream().anyMatch(p -> headings(p).contains("Strategic initiatives")), d.pages().toString());
        assertTrue(d.text().stream().noneMatch(p -> p.body().isEmpty()));
        Page last = d.pages().getLast();
        assertTrue(last instanceof Page.Closing c && Span.plain(c.heading()).equals("Q&A"), "the empty last section closes the deck");
    }

    @Test
    void aHeadingWithNothingUnderItNeverEndsASlide() throws Exception {
        List<io.weeklyreport.model.Item> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(item("第 " + i + " 项：对象存储网关在高并发写入时偶发超时的排查进展"));
        }
        List<io.weeklyreport.model.Item> articles = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            articles.add(item("块存储应用实践第 " + i + " 篇：从部署到性能调优的完整记录"));
        }
        Deck d = deck(note(Language.ZH, Map.of(),
                section("近期进展", 2, List.of(new io.weeklyreport.model.ItemList(false, 1, many, 1)), List.of()),
                section("公众号文章", 2, List.of(), List.of()),
                section("块存储应用实践系列", 2, List.of(new io.weeklyreport.model.ItemList(false, 1, articles, 1)), List.of())));
        for (Page.Text page : d.text()) {
            List<Para> body = page.body();
            assertTrue(body.isEmpty() || body.getLast().kind() != Para.Kind.HEADING, title(page) + " ends with a heading: " + body);
        }
        Page.Text withArticles = d.text().stream().filter(p -> p.body().stream().anyMatch(b -> b.text().contains("第 1 篇")))
                .findFirst().orElseThrow();
        assertTrue(headings(withArticles).contains("公众号文章") || title(withArticles).contains("公众号文章"),
                "the empty heading goes over with the section under it: " + title(withArticles) + " " + headings(withArticles));
    }

    @Test
    void aLongSectionContinuesAndNoContinuationIsThin() throws Exception {
        List<io.weeklyreport.model.Item> items = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            items.add(item("第 " + i + " 项：排查对象存储网关在高并发写入时偶发的超时问题"));
        }
        Deck d = deck(note(Language.ZH, Map.of(), section("问题排查", 2,
                List.of(new io.weeklyreport.model.ItemList(false, 1, items, 1)), List.of())));
        assertTrue(d.text().size() >= 2, d.pages().toString());
        TextMeasure measure = TextMeasure.of(null, null);
        SlideGeometry g = DeckTemplate.builtIn("Microsoft YaHei", "Calibri", java.awt.Color.BLUE).geometry(SlideKind.CONTENT);
        TextFlow flow = new TextFlow(measure, TextFlow.FrameStyle.BODY, g.bodyWidth());
        for (int i = 1; i < d.text().size(); i++) {
            Page.Text page = d.text().get(i);
            int lines = page.body().stream().mapToInt(flow::lines).sum();
            assertTrue(lines >= Paginator.MIN_TAIL, title(page) + " holds " + lines + " lines");
            assertTrue(title(page).endsWith("（续 " + (i + 1) + "/" + d.text().size() + "）"), title(page));
        }
        List<String> shown = d.text().stream().flatMap(p -> p.body().stream()).map(Para::text).toList();
        for (int i = 1; i <= 15; i++) {
            int n = i;
            assertEquals(1, shown.stream().filter(t -> t.contains("第 " + n + " 项：")).count(), "item " + i + " once, whole");
        }
    }

    @Test
    void aThematicBreakStartsANewSlide() throws Exception {
        Section first = section("Releases", 2, List.of(list(item("Bundler 5.2 is out")), new ThematicBreak(3),
                list(item("Runner 3.0 is out"))), List.of());
        Section second = section("Security", 2, List.of(list(item("Lock file checks"))), List.of());
        Deck d = deck(note(Language.EN, Map.of(), first, second));
        assertEquals(2, d.text().size(), d.pages().toString());
        assertTrue(d.text().get(0).body().stream().noneMatch(p -> p.text().contains("Runner")), "the break ends the first slide");
        assertTrue(d.text().get(1).body().stream().anyMatch(p -> p.text().contains("Runner")));
        assertTrue(d.text().get(1).body().stream().anyMatch(p -> p.text().contains("Lock file")), "what follows shares the new one");
    }

    @Test
    void aSlideLevelStartsASlideAtEachHeadingOfThatLevel() throws Exception {
        Section a = section("Build", 1, List.of(list(item("CI moved to the new runners"))),
                List.of(section("Caching", 2, List.of(list(item("Remote cache hit rate up"))), List.of())));
        Section b = section("Docs", 1, List.of(list(item("New tutorial published"))), List.of());
        Report byFit = note(Language.EN, Map.of(), a, b);
        assertEquals(1, deck(byFit).text().size(), "by fit, the short sections share one slide");
        Deck levelOne = deck(byFit, RenderOptions.defaults().withSlideLevel(1));
        assertEquals(List.of("Build", "Docs"), levelOne.text().stream().map(DeckCompositionTest::title).toList(),
                "level 1 starts a slide; the level-2 section flows on under it");
        assertEquals(List.of("Caching"), headings(levelOne.text().getFirst()));
        // the note's own front matter wins over the option
        Report own = note(Language.EN, Map.of("slide-level", "2"), a, b);
        Deck levelTwo = deck(own, RenderOptions.defaults().withSlideLevel(1));
        assertEquals(3, levelTwo.text().size(), levelTwo.pages().toString());
    }

    @Test
    void remotePicturesAreLinkedLinesInTheFlowNeverSlides() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            blocks.add(new Paragraph(List.of(new Inline.Text("监控截图说明第 " + i + " 张")), i));
            blocks.add(new Image("https://img.example.com/weekly/2024/03/screen-" + i + ".webp", "截图" + i, null, true, i));
        }
        Deck d = deck(note(Language.ZH, Map.of(), section("监控", 2, blocks, List.of())));
        assertTrue(d.pages().stream().noneMatch(Page.Picture.class::isInstance));
        List<Para> lines = d.text().stream().flatMap(p -> p.body().stream()).filter(p -> p.text().startsWith("图片：")).toList();
        assertEquals(12, lines.size());
        assertEquals("图片：截图1 · img.example.com/…/screen-1.webp", lines.getFirst().text());
        assertEquals(List.of("https://img.example.com/weekly/2024/03/screen-1.webp"), lines.getFirst().urls(), "linked to the whole URL");
        assertTrue(d.text().size() <= 3, "24 short lines need three slides at most: "
                + d.text().stream().map(t -> title(t) + " " + t.body().size()).toList());
        for (XSLFSlide slide : d.show().getSlides()) {
            assertFalse(PptxWriterTest.allText(slide).contains("远程图片"), "no placeholder slide");
        }
    }

    @Test
    void aShortParagraphBeforeATableIntroducesItOnTheTablesSlide() throws Exception {
        io.weeklyreport.model.Table table = new io.weeklyreport.model.Table(List.of(PptxSamples.cell("Metric"), PptxSamples.cell("After")),
                List.of(List.of(PptxSamples.cell("p99 latency"), PptxSamples.cell("12 ms"))), 3);
        Section s = section("Performance", 2, List.of(list(item("Cache warmed at start")),
                new Paragraph(List.of(new Inline.Text("Numbers below the line:")), 2), table), List.of());
        Deck d = deck(note(Language.EN, Map.of(), s));
        Page.TableRows rows = d.pages().stream().filter(Page.TableRows.class::isInstance).map(Page.TableRows.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of("Numbers below the line:"), rows.lead().stream().map(Para::text).toList());
        assertTrue(d.text().stream().flatMap(t -> t.body().stream()).noneMatch(p -> p.text().contains("Numbers below")),
                "said once, above the table");
        XSLFSlide slide = d.show().getSlides().get(d.pages().indexOf(rows));
        assertTrue(PptxWriterTest.allText(slide).contains("Numbers below the line:"));
        var lead = slide.getShapes().stream().filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t
                && t.getText().contains("Numbers below")).findFirst().orElseThrow();
        var grid = slide.getShapes().stream().filter(org.apache.poi.xslf.usermodel.XSLFTable.class::isInstance).findFirst().orElseThrow();
        assertTrue(lead.getAnchor().getMaxY() <= grid.getAnchor().getY(), "the lead sits above the table, not over it");

        // alone before the table, it leaves no slide of its own behind
        Section alone = section("Performance", 2, List.of(new Paragraph(List.of(new Inline.Text("Numbers below the line:")), 2), table),
                List.of());
        assertEquals(List.of(), deck(note(Language.EN, Map.of(), alone)).text());
        // a thematic break between them, or a paragraph of many lines, keeps them apart
        Section broken = section("Performance", 2, List.of(new Paragraph(List.of(new Inline.Text("Numbers below the line:")), 2),
                new ThematicBreak(3), table), List.of());
        assertEquals(1, deck(note(Language.EN, Map.of(), broken)).text().size());
        Section essay = section("Performance", 2, List.of(new Paragraph(List.of(new Inline.Text(
                "We measured the latency of every request over a week of traffic before and after the change. ".repeat(4))), 2), table),
                List.of());
        assertEquals(1, deck(note(Language.EN, Map.of(), essay)).text().size(), "a paragraph that says something of its own stays text");
    }

    @Test
    void aLocalPictureKeepsItsSlideWithItsCaptionUnderItAndTheParagraphIntroducingItAbove() throws Exception {
        Path png = dir.resolve("latency.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1838, 900, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Deck d = deck(note(Language.ZH, Map.of(), section("性能", 2, List.of(new Paragraph(List.of(new Inline.Text("优化前后的延迟如下图：")), 1),
                new Image("latency.png", "延迟对比", png.toString(), false, 2)), List.of())));
        assertEquals(List.of(), d.text(), "no slide holds the lead alone");
        Page.Picture picture = d.pages().stream().filter(Page.Picture.class::isInstance).map(Page.Picture.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("优化前后的延迟如下图："), picture.lead().stream().map(Para::text).toList());
        assertEquals("延迟对比", picture.caption().getFirst().text());
        XSLFSlide slide = d.show().getSlides().get(d.pages().indexOf(picture));
        var shapes = slide.getShapes();
        var lead = shapes.stream().filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t && t.getText().contains("如下图"))
                .findFirst().orElseThrow();
        var caption = shapes.stream().filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t && t.getText().contains("延迟对比"))
                .findFirst().orElseThrow();
        var pic = shapes.stream().filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance).findFirst().orElseThrow();
        assertTrue(lead.getAnchor().getMaxY() <= pic.getAnchor().getY(), "the lead is above the picture");
        assertTrue(pic.getAnchor().getMaxY() <= caption.getAnchor().getY(), "the caption under it");
        assertTrue(caption.getAnchor().getY() - pic.getAnchor().getMaxY() < 12, "and close to it");
    }

    @Test
    void theTitleSlideSaysTheTimeOnceAndTheStockLinesGoToTheNotes() throws Exception {
        Meeting meeting = new Meeting("腾讯会议", "存储组周会", LocalDate.of(2024, 3, 14), LocalTime.of(20, 0), LocalTime.of(21, 0),
                "(GMT+08:00) 中国标准时间 - 北京", "https://meeting.tencent.com/dm/AbCdEf123", "555-222-111", null,
                List.of(), List.of(), 7, "2024/03/14 20:00-21:00",
                List.of("点击链接入会，或添加至会议列表：", "复制该信息，打开手机腾讯会议即可参与"));
        Section time = new Section("", List.of(new Inline.Text("时间")), 1, Section.Role.TIME,
                List.of(new Paragraph(List.of(new Inline.Text("2024/03/14 20:00~21:00")), 1)), List.of(), 1);
        Metadata meta = new Metadata("存储组周会 2024-03-14", Metadata.TitleSource.MEETING_TOPIC, LocalDate.of(2024, 3, 14),
                LocalTime.of(20, 0), LocalTime.of(21, 0), Language.ZH, null, "n.md", Map.of());
        Report report = new Report(meta, meeting, List.of(), List.of(time, section("进展", 1, List.of(list(item("完成"))), List.of())), List.of());
        Deck d = deck(report);
        XSLFSlide first = d.show().getSlides().getFirst();
        String slide = PptxWriterTest.allText(first);
        assertEquals(1, slide.split("20:00", -1).length - 1, "the time once: " + slide);
        assertTrue(slide.contains("2024-03-14 星期四 · 20:00–21:00"), slide);
        assertEquals(1, slide.split("555-222-111", -1).length - 1, "the meeting number once");
        assertEquals(1, slide.split("腾讯会议", -1).length - 1, "the platform once: " + slide);
        assertEquals(1, PptxWriterTest.links(first).stream().filter(l -> l.contains("AbCdEf123")).count(), "the link once");
        assertFalse(slide.contains("复制该信息") || slide.contains("点击链接入会"), "stock lines are not on the slide");
        assertFalse(slide.contains("存储组周会\n") && slide.contains("会议主题"), "the topic is the title already");
        String notes = PptxWriterTest.notesText(first);
        assertTrue(notes.contains("复制该信息，打开手机腾讯会议即可参与") && notes.contains("点击链接入会"), notes);
        assertTrue(notes.contains("时间：2024/03/14 20:00~21:00"), "the time as written, in the notes: " + notes);
    }

    @Test
    void aShortAgendaSitsOnTheTitleSlideALongOneHasItsOwnInTwoColumns() throws Exception {
        Deck shortOne = deck(note(Language.EN, Map.of(), section("Build", 1, List.of(list(item("a"))), List.of()),
                section("Docs", 1, List.of(list(item("b"))), List.of())));
        Page.Opening opening = (Page.Opening) shortOne.pages().getFirst();
        List<String> framed = opening.frames().stream().flatMap(f -> f.paras().stream()).map(Para::text).toList();
        assertEquals(List.of("Agenda", "1. Build", "2. Docs"), framed);
        assertTrue(shortOne.pages().stream().noneMatch(p -> p instanceof Page.Text t && t.layout() == SlideKind.AGENDA));

        List<Section> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(section("Topic number " + i, 1, List.of(list(item("line " + i))), List.of()));
        }
        Deck longOne = deck(note(Language.EN, Map.of(), many.toArray(Section[]::new)));
        Page.Text agenda = longOne.text().stream().filter(t -> t.layout() == SlideKind.AGENDA).findFirst().orElseThrow();
        assertFalse(agenda.secondColumn().isEmpty(), "40 entries run in two columns");
        assertEquals("Agenda", title(agenda));
    }

    /** The measured height of a slide's body, as the composer measures it. */
    private static double bodyHeight(Page.Text page) throws Exception {
        TextFlow flow = new TextFlow(TextMeasure.of(null, null), TextFlow.FrameStyle.BODY, 864 - 2 * SlideStyle.INSET_X);
        return flow.height(page.body());
    }

    @Test
    void longParagraphsFillTheSlidesTheyContinueOn() throws Exception {
        // a report's prose between short bullets: a long paragraph is no lead-in to carry over, and it breaks
        // where a slide ends when two lines stay on each side
        String prose = "这一段说明写得很长，讲清楚了为什么在小规模场景下资源会分布不均，以及恢复之后新节点上为什么没有副本，"
                + "需要运维手动触发一次均衡，否则很长时间内集群的负载都不会回到平均水平。";
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            blocks.add(list(item("第 " + i + " 个场景")));
            blocks.add(new Paragraph(List.of(new Inline.Text(prose.repeat(2))), 1));
        }
        Deck d = deck(note(Language.ZH, Map.of(), section("均衡性", 1, blocks, List.of())));
        List<Page.Text> pages = d.text();
        assertTrue(pages.size() >= 2, "the section continues: " + pages.size());
        double fullest = 0;
        for (Page.Text p : pages) {
            fullest = Math.max(fullest, bodyHeight(p));
        }
        for (Page.Text p : pages.subList(0, pages.size() - 1)) {
            assertTrue(bodyHeight(p) >= 0.8 * fullest, title(p) + " holds " + bodyHeight(p) + " of " + fullest);
        }
    }

    @Test
    void aSlideIsNeverEmptiedToFillTheNext() throws Exception {
        // many one-word sub-items, then a lead-in and two bullets: the continuation before the last keeps its lines
        List<io.weeklyreport.model.Item> commands = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            commands.add(item("命令" + i));
        }
        io.weeklyreport.model.Item parent = PptxSamples.item("常见运维", io.weeklyreport.model.Status.NONE, "",
                List.of(new io.weeklyreport.model.ItemList(false, 2, commands, 2)));
        List<Block> blocks = List.of(list(parent),
                new Paragraph(List.of(new Inline.Text("另外新增错误码以及错误提示：")), 3), list(item("各类检测"), item("错误码")));
        Deck d = deck(note(Language.ZH, Map.of(), section("CurveAdm 规划", 1, blocks, List.of())));
        List<Page.Text> pages = d.text();
        assertTrue(pages.size() >= 2, "24 commands continue: " + pages.size());
        Page.Text beforeLast = pages.get(pages.size() - 2);
        Page.Text last = pages.getLast();
        assertTrue(beforeLast.body().size() >= last.body().size(),
                title(beforeLast) + " keeps its lines: " + beforeLast.body().size() + " against " + last.body().size());
    }
}
