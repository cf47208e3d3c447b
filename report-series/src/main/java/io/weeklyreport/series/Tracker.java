package io.weeklyreport.series;

import io.weeklyreport.model.Status;

import java.util.List;

/**
 * The whole series at a glance: one row per tracked piece of work, and how many items stood at each
 * status at each meeting (a chart's data).
 *
 * @param meetings the meetings, in order: the columns
 * @param rows     items that name a PR or issue, and items without one that recur; stalled items first,
 *                 then by first sighting
 * @param counts   per meeting, the items at each status
 */
public record Tracker(List<MeetingNote> meetings, List<Row> rows, List<MeetingCounts> counts) {

    public Tracker {
        meetings = List.copyOf(meetings);
        rows = List.copyOf(rows);
        counts = List.copyOf(counts);
    }

    /**
     * @param item  the tracked item
     * @param cells one per meeting, in the order of {@link Tracker#meetings()}
     */
    public record Row(TrackedItem item, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param sighting the item at that meeting, or null when the meeting's note does not mention it */
    public record Cell(MeetingNote meeting, Sighting sighting) {
        public boolean seen() {
            return sighting != null;
        }
    }

    /** @param counts one per status, in the order of {@link Status#values()} */
    public record MeetingCounts(MeetingNote meeting, List<Count> counts) {
        public MeetingCounts {
            counts = List.copyOf(counts);
        }

        public int total() {
            return counts.stream().mapToInt(Count::count).sum();
        }
    }

    public record Count(Status status, int count) {
    }
}
