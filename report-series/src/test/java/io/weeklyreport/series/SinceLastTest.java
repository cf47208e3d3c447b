package io.weeklyreport.series;

import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.weeklyreport.series.Notes.DEV;
import static io.weeklyreport.series.Notes.MERGED;
import static io.weeklyreport.series.Notes.REVIEW;
import static io.weeklyreport.series.Notes.item;
import static io.weeklyreport.series.Notes.note;
import static io.weeklyreport.series.Notes.pr;
import static io.weeklyreport.series.Notes.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinceLastTest {

    @Test
    void doneStillOpenNewAndDroppedWithoutAWord() {
        Series series = Series.of(List.of(
                note("2024-02-22", item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-03-07",
                        item("日志压缩", REVIEW, pr("acme/store", 9)),
                        item("资源池", DEV, pr("acme/store", 1988)),
                        item("旧工具下线", DEV, pr("acme/store", 40)),
                        item("文档站点", MERGED, pr("acme/store", 41)),
                        item("参会名单 Ada", StatusMark.NONE)),
                note("2024-03-21",
                        item("资源池", MERGED, pr("acme/store", 1988)),
                        item("日志压缩", REVIEW, pr("acme/store", 9)),
                        item("认证功能", DEV, pr("acme/store", 2500)),
                        item("参会名单 Bob", StatusMark.NONE))));

        SinceLast since = series.sinceLast(series.meetings().get(2)).orElseThrow();
        assertEquals(List.of("资源池 #1988"), titles(since.done()));
        assertEquals(List.of("日志压缩 #9"), titles(since.stillOpen()));
        assertEquals(3, since.stillOpen().getFirst().meetingsOpen(), "open at all three meetings");
        assertEquals(List.of("认证功能 #2500"), titles(since.added()));
        assertEquals(List.of("旧工具下线 #40"), titles(since.dropped()), "the done one left quietly; the open one dropped");
        assertNull(since.dropped().getFirst().now());
        assertEquals(Status.IN_PROGRESS, since.dropped().getFirst().status().status());
        assertEquals(2, since.done().getFirst().meetingsOpen() + 1, "open one meeting before it was done");
        assertTrue(series.sinceLast(series.meetings().getFirst()).isEmpty());
    }

    private static List<String> titles(List<SinceLast.Change> changes) {
        return changes.stream().map(SinceLast.Change::title).toList();
    }
}
