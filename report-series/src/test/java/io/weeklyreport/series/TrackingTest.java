package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.weeklyreport.series.Notes.DEV;
import static io.weeklyreport.series.Notes.MERGED;
import static io.weeklyreport.series.Notes.REVIEW;
import static io.weeklyreport.series.Notes.item;
import static io.weeklyreport.series.Notes.note;
import static io.weeklyreport.series.Notes.pr;
import static io.weeklyreport.series.Notes.status;
import static io.weeklyreport.series.Notes.tracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackingTest {

    @Test
    void firstAndLastSeenStatusAtEachMeetingMeetingsOpenAndStalled() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("读写性能优化", REVIEW, pr("acme/store", 2387)), item("资源池", DEV, pr("acme/store", 1988))),
                note("2024-03-21", item("读写性能优化", REVIEW, pr("acme/store", 2387)), item("资源池", REVIEW, pr("acme/store", 1988))),
                note("2024-04-04", item("读写性能优化", REVIEW, pr("acme/store", 2387)), item("资源池", REVIEW, pr("acme/store", 1988)))));

        TrackedItem stuck = tracked(series, "读写性能优化");
        assertEquals(LocalDate.of(2024, 3, 7), stuck.firstSeen().date());
        assertEquals(LocalDate.of(2024, 4, 4), stuck.lastSeen().date());
        assertEquals(3, stuck.meetingsOpen());
        assertEquals(3, stuck.longestStall());
        assertTrue(stuck.stalled());

        TrackedItem moving = tracked(series, "资源池");
        assertEquals(List.of(Status.IN_PROGRESS, Status.IN_REVIEW, Status.IN_REVIEW),
                series.meetings().stream().map(m -> moving.statusAt(m).status()).toList());
        assertEquals(3, moving.meetingsOpen());
        assertFalse(moving.stalled(), "two meetings in review after one in progress");
        assertEquals("开发中", moving.statusAt(series.meetings().getFirst()).phrase());
    }

    @Test
    void aMeetingWithoutTheItemBreaksTheRunAndDoneEndsTheOpenCount() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-03-21", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-04-04"),
                note("2024-04-18", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-05-02", item("日志压缩", MERGED, pr("acme/store", 9)))));

        TrackedItem item = series.items().getFirst();
        assertEquals(2, item.longestStall());
        assertNull(item.statusAt(series.meetings().get(2)));
        assertEquals(3, item.openAt(series.meetings().get(3)));
        assertEquals(3, item.meetingsOpen(), "done at its last meeting, after three open ones");
        assertTrue(item.done());
    }

    @Test
    void anItemSaysNothingItsSubItemsSpeakForIt() {
        Item poolSet = item("支持资源池", StatusMark.NONE, List.of(),
                List.of(item("底层开发基本完成, 上层适配中", DEV), item("兼容性逻辑已自测完成，发起review", REVIEW)), pr("acme/store", 1988));
        Item allDone = item("旧工具下线", StatusMark.NONE, List.of(), List.of(item("迁移完成", MERGED), item("文档已合入", MERGED)));
        Item minutes = item("CI 现状讨论", StatusMark.NONE, List.of(),
                List.of(item("缓存的问题已修复", MERGED), item("还要再看看别的机器", StatusMark.NONE)), pr("acme/store", 1614));

        assertEquals(REVIEW, Progress.of(poolSet));
        assertEquals(Status.DONE, Progress.of(allDone).status());
        assertEquals(StatusMark.NONE, Progress.of(minutes), "one remark that says fixed does not close an agenda item");
    }

    @Test
    void ownersComeFromTheModel() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("资源池", DEV, List.of("陈海霞"), List.of(), pr("acme/store", 1988))),
                note("2024-03-21", item("资源池", REVIEW, List.of(), List.of(), pr("acme/store", 1988)))));

        assertEquals(List.of("陈海霞"), series.items().getFirst().owners(), "a later sighting naming nobody keeps the owner");
    }

    @Test
    void workIsWhatStatesAStatusOrNamesAPrNotAnAttendanceList() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("Ada Lovelace (voting member)", StatusMark.NONE), item("资源池", DEV, pr("acme/store", 1988))),
                note("2024-03-14", item("Ada Lovelace (voting member)", StatusMark.NONE), item("资源池", DEV, pr("acme/store", 1988)))));

        assertFalse(tracked(series, "Ada").work());
        assertTrue(tracked(series, "资源池").work());
        assertEquals(List.of("资源池 #1988"), series.tracker().rows().stream().map(r -> r.item().title()).toList());
    }

    @Test
    void trackerRowsStalledFirstWithOneCellPerMeetingAndCountsPerStatus() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("新接口", DEV, pr("acme/store", 1)), item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-03-21", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-04-04", item("新接口", MERGED, pr("acme/store", 1)), item("日志压缩", REVIEW, pr("acme/store", 9)))));

        Tracker tracker = series.tracker();
        assertEquals(List.of("日志压缩 #9", "新接口 #1"), tracker.rows().stream().map(r -> r.item().title()).toList());
        Tracker.Row row = tracker.rows().get(1);
        assertEquals(3, row.cells().size());
        assertFalse(row.cells().get(1).seen());
        assertEquals(Status.DONE, row.cells().get(2).sighting().status().status());
        Tracker.MeetingCounts last = tracker.counts().get(2);
        assertEquals(2, last.total());
        assertEquals(1, last.counts().get(Status.DONE.ordinal()).count());
        assertEquals(1, last.counts().get(Status.IN_REVIEW.ordinal()).count());
    }

    @Test
    void notesWithoutADateAreLeftOutWithAWarningAndNotesOfOneDateAreBothKept() {
        Series series = Series.of(List.of(
                note(Path.of("notes", "b.md"), LocalDate.of(2024, 3, 21), item("日志压缩", REVIEW)),
                note(Path.of("notes", "README.md"), null, item("怎么参加", StatusMark.NONE)),
                note(Path.of("notes", "a.md"), LocalDate.of(2024, 3, 21), item("日志压缩", REVIEW)),
                note(Path.of("notes", "first.md"), LocalDate.of(2024, 3, 7), item("日志压缩", REVIEW))));

        assertEquals(List.of("first.md", "a.md", "b.md"),
                series.meetings().stream().map(m -> m.path().getFileName().toString()).toList());
        assertEquals(1, series.warnings().size());
        assertTrue(series.warnings().getFirst().startsWith(Path.of("notes", "README.md") + ": no meeting date"), series.warnings().toString());
        assertEquals(3, series.items().getFirst().sightings().size());
    }

    @Test
    void cadenceIsTheMedianGapBetweenDistinctDates() {
        Series series = Series.of(List.of(note("2024-01-04"), note("2024-01-18"), note("2024-02-01"), note("2024-02-22"),
                note(Path.of("other", "2024-02-22.md"), LocalDate.of(2024, 2, 22)), note("2024-03-07")));

        assertEquals(new Cadence(14, 4), series.cadence().orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 21), series.cadence().orElseThrow().after(LocalDate.of(2024, 3, 7)));
        assertTrue(Series.of(List.of(note("2024-01-04"))).cadence().isEmpty());
    }

    @Test
    void upToForgetsWhatCameLater() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-03-21", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-04-04", item("日志压缩", MERGED, pr("acme/store", 9)))));

        Series then = series.upTo(series.meetings().get(1));
        assertEquals(2, then.meetings().size());
        assertEquals(2, then.items().getFirst().meetingsOpen());
        assertFalse(then.items().getFirst().done());
    }

    @Test
    void theNextMeetingGetsOpenItemsAndTheSubItemsThatStillSaySomething() {
        Item remark = item("大家觉得可以先这样", StatusMark.NONE);
        Item step = item("上层适配中", DEV);
        Item finished = item("底层开发完成", MERGED);
        Item link = Notes.labelledLink("branch", new io.weeklyreport.model.Ref(io.weeklyreport.model.Ref.Kind.LINK, null, null,
                "https://example.org/tree/feature"), StatusMark.NONE);
        Item parent = item("支持资源池", StatusMark.NONE, List.of(), List.of(remark, step, finished, link));

        assertTrue(Carryover.carriesTopLevel(parent));
        assertFalse(Carryover.carriesTopLevel(finished));
        assertTrue(Carryover.carriesNested(step));
        assertTrue(Carryover.carriesNested(link));
        assertFalse(Carryover.carriesNested(remark));
        assertFalse(Carryover.carriesNested(finished));
        assertTrue(Carryover.carriesTopLevel(item("参会名单", StatusMark.NONE)), "a top-level item without status goes on, for the organiser to edit");
    }
}
