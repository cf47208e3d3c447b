package io.weeklyreport.series;

import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.weeklyreport.series.Notes.issue;
import static io.weeklyreport.series.Notes.REVIEW;
import static io.weeklyreport.series.Notes.item;
import static io.weeklyreport.series.Notes.note;
import static io.weeklyreport.series.Notes.pr;
import static io.weeklyreport.series.Notes.status;
import static io.weeklyreport.series.Notes.tracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ItemIdentityTest {

    private static Item plain(String text, StatusMark status) {
        return new Item(List.of(new Inline.Text(text)), status, List.of(), Item.Task.NONE, List.of(), 0);
    }

    @Test
    void aReferenceWrittenAsUrlAsRepoHashAndAsBareNumberIsOneItem() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("元数据缓存改造", REVIEW, pr("acme/store", 812))),
                note("2024-03-21", plain("改完了一半 store#812", REVIEW)),
                // a bare number means the repository the note's other links name
                note("2024-04-04", plain("另一个话题 #812", REVIEW), item("无关的修复", StatusMark.NONE, pr("acme/store", 3)))));

        TrackedItem item = series.items().getFirst();
        assertEquals(3, item.sightings().size(), series.items().toString());
        assertEquals(List.of(Sighting.Match.FIRST, Sighting.Match.REFERENCE, Sighting.Match.REFERENCE),
                item.sightings().stream().map(Sighting::match).toList());
    }

    @Test
    void theSameNumberInAnotherRepositoryIsAnotherItemEvenWithTheSameWords() {
        Series series = Series.of(List.of(
                note("2024-03-07", item("Flaky tests on the CI machines", StatusMark.NONE, issue("acme/governance", 1614))),
                note("2024-03-14", item("Flaky tests on the CI machines", StatusMark.NONE, issue("acme/runtime", 1614)))));

        assertEquals(2, series.items().size());
    }

    @Test
    void aDiscussionIssueSharedByTwoItemsIdentifiesNeither() {
        Series series = Series.of(List.of(
                note("2024-03-07",
                        item("写路径缓存改造", REVIEW, pr("acme/store", 501), issue("acme/store", 77)),
                        item("删除接口重做", status(Status.IN_PROGRESS, "开发中"), issue("acme/store", 77))),
                note("2024-03-21",
                        item("删除接口重做", status(Status.IN_PROGRESS, "联调中"), issue("acme/store", 77)),
                        item("写路径缓存改造", REVIEW, pr("acme/store", 501), issue("acme/store", 77)))));

        assertEquals(2, series.items().size());
        TrackedItem deletion = tracked(series, "删除接口重做");
        assertEquals(Sighting.Match.TEXT, deletion.latest().match(), "the shared #77 says nothing; the words do");
        assertEquals(Sighting.Match.REFERENCE, tracked(series, "写路径缓存改造").latest().match());
    }

    @Test
    void closeTextWithoutReferenceIsTheSameItemAndOtherWorkIsNot() {
        Series series = Series.of(List.of(
                note("2024-03-07", plain("支持本地快照（开发中，发起外部讨论）@dev-a", status(Status.IN_PROGRESS, "开发中")),
                        plain("控制台多集群支持", status(Status.IN_PROGRESS, "开发中"))),
                note("2024-03-21", plain("支持本地快照 调研设计中", status(Status.IN_PROGRESS, "设计中")),
                        plain("认证功能方案设计", status(Status.IN_PROGRESS, "设计中")))));

        assertEquals(2, tracked(series, "支持本地快照").sightings().size());
        assertEquals(1, tracked(series, "认证功能").sightings().size());
        assertEquals(1, tracked(series, "控制台多集群").sightings().size());
    }

    @Test
    void latinWordsCountAsWordsNotLetters() {
        Series series = Series.of(List.of(
                note("2024-03-07", plain("Deadlock at process shutdown", StatusMark.NONE), plain("Flaky test in the zlib suite", StatusMark.NONE)),
                note("2024-03-14", plain("Deadlock at process shutdown, no update", StatusMark.NONE), plain("Release schedule for the summer", StatusMark.NONE))));

        assertEquals(2, tracked(series, "Deadlock").sightings().size());
        assertEquals(1, tracked(series, "Release schedule").sightings().size());
    }

    @Test
    void statusPhraseOwnersAndTheCarryMarkerDoNotChangeWhichItemItIs() {
        Item first = item("客户端挂载多个集群的卷 review中", REVIEW, List.of("@dev-b"), List.of());
        Item drafted = item("客户端挂载多个集群的卷 已合入（第 2 次）", status(Status.DONE, "已合入"), List.of("@dev-c"), List.of());
        Series series = Series.of(List.of(note("2024-03-07", first), note("2024-03-21", drafted)));

        TrackedItem item = series.items().getFirst();
        assertEquals(1, series.items().size());
        assertEquals("客户端挂载多个集群的卷 已合入", item.title(), "the marker is not part of the title");
        assertEquals(List.of("@dev-c"), item.owners(), "the latest sighting that names an owner");
    }

    @Test
    void aSubItemThatIsOnlyALabelledLinkLendsItsReferenceAndStatusToItsParent() {
        Item withLink = item("一致性场景下元数据性能优化", StatusMark.NONE, List.of(),
                List.of(Notes.labelledLink("pr", pr("acme/store", 2387), REVIEW), Notes.labelledLink("discussion", issue("acme/store", 2207), StatusMark.NONE)));
        Series series = Series.of(List.of(
                note("2024-03-07", item("一致性场景下元数据性能优化", REVIEW, pr("acme/store", 2387))),
                note("2024-03-21", withLink)));

        TrackedItem item = series.items().getFirst();
        assertEquals(1, series.items().size(), series.items().toString());
        assertEquals(Sighting.Match.REFERENCE, item.latest().match());
        assertEquals(Status.IN_REVIEW, item.latest().status().status());
        assertEquals(List.of("#2387", "#2207"), item.refs().stream().map(r -> r.shortLabel()).toList());
    }

    @Test
    void aTextMatchAfterALongSilenceIsANewItemButAReferenceStillTies() {
        Series series = Series.of(List.of(
                note("2024-01-04", plain("监控面板改版", StatusMark.NONE), item("日志压缩", REVIEW, pr("acme/store", 9))),
                note("2024-01-18"), note("2024-02-01"), note("2024-02-15"), note("2024-02-29"),
                note("2024-03-14", plain("监控面板改版", StatusMark.NONE), item("日志压缩", REVIEW, pr("acme/store", 9)))));

        assertEquals(2, series.items().stream().filter(t -> t.title().equals("监控面板改版")).count());
        assertEquals(2, tracked(series, "日志压缩").sightings().size());
    }

    @Test
    void eachItemOfAMeetingBelongsToAtMostOneEarlierItem() {
        Series series = Series.of(List.of(
                note("2024-03-07", plain("开发者活动报名", StatusMark.NONE)),
                note("2024-03-21", plain("开发者活动报名", StatusMark.NONE), plain("开发者活动报名", StatusMark.NONE))));

        assertEquals(2, series.items().size());
        TrackedItem a = series.items().get(0);
        TrackedItem b = series.items().get(1);
        assertNotSame(a, b);
        assertEquals(2, a.sightings().size());
        assertSame(a, series.itemOf(series.meetings().get(1).report().allItems().getFirst()).orElseThrow());
    }
}
