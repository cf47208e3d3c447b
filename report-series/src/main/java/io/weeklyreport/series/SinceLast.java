package io.weeklyreport.series;

import io.weeklyreport.model.Ref;
import io.weeklyreport.model.StatusMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed between a meeting and the one before it, for the items that are pieces of work.
 *
 * @param previous  the meeting before
 * @param current   the meeting
 * @param done      done at this meeting and not done (or not mentioned) at the one before
 * @param stillOpen mentioned at both, not done now
 * @param added     new this time and not done
 * @param dropped   open at the meeting before and not mentioned now: vanished without a word
 */
public record SinceLast(MeetingNote previous, MeetingNote current, List<Change> done, List<Change> stillOpen,
                        List<Change> added, List<Change> dropped) {

    public SinceLast {
        done = List.copyOf(done);
        stillOpen = List.copyOf(stillOpen);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    /**
     * One item in the since-last view.
     *
     * @param item         the tracked item
     * @param before       its sighting at the previous meeting, or null when it was not mentioned there
     * @param now          its sighting at this meeting, or null for a dropped item
     * @param meetingsOpen the meetings it has been open by this one (for a dropped item: by the previous one)
     */
    public record Change(TrackedItem item, Sighting before, Sighting now, int meetingsOpen) {

        /** The sighting this change is about: now, or for a dropped item the last one. */
        public Sighting sighting() {
            return now != null ? now : before;
        }

        public String title() {
            return sighting().title();
        }

        public StatusMark status() {
            return sighting().status();
        }

        public List<Ref> refs() {
            return item.refs();
        }

        public List<String> owners() {
            return item.owners();
        }
    }

    public boolean isEmpty() {
        return done.isEmpty() && stillOpen.isEmpty() && added.isEmpty() && dropped.isEmpty();
    }

    static SinceLast between(MeetingNote previous, MeetingNote current, List<TrackedItem> items) {
        List<Change> done = new ArrayList<>();
        List<Change> stillOpen = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        List<Change> dropped = new ArrayList<>();
        for (TrackedItem item : items) {
            if (!item.work()) {
                continue;
            }
            Sighting before = item.at(previous);
            Sighting now = item.at(current);
            if (now != null && now.isDone()) {
                if (before == null || !before.isDone()) {
                    done.add(new Change(item, before, now, item.openAt(current)));
                }
            } else if (now != null) {
                (before != null ? stillOpen : added).add(new Change(item, before, now, item.openAt(current)));
            } else if (before != null && !before.isDone()) {
                dropped.add(new Change(item, before, null, item.openAt(previous)));
            }
        }
        Comparator<Change> inNoteOrder = Comparator.comparingInt(c -> c.sighting().item().line());
        done.sort(inNoteOrder);
        stillOpen.sort(inNoteOrder);
        added.sort(inNoteOrder);
        dropped.sort(inNoteOrder);
        return new SinceLast(previous, current, done, stillOpen, added, dropped);
    }
}
