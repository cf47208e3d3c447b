package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import io.weeklyreport.model.Table;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reports built in code for the PPTX tests: the shapes the corpus has, small enough to reason about. */
final class PptxSamples {
    static final String PR_URL = "https://github.com/opencurve/curve/pull/2387";
    static final String JOIN_URL = "https://meeting.tencent.com/dm/SSKvFmc6rRGl";
    /** One unbroken Chinese item far taller than a slide. */
    static final String HUGE_ITEM = "对象存储网关在高并发分片上传场景下需要保证元数据写入的顺序一致性，".repeat(60);

    private PptxSamples() {
    }

    static Item item(String text, Status status, String phrase, List<Block> body) {
        return new Item(List.of(new Inline.Text(text)), status == Status.NONE ? StatusMark.NONE : new StatusMark(status, phrase),
                List.of(), Item.Task.NONE, body, 1);
    }

    static Item item(String text) {
        return item(text, Status.NONE, "", List.of());
    }

    static ItemList list(Item... items) {
        return new ItemList(false, 1, List.of(items), 1);
    }

    static Section section(String number, String title, int level, List<Block> blocks, List<Section> children) {
        return new Section(number, List.of(new Inline.Text(title)), level, Section.Role.CONTENT, blocks, children, 1);
    }

    /** The 2023 shape: 时间, 加入会议, 会议内容 > 一、近期工作 > Curve块存储 > 功能支持, a table, an image, 答疑. */
    static Report meetingNote(Path pictureDir) throws IOException {
        Ref pr = new Ref(Ref.Kind.PULL_REQUEST, "opencurve/curve", "2387", PR_URL);
        Item review = new Item(List.of(new Inline.Link(PR_URL, List.of(new Inline.Text("close-to-open一致性场景下元数据性能优化")), pr),
                new Inline.Text(" review中")), new StatusMark(Status.IN_REVIEW, "review中"), List.of(pr), Item.Task.NONE,
                List.of(list(item("修复一个死锁问题，并优化了negative lookup策略"))), 2);
        // five levels deep: the slide shows three
        Item deep = item("第五层");
        for (String level : List.of("第四层", "第三层", "第二层", "第一层")) {
            deep = item(level, Status.NONE, "", List.of(list(deep)));
        }
        List<Item> many = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            many.add(item("rdma & spdk 版本修复第 " + i + " 个问题，定位并修复一个 IO 始终未返回导致 IO 卡住的问题",
                    i % 3 == 0 ? Status.DONE : Status.IN_PROGRESS, i % 3 == 0 ? "已合入" : "调试中", List.of()));
        }
        Section fs = section("", "Curve文件存储", 3, List.of(list(review, deep)), List.of());
        Section features = section("", "功能支持", 4, List.of(new ItemList(false, 1, many, 1)), List.of());
        Section huge = section("", "超长条目", 4, List.of(list(item(HUGE_ITEM))), List.of());
        Section bs = section("", "Curve块存储", 3, List.of(), List.of(features, huge));
        Section work = section("一、", "近期工作", 2, List.of(), List.of(fs, bs));
        Table table = new Table(List.of(cell("议题"), cell("负责人")),
                List.of(List.of(cell("分片上传合入主线"), cell("李明")), List.of(cell("零拷贝性能报告"), cell("王芳"))), 1);
        Path png = pictureDir.resolve("chart.png");
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Image image = new Image("chart.png", "性能对比", png.toString(), false, 1);
        Section community = section("二、", "开源社区", 2, List.of(new Paragraph(List.of(new Inline.Text("活动安排如下")), 1), table, image), List.of());
        Section qa = section("三、", "答疑 & 交流", 2, List.of(), List.of());
        Section content = section("", "会议内容", 1, List.of(), List.of(work, community, qa));
        Section time = new Section("", List.of(new Inline.Text("时间")), 1, Section.Role.TIME,
                List.of(new Paragraph(List.of(new Inline.Text("2023/05/18 19:00~19:30")), 1)), List.of(), 1);
        Section join = new Section("", List.of(new Inline.Text("加入会议")), 1, Section.Role.MEETING, List.of(), List.of(), 5);
        Meeting meeting = new Meeting("腾讯会议", "Curve 社区双周会", LocalDate.of(2023, 5, 18), LocalTime.of(19, 0),
                LocalTime.of(19, 30), "(GMT+08:00) 中国标准时间 - 北京", JOIN_URL, "911-103-973", null, List.of(),
                List.of("复制该信息，打开手机腾讯会议即可参与"), 7);
        Metadata meta = new Metadata("Curve 社区双周会 2023-05-18", Metadata.TitleSource.MEETING_TOPIC, LocalDate.of(2023, 5, 18),
                LocalTime.of(19, 0), LocalTime.of(19, 30), Language.ZH, null, "2023-05-18.md", Map.of());
        return new Report(meta, meeting, List.of(), List.of(time, join, content), List.of());
    }

    static Table.Cell cell(String text) {
        return new Table.Cell(List.of(new Inline.Text(text)), Table.Align.DEFAULT);
    }

    /** An English note without meeting block, to check labels and languages. */
    static Report englishNote() {
        Section highlights = section("1.", "Highlights", 1, List.of(list(item("Build cache migration is done", Status.DONE, "done", List.of()))), List.of());
        Section questions = section("2.", "Open questions", 1, List.of(), List.of());
        Metadata meta = new Metadata("Platform Team Weekly Sync", Metadata.TitleSource.HEADING, LocalDate.of(2026, 11, 17),
                null, null, Language.EN, "Platform Team", "sync.md", Map.of());
        return new Report(meta, null, List.of(), List.of(highlights, questions), List.of());
    }
}
