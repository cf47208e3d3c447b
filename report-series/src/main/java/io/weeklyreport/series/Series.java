package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A series of meeting notes and what comparing them tells: the entry point of this module.
 *
 * <pre>{@code
 * Series series = Series.of(notes);
 * series.tracker().rows()               // every tracked piece of work, stalled first
 * series.sinceLast(meeting)             // done, still open, new, dropped since the meeting before
 * series.cadence()                      // the median gap between meetings
 * }</pre>
 *
 * Notes are placed by their date (the parser takes it from the note or its file name); notes of the same
 * date are all kept, ordered by path; notes without a date are left out and named in {@link #warnings()}.
 */
public final class Series {
    private final List<SeriesNote> inputs;
    private final List<MeetingNote> meetings;
    private final List<TrackedItem> items;
    private final Map<Item, TrackedItem> byItem;
    private final List<String> warnings;

    private Series(List<SeriesNote> inputs, List<MeetingNote> meetings, List<TrackedItem> items,
                   Map<Item, TrackedItem> byItem, List<String> warnings) {
        this.inputs = inputs;
        this.meetings = meetings;
        this.items = items;
        this.byItem = byItem;
        this.warnings = warnings;
    }

    /** Compares the notes, in any order given. */
    public static Series of(List<SeriesNote> notes) {
        List<String> warnings = new ArrayList<>();
        List<SeriesNote> dated = new ArrayList<>();
        for (SeriesNote n : notes) {
            if (n.report().metadata().date() == null) {
                warnings.add(n.path() + ": no meeting date in the note or its file name; left out of the series");
            } else {
                dated.add(n);
            }
        }
        dated.sort(Comparator.comparing((SeriesNote n) -> n.report().metadata().date())
                .thenComparing(n -> n.path().toString()));
        List<MeetingNote> meetings = new ArrayList<>();
        List<List<Occurrence>> occurrences = new ArrayList<>();
        List<Set<String>> documents = new ArrayList<>();
        for (SeriesNote n : dated) {
            meetings.add(new MeetingNote(meetings.size(), n.path(), n.report().metadata().date(), n.report()));
            List<Occurrence> found = n.items();
            occurrences.add(found);
            found.forEach(o -> documents.add(o.tokens()));
        }
        Tracking tracking = new Tracking(TextSimilarity.over(documents));
        for (int i = 0; i < meetings.size(); i++) {
            tracking.add(meetings.get(i), occurrences.get(i));
        }
        List<TrackedItem> items = new ArrayList<>();
        Map<Item, TrackedItem> byItem = new IdentityHashMap<>();
        tracking.finish(items).forEach((o, t) -> byItem.put(o.item(), t));
        return new Series(List.copyOf(dated), List.copyOf(meetings), List.copyOf(items), byItem, List.copyOf(warnings));
    }

    /** The dated notes, in order. */
    public List<MeetingNote> meetings() {
        return meetings;
    }

    /** Every item followed, in the order they first appeared. */
    public List<TrackedItem> items() {
        return items;
    }

    /** Notes left out, one line each ("notes/README.md: no meeting date ..."). */
    public List<String> warnings() {
        return warnings;
    }

    /** The meeting of a note, by its path. */
    public Optional<MeetingNote> meeting(Path note) {
        Path wanted = note.toAbsolutePath().normalize();
        return meetings.stream().filter(m -> m.path().toAbsolutePath().normalize().equals(wanted)).findFirst();
    }

    /**
     * The series as it stood at a meeting: that meeting and those before it, compared afresh (what came
     * later does not change what was known then).
     */
    public Series upTo(MeetingNote last) {
        return last.index() == meetings.size() - 1 ? this : of(inputs.subList(0, last.index() + 1));
    }

    /** The tracked item a list item of one of the notes belongs to, if the series compares that item. */
    public Optional<TrackedItem> itemOf(Item item) {
        return Optional.ofNullable(byItem.get(item));
    }

    /** The changes since the meeting before; empty for the first meeting. */
    public Optional<SinceLast> sinceLast(MeetingNote meeting) {
        if (meeting.index() == 0) {
            return Optional.empty();
        }
        return Optional.of(SinceLast.between(meetings.get(meeting.index() - 1), meeting, items));
    }

    /** The median gap between the distinct meeting dates; empty with fewer than two dates. */
    public Optional<Cadence> cadence() {
        List<Long> gaps = new ArrayList<>();
        LocalDate previous = null;
        for (MeetingNote m : meetings) {
            if (previous != null && m.date().isAfter(previous)) {
                gaps.add(ChronoUnit.DAYS.between(previous, m.date()));
            }
            previous = m.date();
        }
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        gaps.sort(null);
        int mid = gaps.size() / 2;
        long median = gaps.size() % 2 == 1 ? gaps.get(mid) : Math.round((gaps.get(mid - 1) + gaps.get(mid)) / 2.0);
        return Optional.of(new Cadence((int) median, gaps.size()));
    }

    /** The tracker: rows for the pieces of work worth following, and the status counts per meeting. */
    public Tracker tracker() {
        List<Tracker.Row> rows = new ArrayList<>();
        for (TrackedItem item : items) {
            boolean recurs = item.sightings().size() > 1;
            if (item.work() && (!item.refs().isEmpty() || recurs)) {
                List<Tracker.Cell> cells = new ArrayList<>();
                for (MeetingNote m : meetings) {
                    cells.add(new Tracker.Cell(m, item.at(m)));
                }
                rows.add(new Tracker.Row(item, cells));
            }
        }
        rows.sort(Comparator.comparing((Tracker.Row r) -> !r.item().stalled()));
        List<Tracker.MeetingCounts> counts = new ArrayList<>();
        for (MeetingNote m : meetings) {
            int[] n = new int[Status.values().length];
            for (TrackedItem item : items) {
                Sighting s = item.at(m);
                if (s != null && item.work()) {
                    n[s.status().status().ordinal()]++;
                }
            }
            List<Tracker.Count> list = new ArrayList<>();
            for (Status st : Status.values()) {
                list.add(new Tracker.Count(st, n[st.ordinal()]));
            }
            counts.add(new Tracker.MeetingCounts(m, list));
        }
        return new Tracker(meetings, rows, counts);
    }
}
