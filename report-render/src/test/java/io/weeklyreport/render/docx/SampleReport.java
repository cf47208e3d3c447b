package io.weeklyreport.render.docx;

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

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A small report with every kind of block, built in code (report-render knows nothing of Markdown). */
final class SampleReport {
    static final String PR_URL = "https://github.com/opencurve/curve/pull/2387";
    static final String ISSUE_URL = "https://github.com/opencurve/curve/issues/2207";
    static final String CHINESE_URL = "https://example.com/文档/设计 方案.md";
    static final String JOIN_URL = "https://meeting.tencent.com/dm/SSKvFmc6rRGl";

    private SampleReport() {
    }

    static Report chinese(Path image) {
        Ref pr = new Ref(Ref.Kind.PULL_REQUEST, "opencurve/curve", "2387", PR_URL);
        Ref issue = new Ref(Ref.Kind.ISSUE, "opencurve/curve", "2207", ISSUE_URL);
        Item nested = item(List.of(text("修复一个死锁问题，并优化了negative lookup策略")), StatusMark.NONE, List.of(), List.of());
        Item deeper = item(List.of(text("第三层条目")), new StatusMark(Status.DONE, "已合入"), List.of(), List.of());
        Item nestedWithChild = item(List.of(text("第二层带子项")), StatusMark.NONE, List.of(),
                List.of(new ItemList(false, 1, List.of(deeper), 9)));
        Item first = item(List.of(link(PR_URL, "close-to-open一致性场景下元数据性能优化", pr), text(" review中，"),
                        link(ISSUE_URL, "方案外部讨论链接", issue)),
                new StatusMark(Status.IN_REVIEW, "review中"), List.of(pr, issue),
                List.of(new ItemList(false, 1, List.of(nested, nestedWithChild), 8)));
        Item second = item(List.of(text("文件存储对接CurveBS后端"), new Inline.Strong(List.of(text("读写性能"))),
                        text("优化，"), new Inline.Code("curvefs_client"), text("，"),
                        new Inline.Strike(List.of(text("旧方案"))), text("，"), new Inline.Emphasis(List.of(text("调试中")))),
                new StatusMark(Status.IN_PROGRESS, "调试中"), List.of(), List.of());
        Item blocked = item(List.of(text("重启chunkserver报日志损坏问题"), new Inline.LineBreak(), text("持续定位中")),
                new StatusMark(Status.BLOCKED, "卡住"), List.of(), List.of());
        ItemList bullets = new ItemList(false, 1, List.of(first, second, blocked), 7);

        ItemList numbered = new ItemList(true, 3, List.of(
                item(List.of(text("第三项：升级兼容性逻辑")), new StatusMark(Status.PLANNED, "计划"), List.of(), List.of()),
                item(List.of(text("第四项：设计文档 "), link(CHINESE_URL, "设计方案", new Ref(Ref.Kind.LINK, null, null, CHINESE_URL))),
                        StatusMark.NONE, List.of(), List.of())), 20);

        Table table = new Table(
                List.of(cell("模块"), cell("负责人"), new Table.Cell(List.of(text("进度")), Table.Align.RIGHT)),
                List.of(List.of(cell("CurveFS"), cell("张三"), new Table.Cell(List.of(text("80%")), Table.Align.RIGHT)),
                        List.of(cell("CurveBS"), cell("李四"), new Table.Cell(List.of(text("60%")), Table.Align.RIGHT))), 30);

        Block local = new Image("images/elk.png", "ELK 架构图", image == null ? null : image.toString(), false, 40);
        Block remote = new Image("https://example.com/remote.png", "远程架构图", null, true, 41);
        Block code = new CodeBlock("bash", "curveadm deploy\n\tcurveadm status --verbose\n  缩进两格", 42);
        Block quote = new Quote(List.of(new Paragraph(List.of(text("引用：性能提升 200% 以上")), 50)), 50);

        Section fs = new Section("", List.of(text("Curve文件存储")), 3, Section.Role.CONTENT,
                List.of(bullets), List.of(
                        new Section("", List.of(text("功能支持")), 4, Section.Role.CONTENT,
                                List.of(new Paragraph(List.of(text("第四层标题下的段落")), 19)), List.of(), 18)), 6);
        Section work = new Section("一、", List.of(text("近期工作")), 2, Section.Role.CONTENT,
                List.of(), List.of(fs), 5);
        Section plans = new Section("二、", List.of(text("版本规划")), 2, Section.Role.CONTENT,
                List.of(numbered, table, local, remote, code, quote), List.of(), 19);
        Section empty = new Section("三、", List.of(text("答疑 & 交流")), 2, Section.Role.CONTENT, List.of(), List.of(), 60);
        Section content = new Section("", List.of(text("会议内容")), 1, Section.Role.CONTENT,
                List.of(new Paragraph(List.of(text("本次会议同步近期进展。")), 4)), List.of(work, plans, empty), 3);

        Metadata meta = new Metadata("Curve 双周会 2023-05-18", Metadata.TitleSource.HEADING, LocalDate.of(2023, 5, 18),
                LocalTime.of(19, 0), LocalTime.of(19, 30), Language.ZH, "Curve 社区", "2023-05-18.md", Map.of());
        Meeting meeting = new Meeting("腾讯会议", "Curve双周会", LocalDate.of(2023, 5, 18), LocalTime.of(19, 0),
                LocalTime.of(19, 30), "(GMT+08:00) 中国标准时间 - 北京", JOIN_URL, "911-103-973", null,
                List.of(), List.of("复制该信息，打开手机腾讯会议即可参与"), 1);
        return new Report(meta, meeting, List.of(), List.of(content), List.of());
    }

    static Report english() {
        Item done = item(List.of(text("Release notes published")), new StatusMark(Status.DONE, "done"), List.of(), List.of());
        Section s = new Section("1.", List.of(text("Progress")), 1, Section.Role.CONTENT,
                List.of(new ItemList(false, 1, List.of(done), 3),
                        new Paragraph(List.of(text("As "), link("#progress", "noted above", new Ref(Ref.Kind.LINK, null, null, "#progress")),
                                text(".")), 5)), List.of(), 2);
        Metadata meta = new Metadata("Weekly sync", Metadata.TitleSource.HEADING, LocalDate.of(2026, 11, 19),
                null, null, Language.EN, null, "sync.md", Map.of());
        return new Report(meta, null, List.of(), List.of(s), List.of());
    }

    static Report empty() {
        Metadata meta = new Metadata("会议纪要", Metadata.TitleSource.DEFAULT, null, null, null, Language.ZH, null, "-", Map.of());
        return new Report(meta, null, List.of(), List.of(), List.of());
    }

    /** A paragraph with characters no CJK text font has, as notes paste them ("GitHub ID➕issue ID", "📢"). */
    static Report withSymbols() {
        Metadata meta = new Metadata("会议纪要", Metadata.TitleSource.DEFAULT, null, null, null, Language.ZH, null, "-", Map.of());
        Paragraph p = new Paragraph(List.of(text("回复：GitHub ID➕issue ID 📢 发布")), 2);
        Section s = new Section("", List.of(text("活动")), 1, Section.Role.CONTENT, List.of(p), List.of(), 1);
        return new Report(meta, null, List.of(), List.of(s), List.of());
    }

    private static Item item(List<Inline> text, StatusMark status, List<Ref> refs, List<Block> body) {
        return new Item(text, status, refs, Item.Task.NONE, body, 1);
    }

    private static Inline text(String s) {
        return new Inline.Text(s);
    }

    private static Inline link(String url, String label, Ref ref) {
        return new Inline.Link(url, List.of(text(label)), ref);
    }

    private static Table.Cell cell(String s) {
        return new Table.Cell(List.of(text(s)), Table.Align.DEFAULT);
    }
}
