package io.weeklyreport.cli;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.series.Progress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextCommandTest {
    @TempDir
    Path dir;

    private static Path curve(String name) {
        return CliRun.corpus().resolve("curve-double-week/2023").resolve(name);
    }

    private static List<String> refs(Report report) {
        return report.allItems().stream().flatMap(i -> i.refs().stream())
                .filter(r -> r.kind() != Ref.Kind.LINK).map(r -> r.repo() + "#" + r.number()).distinct().toList();
    }

    private static String lineWith(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError("no line with " + part + " in\n" + text));
    }

    @Test
    void theDraftAfterMay18IsDatedJune1CarriesTheOpenPrsAndNothingDoneAndRenders() throws Exception {
        Path source = curve("2023-05-18.md");
        CliRun run = CliRun.of("next", source.toString(), "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path draft = dir.resolve("2023-06-01.md");
        assertTrue(run.out().contains(draft.toString()), run.out());

        String text = Files.readString(draft);
        Report parsed = ReportParser.parse(draft);
        assertEquals(LocalDate.of(2023, 6, 1), parsed.metadata().date());
        // the invitation names the note's own day, so the parser holds that time once, in the metadata
        assertTrue(parsed.meeting().timeText().startsWith("2023/06/01"), "the invitation's time moved too: " + parsed.meeting().timeText());
        assertTrue(refs(parsed).containsAll(List.of("opencurve/curve#2387", "opencurve/curve#1988")), refs(parsed).toString());
        assertTrue(lineWith(text, "pull/2387").endsWith("（第 3 次）"), "open at 04-27 and 05-18, so 06-01 is its third");
        assertTrue(lineWith(text, "pull/2387").contains("review中"), "status phrase kept");
        assertTrue(text.contains("<!-- TODO:"), "the Tencent link is per meeting: flagged");

        Report before = ReportParser.parse(source);
        for (Item item : before.allItems()) {
            if (Progress.isDone(item)) {
                assertFalse(text.contains(item.plainText().strip()), "done, so left behind: " + item.plainText());
            }
        }
        assertTrue(parsed.allItems().stream().noneMatch(Progress::isDone), "no item of the draft is done");
        assertEquals(titles(before), titles(parsed), "the same section skeleton, empty sections kept");

        CliRun render = CliRun.of("render", draft.toString(), "-o", dir.resolve("out").toString(), "-f", "pdf,docx,pptx");
        assertEquals(0, render.exitCode(), render.err());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/2023-06-01.pdf").toFile())) {
            String drawn = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(drawn.contains("close-to-open一致性场景下元数据性能优化"), drawn);
            assertTrue(drawn.contains("2023/06/01"));
            assertFalse(drawn.contains("TODO"), "the organiser's note is a comment, not text");
        }
    }

    private static List<String> titles(Report report) {
        return report.allSections().stream().map(Section::fullTitle).toList();
    }

    @Test
    void nodejsAgendaIssuesComeAlongPerRepositoryWithEnglishMarkers() throws Exception {
        Path source = CliRun.corpus().resolve("nodejs-tsc/2025-04-16.md");
        CliRun run = CliRun.of("next", source.toString(), "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.startsWith("# Node.js Technical Steering Committee (TSC) Meeting 2025-04-23\n"), text);
        assertTrue(lineWith(text, "nodejs/node/issues/54918").matches(".*\\(\\d+th meeting\\)$"), lineWith(text, "54918"));
        assertTrue(lineWith(text, "nodejs/TSC/issues/1614").contains("meeting)"));
        Report parsed = new ReportParser(io.weeklyreport.parser.ParserOptions.defaults()).read(text, "draft.md", dir);
        assertTrue(refs(parsed).containsAll(List.of("nodejs/node#54918", "nodejs/TSC#1614")), refs(parsed).toString());
        assertTrue(Files.list(dir).findAny().isEmpty(), "-o - writes nothing to disk");
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Notes.write(dir.resolve("2024-03-07.md"), note("2024-03-07", "- 日志压缩 review中\n"));
        Notes.write(dir.resolve("2024-03-21.md"), note("2024-03-21", "- 日志压缩 review中\n"));
        Path existing = Notes.write(dir.resolve("2024-04-04.md"), "已经有人写好了\n");

        CliRun run = CliRun.of("next", dir.resolve("2024-03-21.md").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(existing + " exists already; the draft is not written"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("已经有人写好了\n", Files.readString(existing));
        assertEquals(0, Notes.temporaries(dir));
    }

    @Test
    void besideTheNoteDatedByTheCadenceNamedLikeTheNote() throws Exception {
        Notes.write(dir.resolve("会议 2024-03-07.md"), note("2024-03-07", "- 资源池 开发中\n- 旧工具下线 已完成\n"));
        Notes.write(dir.resolve("会议 2024-03-14.md"), note("2024-03-14", "- 资源池 开发中\n"));
        Notes.write(dir.resolve("会议 2024-03-21.md"), note("2024-03-21", "- 资源池 review中\n- 认证功能 设计中\n"));

        CliRun run = CliRun.of("next", dir.resolve("会议 2024-03-21.md").toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(dir.resolve("会议 2024-03-28.md"));
        assertTrue(text.contains("2024/03/28 19:00~19:30"), text);
        assertTrue(text.contains("- 资源池 review中（第 4 次）"), text);
        assertTrue(text.contains("- 认证功能 设计中（第 2 次）"), text);
        assertFalse(text.contains("旧工具下线"));
        assertFalse(text.contains("TODO"), "no invitation, nothing to flag");
    }

    @Test
    void dateGivenByHandMustComeAfterTheNote() {
        Path note = Notes.write(dir.resolve("only.md"), note("2024-03-21", "- 资源池 开发中\n"));
        CliRun noCadence = CliRun.of("next", note.toString());
        assertEquals(1, noCadence.exitCode());
        assertTrue(noCadence.err().contains("give the next meeting's date with --date"), noCadence.err());

        CliRun early = CliRun.of("next", note.toString(), "--date", "2024-03-20");
        assertEquals(2, early.exitCode());
        assertTrue(early.err().contains("--date 2024-03-20 is not after the note's date 2024-03-21"), early.err());

        CliRun given = CliRun.of("next", note.toString(), "--date", "2024-04-02");
        assertEquals(0, given.exitCode(), given.err());
        assertTrue(Files.exists(dir.resolve("2024-04-02.md")), "a name without a date gets the new date");
    }

    @Test
    void yearFoldersSideBySideAreOneSeries() throws Exception {
        Notes.write(dir.resolve("2022/2022-12-15.md"), note("2022-12-15", "- 快照克隆 开发中\n"));
        Notes.write(dir.resolve("2022/2022-12-29.md"), note("2022-12-29", "- 快照克隆 开发中\n"));
        Path january = Notes.write(dir.resolve("2023/2023-01-12.md"), note("2023-01-12", "- 快照克隆 测试中\n"));

        CliRun run = CliRun.of("next", january.toString(), "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("- 快照克隆 测试中（第 4 次）"), run.out());
        assertTrue(run.out().contains("2023/01/26"), "the two-week cadence of the year before carries on");
    }

    @Test
    void previousNamesThePredecessorInAnotherFolder() throws Exception {
        Notes.write(dir.resolve("archive/2024-03-07.md"), note("2024-03-07", "- 日志压缩 review中 #9\n"));
        Notes.write(dir.resolve("archive/2024-03-21.md"), note("2024-03-21", "- 日志压缩 review中 #9\n"));
        Notes.write(dir.resolve("archive/2024-04-04.md"), note("2024-04-04", "- 日志压缩 已合入 #9\n"));
        Path current = Notes.write(dir.resolve("drafts/2024-03-28.md"), note("2024-03-28", "- 日志压缩 review中 #9\n"));

        CliRun run = CliRun.of("next", current.toString(), "--previous", dir.resolve("archive/2024-03-21.md").toString(), "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("日志压缩 review中 #9（第 4 次）"), "history up to --previous, what came after it unseen: " + run.out());
        assertTrue(run.out().contains("2024/04/11"), run.out());
    }

    @Test
    void anUnreadableNeighbourIsNamedAndTheDraftStillWritten() throws Exception {
        Notes.write(dir.resolve("2024-03-07.md"), note("2024-03-07", "- 资源池 开发中\n"));
        Files.write(dir.resolve("2024-03-14.md"), new byte[] {0x00, 0x01, (byte) 0xff, 0x00});
        Path note = Notes.write(dir.resolve("2024-03-21.md"), note("2024-03-21", "- 资源池 review中\n"));

        CliRun run = CliRun.of("next", note.toString(), "--date", "2024-04-04");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2024-03-14.md") && run.err().contains("left out of the series"), run.err());
        assertTrue(Files.readString(dir.resolve("2024-04-04.md")).contains("- 资源池 review中（第 3 次）"));
    }

    @Test
    void anUnreadableNoteFailsWithOneLine() throws Exception {
        Path note = dir.resolve("2024-03-21.md");
        Files.write(note, new byte[] {0x00, 0x01, (byte) 0xff, 0x00});
        CliRun run = CliRun.of("next", note.toString(), "--date", "2024-04-04");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(note.toString()), run.err());
        assertFalse(Files.exists(dir.resolve("2024-04-04.md")));
    }

    @Test
    void aStandingJoinLinkIsNotFlaggedAPerMeetingOneIs() {
        Notes.write(dir.resolve("a/2024-03-07.md"), invitation("2024-03-07", "https://zoom.us/j/1112223333"));
        Path standing = Notes.write(dir.resolve("a/2024-03-14.md"), invitation("2024-03-14", "https://zoom.us/j/1112223333"));
        Notes.write(dir.resolve("b/2024-03-07.md"), invitation("2024-03-07", "https://meeting.tencent.com/dm/AAAA1111"));
        Path perMeeting = Notes.write(dir.resolve("b/2024-03-14.md"), invitation("2024-03-14", "https://meeting.tencent.com/dm/BBBB2222"));

        String kept = CliRun.of("next", standing.toString(), "-o", "-").out();
        String flagged = CliRun.of("next", perMeeting.toString(), "-o", "-").out();
        assertFalse(kept.contains("TODO"), kept);
        assertTrue(kept.contains("会议时间：2024/03/21 19:00-19:30"), kept);
        assertTrue(flagged.contains("https://meeting.tencent.com/dm/BBBB2222"), "kept for the organiser to replace");
        assertTrue(flagged.contains("<!-- TODO:"), flagged);
    }

    @Test
    void draftNamesMoveTheDateAsWritten() {
        LocalDate from = LocalDate.of(2023, 5, 18);
        LocalDate to = LocalDate.of(2023, 6, 1);
        assertEquals("2023-06-01.md", NextCommand.draftName("2023-05-18.md", from, to));
        assertEquals("周会 20230601.markdown", NextCommand.draftName("周会 20230518.markdown", from, to));
        assertEquals("2023-06-01.md", NextCommand.draftName("README.md", from, to));
    }

    /** A Chinese note of the shape the curve notes have, in our own words. */
    static String note(String date, String items) {
        return "## 时间\n\n" + date.replace('-', '/') + " 19:00~19:30\n\n## 会议内容\n\n### 近期工作\n\n" + items + "\n### 答疑\n";
    }

    private static String invitation(String date, String link) {
        return "## 时间\n\n" + date.replace('-', '/') + " 19:00~19:30\n\n## 加入会议\n\n```\n会议主题：存储例会\n会议时间："
                + date.replace('-', '/') + " 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京\n\n" + link + "\n\n#腾讯会议：123-456-789\n```\n\n"
                + "## 会议内容\n\n- 资源池 开发中\n";
    }
}
