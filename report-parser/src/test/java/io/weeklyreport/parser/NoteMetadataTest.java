package io.weeklyreport.parser;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Title, date and period from what the note, its file name and its folder say, and the warnings when they disagree. */
class NoteMetadataTest {
    @TempDir
    Path dir;

    private Report note(String relativePath, String text) throws Exception {
        Path file = dir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return ReportParser.parse(file);
    }

    private static List<Diagnostic> withCode(Report r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2022/7-14.md", "2022/0714.md", "2022/07-14.md", "2022年/7.14.md"})
    void aFileNamedByMonthAndDayTakesItsYearFromTheFolder(String path) throws Exception {
        Report r = note(path, "# 社区例会\n\n- 安装器测试进展\n");
        assertEquals(LocalDate.of(2022, 7, 14), r.metadata().date());
        assertTrue(withCode(r, "no-date").isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void aTitleLineWithMonthAndDayInAYearFolderGivesTheTitleAndDate() throws Exception {
        Report r = note("2022/minutes.md", "**会议主题** ：Lumen 社区会议 7.14\n\n**议题**\n\n1. 安装器\n");
        assertEquals("Lumen 社区会议 7.14", r.metadata().title());
        assertEquals(Metadata.TitleSource.LABEL, r.metadata().titleSource());
        assertEquals(LocalDate.of(2022, 7, 14), r.metadata().date());
        assertTrue(withCode(r, "no-title").isEmpty(), "the note names itself: " + r.diagnostics());
    }

    @Test
    void aWeekHeadingIsAPeriodAndTheFileNamesDayInsideItIsNoConflict() throws Exception {
        Report r = note("2023-01-08.md", "# January 1, 2023 – January 8, 2023\n\n## News\n\n- Parser sped up\n");
        assertEquals(LocalDate.of(2023, 1, 1), r.metadata().date());
        assertEquals(LocalDate.of(2023, 1, 8), r.metadata().endDate());
        assertTrue(r.metadata().isPeriod());
        assertEquals("January 1, 2023 – January 8, 2023", r.metadata().title());
        assertTrue(withCode(r, "date-conflict").isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void aPeriodWrittenUnderTheTitleIsTheNotesDateline() throws Exception {
        Report r = note("2023-01-08.md", "# This Week in Widgets\n\n*January 1, 2023 – January 8, 2023*\n\n## News\n\n- Faster\n\n## Next\n");
        assertEquals(LocalDate.of(2023, 1, 1), r.metadata().date());
        assertEquals(LocalDate.of(2023, 1, 8), r.metadata().endDate());
        assertEquals("This Week in Widgets", r.metadata().title());
        assertTrue(withCode(r, "date-conflict").isEmpty(), r.diagnostics()::toString);
        assertEquals(1, r.preamble().size(), "the dateline stays in the text");
    }

    @Test
    void theSameDayWrittenTwoWaysIsNoConflict() throws Exception {
        Report r = note("2023-05-18.md", "# Sync May 18, 2023\n\n## 时间\n\n2023/05/18 19:00~19:30\n");
        assertEquals(LocalTime.of(19, 0), r.metadata().start());
        assertTrue(withCode(r, "date-conflict").isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void aRealDisagreementIsOneWarningNamingEverySourceThatDisagrees() throws Exception {
        Report r = note("2022-10-20.md", "# 双周会 2022-10-20\n\n## 时间\n\n2022/10/10 19:00-19:30\n");
        List<Diagnostic> conflicts = withCode(r, "date-conflict");
        assertEquals(1, conflicts.size(), conflicts::toString);
        String message = conflicts.getFirst().message();
        assertTrue(message.contains("differs from 2022-10-20 in the title heading and the file name;"), message);
        assertEquals(5, conflicts.getFirst().line());
        assertEquals(LocalDate.of(2022, 10, 10), r.metadata().date());
    }

    @Test
    void aVersionNumberInATitleNeverDisagreesWithTheFileName() throws Exception {
        Report r = note("2023/2023-03-09.md", "**Topic**: Release 2.4 readiness\n\n- [x] Changelog\n");
        assertEquals(LocalDate.of(2023, 3, 9), r.metadata().date());
        assertTrue(withCode(r, "date-conflict").isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void headerLinesAreMetadataNotText() throws Exception {
        Report r = note("digest.md", "Title: Tooling Digest 42\nDate: 2023-01-08\nTags: tooling\n\n## Highlights\n\n- Faster builds\n");
        assertEquals("Tooling Digest 42", r.metadata().title());
        assertEquals(LocalDate.of(2023, 1, 8), r.metadata().date());
        assertEquals("tooling", r.metadata().extra().get("tags"));
        assertTrue(r.preamble().isEmpty(), r.preamble()::toString);
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void aFirstParagraphWithOtherKeysStaysText() throws Exception {
        Report r = note("sync.md", "Date: 2023-01-08\nAttendees: Ana, Bo\n\n## Notes\n\n- Faster builds\n\n## Next\n\n- Caches\n");
        assertEquals(1, r.preamble().size(), "nothing the author wrote as text is taken away");
        assertEquals(LocalDate.of(2023, 1, 8), r.metadata().date(), "still read as a labelled date line");
        assertEquals("Ana, Bo", r.metadata().extra().get("attendees"));
    }

    @Test
    void aHostSectionAndLabelLinesFillTheExtraMetadata() throws Exception {
        Report r = note("2024-03-07.md", "# Guild sync\n\n**主持人**\n\n周明\n\n## Notes\n\n- Compaction\n");
        assertEquals("周明", r.metadata().extra().get("host"));
    }

    @Test
    void theInvitationsTimeIsHeldOnceByTheMetadata() throws Exception {
        Report r = note("2023/2023-05-18.md", """
                ## 时间

                2023/05/18 19:00~19:30

                ## 加入会议

                ```
                会议主题：周会
                会议时间：2023/05/18 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京
                点击链接入会，或添加至会议列表：
                https://meeting.tencent.com/dm/AbCdEf123
                #腾讯会议：123-456-789
                ```
                """);
        assertEquals(LocalTime.of(19, 30), r.metadata().end());
        assertNull(r.meeting().date(), "the parsed time is the metadata's alone");
        assertNull(r.meeting().start());
        assertEquals("2023/05/18 19:00-19:30", r.meeting().timeText(), "the invitation's line as written");
        assertEquals("(GMT+08:00) 中国标准时间 - 北京", r.meeting().timeZone());
        assertEquals(List.of("点击链接入会，或添加至会议列表："), r.meeting().boilerplate());
        assertTrue(r.meeting().otherLines().isEmpty(), r.meeting().otherLines()::toString);
    }

    @Test
    void aStaleInvitationKeepsItsOwnTime() throws Exception {
        Report r = note("2022/2022-12-01.md", """
                ## 时间

                2022/12/01 19:00-19:30

                ## 加入会议

                ```
                会议时间：2022/11/03 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京
                重复周期：2022/11/03-2023/07/27 19:00-19:30, 每两周 (周四)
                https://meeting.tencent.com/dm/AbCdEf123
                ```
                """);
        assertEquals(LocalDate.of(2022, 12, 1), r.metadata().date());
        assertEquals(LocalDate.of(2022, 11, 3), r.meeting().date(), "the invitation says another day: kept as written");
        assertEquals("2022/11/03 19:00-19:30", r.meeting().timeText());
    }
}
