package io.weeklyreport.series;

import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stories issue 12 names, on the real corpora. */
class CorpusSeriesTest {
    private static Series curve;
    private static Series nodejs;

    @BeforeAll
    static void read() {
        curve = Series.of(CorpusNotes.series("curve-double-week"));
        nodejs = Series.of(CorpusNotes.series("nodejs-tsc"));
    }

    private static TrackedItem withRef(Series series, String repo, String number) {
        return withRef(series, repo, number, "");
    }

    /** The one item naming the PR or issue whose title starts so (a note may mention an issue in passing elsewhere). */
    private static TrackedItem withRef(Series series, String repo, String number, String titleStart) {
        List<TrackedItem> found = series.items().stream()
                .filter(t -> t.refs().stream().anyMatch(r -> repo.equalsIgnoreCase(r.repo()) && number.equals(r.number())))
                .filter(t -> t.title().startsWith(titleStart))
                .toList();
        assertEquals(1, found.size(), repo + "#" + number + ": " + found.stream().map(TrackedItem::title).toList());
        return found.getFirst();
    }

    private static List<String> dates(TrackedItem item) {
        return item.sightings().stream().map(s -> s.meeting().date().toString()).toList();
    }

    @Test
    void pr2387IsInReviewAtItsThreeMeetingsAndStalled() {
        TrackedItem item = withRef(curve, "opencurve/curve", "2387");
        assertEquals(List.of("2023-04-27", "2023-05-18", "2023-06-01"), dates(item));
        assertTrue(item.sightings().stream().allMatch(s -> s.status().status() == Status.IN_REVIEW), item.sightings().toString());
        assertTrue(item.sightings().stream().allMatch(s -> s.status().phrase().equals("review中")));
        assertTrue(item.title().startsWith("close-to-open一致性场景下元数据性能优化"), item.title());
        assertTrue(item.stalled());
        assertEquals(3, item.meetingsOpen());
    }

    @Test
    void poolSet1988GoesFromInProgressToInReview() {
        TrackedItem item = withRef(curve, "opencurve/curve", "1988");
        assertEquals(List.of("2023-04-27", "2023-05-18", "2023-06-01"), dates(item));
        assertEquals(Status.IN_PROGRESS, item.sightings().getFirst().status().status());
        assertEquals("开发中", item.sightings().getFirst().status().phrase());
        assertEquals(Status.IN_REVIEW, item.latest().status().status());
        assertEquals("review中", item.latest().status().phrase());
    }

    @Test
    void sinceTheMeetingBeforeJuneFirst2387IsStillOpenForItsThirdMeeting() {
        MeetingNote june = curve.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2023, 6, 1))).findFirst().orElseThrow();
        SinceLast since = curve.sinceLast(june).orElseThrow();
        assertEquals(LocalDate.of(2023, 5, 18), since.previous().date());
        SinceLast.Change change = since.stillOpen().stream()
                .filter(c -> c.refs().stream().anyMatch(r -> "2387".equals(r.number()))).findFirst().orElseThrow();
        assertEquals(3, change.meetingsOpen());
        assertTrue(since.done().stream().noneMatch(c -> c.refs().stream().anyMatch(r -> "2387".equals(r.number()))));
    }

    @Test
    void curveMeetsEveryTwoWeeksAndItsReadmesAreLeftOut() {
        assertEquals(14, curve.cadence().orElseThrow().days());
        assertEquals(2, curve.warnings().size(), curve.warnings().toString());
        assertTrue(curve.warnings().stream().allMatch(w -> w.contains("README.md: no meeting date")));
    }

    @Test
    void nodejsIssueNumbersRecurPerRepository() {
        TrackedItem ci = withRef(nodejs, "nodejs/TSC", "1614");
        TrackedItem deadlock = withRef(nodejs, "nodejs/node", "54918", "Deadlock at process shutdown");
        assertTrue(ci.sightings().size() >= 10, dates(ci).toString());
        assertTrue(deadlock.sightings().size() >= 5, dates(deadlock).toString());
        for (TrackedItem item : List.of(ci, deadlock)) {
            Ref first = item.refs().getFirst();
            assertTrue(item.sightings().stream().skip(1).allMatch(s -> s.match() != Sighting.Match.FIRST));
            assertEquals(item == ci ? "nodejs/TSC" : "nodejs/node", first.repo());
        }
        assertTrue(nodejs.tracker().rows().stream().anyMatch(r -> r.item() == ci && r.item().stalled()));
        assertEquals(7, nodejs.cadence().orElseThrow().days());
    }

    @Test
    void everyTrackerRowIsAPieceOfWorkWithAReferenceOrSeenTwice() {
        for (Series s : List.of(curve, nodejs)) {
            Tracker tracker = s.tracker();
            assertTrue(tracker.rows().size() > 20);
            for (Tracker.Row row : tracker.rows()) {
                assertTrue(row.item().work());
                assertTrue(!row.item().refs().isEmpty() || row.item().sightings().size() > 1, row.item().title());
                assertEquals(s.meetings().size(), row.cells().size());
            }
            assertEquals(s.meetings().size(), tracker.counts().size());
        }
    }
}
