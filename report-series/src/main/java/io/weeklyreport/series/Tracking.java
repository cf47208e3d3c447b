package io.weeklyreport.series;

import io.weeklyreport.model.Ref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties the items of each meeting to those of the meetings before, meeting by meeting: first by an
 * identifying PR or issue reference, then by text for what is left, best-matching pairs first, each item
 * of a meeting to at most one earlier item and back.
 */
final class Tracking {
    /**
     * An item last mentioned more than this many meetings ago is recognised by its reference only: a
     * similar text after a long silence is more likely a new piece of work than the old one come back.
     */
    static final int TEXT_WINDOW = 3;

    /** One item being followed; becomes a {@link TrackedItem} at the end. */
    private static final class Track {
        final List<Occurrence> occurrences = new ArrayList<>();
        final List<Sighting> sightings = new ArrayList<>();
        final List<RefKey> keys = new ArrayList<>();

        Occurrence last() {
            return occurrences.getLast();
        }

        int lastMeeting() {
            return sightings.getLast().meeting().index();
        }

        void add(MeetingNote meeting, Occurrence o, Sighting.Match match) {
            occurrences.add(o);
            sightings.add(new Sighting(meeting, o.item(), o.title(), o.status(), o.sections(), match));
            for (RefKey k : o.keys()) {
                if (keys.stream().noneMatch(k::sameAs)) {
                    keys.add(k);
                }
            }
        }
    }

    private record Candidate(Occurrence occurrence, Track track, double score) {
    }

    private final TextSimilarity similarity;
    private final List<Track> tracks = new ArrayList<>();
    private final Map<Occurrence, Track> trackOf = new IdentityHashMap<>();

    Tracking(TextSimilarity similarity) {
        this.similarity = similarity;
    }

    void add(MeetingNote meeting, List<Occurrence> occurrences) {
        Set<Track> taken = new HashSet<>();
        List<Occurrence> left = new ArrayList<>();
        for (Occurrence o : occurrences) {
            Track byRef = o.keys().isEmpty() ? null : mostRecentSharingKey(o, taken);
            if (byRef != null) {
                attach(byRef, meeting, o, Sighting.Match.REFERENCE, taken);
            } else {
                left.add(o);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Occurrence o : left) {
            for (Track t : tracks) {
                boolean recent = meeting.index() - t.lastMeeting() <= TEXT_WINDOW;
                // Two different PRs are two pieces of work, however alike their titles.
                boolean conflicting = !o.keys().isEmpty() && !t.keys.isEmpty();
                if (!taken.contains(t) && recent && !conflicting) {
                    double score = similarity.between(o, t.last());
                    if (score >= TextSimilarity.THRESHOLD) {
                        candidates.add(new Candidate(o, t, score));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> -c.track().lastMeeting())
                .thenComparingInt(c -> c.occurrence().order()));
        Set<Occurrence> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : candidates) {
            if (!placed.contains(c.occurrence()) && !taken.contains(c.track())) {
                attach(c.track(), meeting, c.occurrence(), Sighting.Match.TEXT, taken);
                placed.add(c.occurrence());
            }
        }
        for (Occurrence o : left) {
            if (!placed.contains(o)) {
                Track t = new Track();
                tracks.add(t);
                attach(t, meeting, o, Sighting.Match.FIRST, taken);
            }
        }
    }

    private Track mostRecentSharingKey(Occurrence o, Set<Track> taken) {
        Track best = null;
        for (Track t : tracks) {
            if (!taken.contains(t) && o.sharesKeyWith(t.keys) && (best == null || t.lastMeeting() > best.lastMeeting())) {
                best = t;
            }
        }
        return best;
    }

    private void attach(Track t, MeetingNote meeting, Occurrence o, Sighting.Match match, Set<Track> taken) {
        t.add(meeting, o, match);
        taken.add(t);
        trackOf.put(o, t);
    }

    /** The followed items, in the order they were first seen, and which occurrence became which. */
    Map<Occurrence, TrackedItem> finish(List<TrackedItem> into) {
        Map<Track, TrackedItem> built = new IdentityHashMap<>();
        for (Track t : tracks) {
            TrackedItem item = build(t);
            built.put(t, item);
            into.add(item);
        }
        Map<Occurrence, TrackedItem> byOccurrence = new IdentityHashMap<>();
        trackOf.forEach((o, t) -> byOccurrence.put(o, built.get(t)));
        return byOccurrence;
    }

    private static TrackedItem build(Track t) {
        List<String> owners = List.of();
        List<Ref> refs = new ArrayList<>();
        List<RefKey> seen = new ArrayList<>();
        boolean work = false;
        for (Occurrence o : t.occurrences) {
            if (!o.item().owners().isEmpty()) {
                owners = o.item().owners();
            }
            for (Ref r : o.shownRefs()) {
                RefKey k = RefKey.of(r);
                if (seen.stream().noneMatch(k::sameAs)) {
                    seen.add(k);
                    refs.add(r);
                }
            }
            work |= o.work();
        }
        return new TrackedItem(t.last().title(), owners, refs, t.sightings, work);
    }
}
