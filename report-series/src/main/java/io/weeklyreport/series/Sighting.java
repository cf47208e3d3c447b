package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.util.List;

/**
 * An item as one meeting's note states it.
 *
 * @param meeting  the meeting
 * @param item     the list item of that note
 * @param title    the item's text as a reader sees it, links shortened to "#2387", bare URLs left out
 * @param status   what the item says about its progress; when it says nothing, what its sub-items say
 *                 (done only when every stated sub-item is done)
 * @param sections the titles of the sections it stands under, outermost first
 * @param match    how it was recognised as the item of the earlier meetings
 */
public record Sighting(MeetingNote meeting, Item item, String title, StatusMark status, List<String> sections,
                       Match match) {

    public Sighting {
        sections = List.copyOf(sections);
    }

    /** How a sighting was tied to the item's earlier ones. */
    public enum Match {
        /** The item's first sighting. */
        FIRST,
        /** The same PR or issue reference. */
        REFERENCE,
        /** No reference to go by (or none in common), but text close enough. */
        TEXT
    }

    public boolean isDone() {
        return status.status() == Status.DONE;
    }
}
