package io.weeklyreport.render.golden;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import io.weeklyreport.model.Table;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden cases: one small report per feature of the writers, built in code (report-render knows no
 * Markdown). Each is written in our own words; none is copied from a corpus note.
 */
final class GoldenCases {
    /** Where the cases' pictures are written; its absolute path is normalised out of the golden files. */
    static final Path WORK = Path.of("target", "golden-work").toAbsolutePath();

    private GoldenCases() {
    }

    static Map<String, Report> all() {
        Map<String, Report> cases = new LinkedHashMap<>();
        cases.put("meeting-title", meetingTitle());
        cases.put("lists-chips-links", listsChipsLinks());
        cases.put("long-section", longSection());
        cases.put("table", table());
        cases.put("images", images());
        cases.put("code-quote", codeAndQuote());
        cases.put("english-closing", englishClosing());
        cases.put("short-siblings", shortSiblings());
        return cases;
    }

    /** A title slide from a meeting invitation: platform, time, link, number, a stock line. */
    static Report meetingTitle() {
        Section time = new Section("", List.of(text("时间")), 1, Section.Role.TIME,
                List.of(para("2024/03/14 20:00~21:00")), List.of(), 1);
        Section join = new Section("", List.of(text("加入会议")), 1, Section.Role.MEETING, List.of(), List.of(), 5);
        Section topics = section("一、", "本周进展", 2, List.of(list(item("存储网关完成灰度发布", Status.DONE, "已完成"))));
        Section next = section("二、", "下周计划", 2, List.of(list(item("压测报告整理", Status.PLANNED, "计划"))));
        Meeting meeting = new Meeting("腾讯会议", "存储组周会", LocalDate.of(2024, 3, 14), LocalTime.of(20, 0),
                LocalTime.of(21, 0), "(GMT+08:00) 中国标准时间 - 北京", "https://meeting.tencent.com/dm/AbCdEf123",
                "555-222-111", "8866", List.of(), List.of("请提前五分钟入会"), 7, "2024/03/14 20:00-21:00",
                List.of("点击链接入会，或添加至会议列表：", "复制该信息，打开手机腾讯会议即可参与"));
        Metadata meta = new Metadata("存储组周会 2024-03-14", Metadata.TitleSource.MEETING_TOPIC, LocalDate.of(2024, 3, 14),
                LocalTime.of(20, 0), LocalTime.of(21, 0), Language.ZH, null, "2024-03-14.md", Map.of());
        return new Report(meta, meeting, List.of(), List.of(time, join, topics, next), List.of());
    }

    /** Three bullet levels, every status chip, PR and issue references, inline styles, a numbered list. */
    static Report listsChipsLinks() {
        Ref pr = new Ref(Ref.Kind.PULL_REQUEST, "example/store", "412", "https://github.com/example/store/pull/412");
        Ref issue = new Ref(Ref.Kind.ISSUE, "example/store", "97", "https://github.com/example/store/issues/97");
        Item third = item("第三层：补充单元测试", Status.DONE, "已合入");
        Item second = new Item(List.of(text("第二层：接口评审")), StatusMark.NONE, List.of(), Item.Task.NONE,
                List.of(list(third)), 3);
        Item linked = new Item(List.of(new Inline.Link(pr.url(), List.of(text("分片上传重试")), pr), text(" review中，见 "),
                new Inline.Link(issue.url(), List.of(text("讨论")), issue)), new StatusMark(Status.IN_REVIEW, "review中"),
                List.of(pr, issue), Item.Task.NONE, List.of(list(second)), 2);
        Item styled = new Item(List.of(text("缓存层"), new Inline.Strong(List.of(text("读路径"))), text("优化，"),
                new Inline.Code("cache_size"), text("，"), new Inline.Strike(List.of(text("旧参数"))), text("，"),
                new Inline.Emphasis(List.of(text("调试中"))), new Inline.LineBreak(), text("下周给出数据")),
                new StatusMark(Status.IN_PROGRESS, "调试中"), List.of(), Item.Task.NONE, List.of(), 6);
        Item blocked = item("元数据迁移卡在权限问题", Status.BLOCKED, "卡住");
        ItemList numbered = new ItemList(true, 4, List.of(item("第四项：整理发布说明"), item("第五项：更新部署文档")), 9);
        Section s = section("1.", "进展", 1, List.of(new ItemList(false, 1, List.of(linked, styled, blocked), 2), numbered));
        return note("进展周报", List.of(s));
    }

    /** More items than one slide holds, and one item taller than a slide. */
    static Report longSection() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            items.add(item("第 " + i + " 项：排查对象存储网关在高并发写入时偶发的超时，并补充监控指标",
                    i % 4 == 0 ? Status.DONE : Status.NONE, i % 4 == 0 ? "已完成" : ""));
        }
        String huge = "这是一段非常长的说明文字，用来检查一个条目比整张幻灯片还高时会被拆开并且一个字也不少。".repeat(30);
        Section many = section("", "问题排查", 1, List.of(new ItemList(false, 1, items, 2)));
        Section tall = section("", "长说明", 1, List.of(para(huge)));
        return note("排查记录", List.of(many, tall));
    }

    static Report table() {
        Table t = new Table(List.of(cell("模块"), cell("负责人"), new Table.Cell(List.of(text("进度")), Table.Align.RIGHT)),
                List.of(List.of(cell("网关"), cell("赵一"), new Table.Cell(List.of(text("80%")), Table.Align.RIGHT)),
                        List.of(cell("索引"), cell("钱二"), new Table.Cell(List.of(text("35%")), Table.Align.RIGHT)),
                        List.of(cell("调度"), cell("孙三"), new Table.Cell(List.of(text("100%")), Table.Align.RIGHT))), 3);
        Section s = section("", "总览", 1, List.of(para("各模块进度如下："), t));
        return note("月度总览", List.of(s));
    }

    /** A local picture with its caption, and a remote one (never fetched). */
    static Report images() {
        Path png = picture("diagram.png", 640, 320);
        Block local = new Image("diagram.png", "部署拓扑", png.toString(), false, 3);
        Block remote = new Image("https://img.example.com/uploads/2024/03/load-test.webp", "压测曲线", null, true, 5);
        Section s = section("", "架构", 1, List.of(para("新的部署方式："), local, para("压测结果见下图。"), remote));
        return note("架构评审", List.of(s));
    }

    static Report codeAndQuote() {
        Block code = new CodeBlock("bash", "make deploy ENV=staging\n\tmake status --verbose\n  两格缩进", 3);
        Block quote = new Quote(List.of(para("结论：新方案的吞吐提升一倍以上")), 7);
        Section s = section("", "操作记录", 1, List.of(para("上线步骤："), code, quote));
        return note("上线记录", List.of(s));
    }

    /** An English note: English labels, a last empty section that closes the deck. */
    static Report englishClosing() {
        Section done = section("1.", "Highlights", 1, List.of(list(item("Docs site moved to the new host", Status.DONE, "done"))));
        Section empty = section("2.", "Open questions", 1, List.of());
        Metadata meta = new Metadata("Docs Team Sync", Metadata.TitleSource.HEADING, LocalDate.of(2026, 2, 3),
                null, null, Language.EN, "Docs Team", "sync.md", Map.of());
        return new Report(meta, null, List.of(), List.of(done, empty), List.of());
    }

    /** Several short sibling sections under one heading, as link digests and minutes have them. */
    static Report shortSiblings() {
        List<Section> topics = new ArrayList<>();
        String[] names = {"Announcements", "Reminders", "Releases", "Security", "Tooling"};
        for (int i = 0; i < names.length; i++) {
            topics.add(new Section("", List.of(text(names[i])), 2, Section.Role.CONTENT,
                    List.of(list(item("A short line about " + names[i].toLowerCase() + " this week"))), List.of(), 3 + 4 * i));
        }
        Section agenda = new Section("", List.of(text("Agenda")), 1, Section.Role.CONTENT, List.of(), topics, 2);
        Metadata meta = new Metadata("Tooling Weekly", Metadata.TitleSource.HEADING, LocalDate.of(2026, 2, 10),
                null, null, Language.EN, null, "weekly.md", Map.of());
        return new Report(meta, null, List.of(), List.of(agenda), List.of());
    }

    // ---- building blocks ---------------------------------------------------------------------------

    static Report note(String title, List<Section> sections) {
        Metadata meta = new Metadata(title, Metadata.TitleSource.HEADING, LocalDate.of(2024, 3, 14), null, null,
                Language.ZH, null, "note.md", Map.of());
        return new Report(meta, null, List.of(), sections, List.of());
    }

    static Section section(String number, String title, int level, List<Block> blocks) {
        return new Section(number, List.of(text(title)), level, Section.Role.CONTENT, blocks, List.of(), 1);
    }

    static Item item(String text) {
        return item(text, Status.NONE, "");
    }

    static Item item(String text, Status status, String phrase) {
        return new Item(List.of(text(text)), status == Status.NONE ? StatusMark.NONE : new StatusMark(status, phrase),
                List.of(), Item.Task.NONE, List.of(), 1);
    }

    static ItemList list(Item... items) {
        return new ItemList(false, 1, List.of(items), 1);
    }

    static Paragraph para(String text) {
        return new Paragraph(List.of(text(text)), 1);
    }

    static Inline text(String s) {
        return new Inline.Text(s);
    }

    static Table.Cell cell(String s) {
        return new Table.Cell(List.of(text(s)), Table.Align.DEFAULT);
    }

    /** A deterministic picture: two colour bands, so its bytes are the same on every run. */
    static Path picture(String name, int width, int height) {
        try {
            Files.createDirectories(WORK);
            Path file = WORK.resolve(name);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, (y < height / 2 ? new Color(0x1f5fbf) : new Color(0xdcf3e3)).getRGB());
                }
            }
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
