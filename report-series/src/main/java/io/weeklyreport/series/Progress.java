package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.util.List;

/**
 * Where an item stands across meetings. The model keeps each item's own words ("never inherited from a
 * child"); comparing meetings needs one answer per item, and an item often leaves its progress to its
 * sub-items ("支持 PoolSet" with "底层开发基本完成, 上层适配中" below it).
 */
public final class Progress {
    private Progress() {
    }

    /**
     * The item's own status when it states one (a checked task box counts as done); otherwise what its
     * sub-items come to: done when every sub-item is done, else the last one that states a status other than
     * done (notes tell the story in order), else none. Sub-items answer the same way, so "支持 PoolSet" with
     * "底层开发基本完成, 上层适配中" and "已自测完成，发起review" below it is in review; an agenda item whose
     * minutes happen to say "fixed" once is not done.
     */
    public static StatusMark of(Item item) {
        StatusMark own = own(item);
        List<Item> children = item.children();
        if (own.isKnown() || children.isEmpty()) {
            return own;
        }
        StatusMark last = null;
        StatusMark lastOpen = null;
        boolean allDone = true;
        for (Item child : children) {
            StatusMark m = of(child);
            allDone &= m.status() == Status.DONE;
            if (m.isKnown() && m.status() != Status.DONE) {
                lastOpen = m;
            }
            last = m;
        }
        if (allDone) {
            return last;
        }
        return lastOpen != null ? lastOpen : StatusMark.NONE;
    }

    /** Whether the item, by {@link #of}, is done. */
    public static boolean isDone(Item item) {
        return of(item).status() == Status.DONE;
    }

    private static StatusMark own(Item item) {
        if (item.status().isKnown()) {
            return item.status();
        }
        return item.task() == Item.Task.CHECKED ? new StatusMark(Status.DONE, "") : StatusMark.NONE;
    }
}
