package io.weeklyreport.series;

import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.util.List;

/**
 * One item followed through the meetings of a series.
 *
 * @param title      its text at its latest sighting
 * @param owners     who it belongs to, as its latest sighting that names anybody says; empty when none does
 * @param refs       the PRs and issues it has named, first named first
 * @param sightings  every meeting that mentions it, in order
 * @param work       whether it is a piece of work (a status or a PR/issue at some meeting), not a name in an
 *                   attendance list or an article link; since-last and the tracker show only work
 */
public record TrackedItem(String title, List<String> owners, List<Ref> refs, List<Sighting> sightings, boolean work) {

    /** Meetings in a row with the same status, not done, from which an item counts as stalled. */
    public static final int STALLED_AFTER = 3;

    public TrackedItem {
        owners = List.copyOf(owners);
        refs = List.copyOf(refs);
        sightings = List.copyOf(sightings);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("an item is seen at least once");
        }
    }

    public MeetingNote firstSeen() {
        return sightings.getFirst().meeting();
    }

    public MeetingNote lastSeen() {
        return sightings.getLast().meeting();
    }

    public Sighting latest() {
        return sightings.getLast();
    }

    /** The sighting at a meeting, or null when that meeting's note does not mention the item. */
    public Sighting at(MeetingNote meeting) {
        for (Sighting s : sightings) {
            if (s.meeting().index() == meeting.index()) {
                return s;
            }
        }
        return null;
    }

    /** The status at a meeting, or null when that meeting's note does not mention the item. */
    public StatusMark statusAt(MeetingNote meeting) {
        Sighting s = at(meeting);
        return s == null ? null : s.status();
    }

    /** How many meetings it has been open, as of its latest sighting ({@link #openAt}). */
    public int meetingsOpen() {
        return openAt(lastSeen());
    }

    /**
     * How many meetings it had been open by the given one: the meetings that mention it without it being
     * done, counted back from that meeting's (or the latest earlier) sighting to the last time it was done.
     * For an item done at that meeting, the meetings it was open before; 0 for one that never was.
     */
    public int openAt(MeetingNote meeting) {
        int i = sightings.size() - 1;
        while (i >= 0 && sightings.get(i).meeting().index() > meeting.index()) {
            i--;
        }
        if (i >= 0 && sightings.get(i).isDone()) {
            i--;
        }
        int open = 0;
        while (i >= 0 && !sightings.get(i).isDone()) {
            open++;
            i--;
        }
        return open;
    }

    /** The most meetings in a row (the series' consecutive meetings) at which it had one status other than done. */
    public int longestStall() {
        int longest = 0;
        int run = 0;
        Sighting previous = null;
        for (Sighting s : sightings) {
            if (s.isDone()) {
                run = 0;
            } else if (previous != null && !previous.isDone() && s.meeting().index() == previous.meeting().index() + 1
                    && s.status().status() == previous.status().status()) {
                run++;
            } else {
                run = 1;
            }
            longest = Math.max(longest, run);
            previous = s;
        }
        return longest;
    }

    /** The same status, not done, at {@value #STALLED_AFTER} or more meetings in a row. */
    public boolean stalled() {
        return longestStall() >= STALLED_AFTER;
    }

    /** Whether it was done at its latest sighting. */
    public boolean done() {
        return latest().status().status() == Status.DONE;
    }
}
