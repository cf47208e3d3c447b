package io.weeklyreport.render;

import io.weeklyreport.model.Language;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Status;
import io.weeklyreport.series.Carryover;
import io.weeklyreport.series.SinceLast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "since last meeting" block as the templates walk it ({@code sinceLast} in their data): the meeting before,
 * and the four groups of {@link SinceLast} that have items, in a fixed order. The words around the items (titles
 * of the block and the groups) come from the labels; the items keep the words of the notes.
 *
 * @param previousDate the date of the meeting before, "2023-05-18"
 * @param groups       done, still open, new, dropped: those with items only
 */
public record SinceLastView(String previousDate, List<Group> groups) {

    public SinceLastView {
        groups = List.copyOf(groups);
    }

    /**
     * One group.
     *
     * @param key   "done", "still-open", "added" or "dropped": its label is {@code since-last.KEY}, its CSS class the same
     * @param items in the order of the note they stand in (the current one; the previous one for dropped items)
     */
    public record Group(String key, List<Entry> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * One item.
     *
     * @param title  the item's words, its PR and issue numbers as links where the text names them
     * @param status where it stands (at the previous meeting for a dropped item)
     * @param refs   its PRs and issues that the title does not name, each a link
     * @param marker how long a still-open item has been open, as `next` writes it ("（第 3 次）", " (3rd meeting)");
     *               empty for the other groups
     */
    public record Entry(List<Piece> title, Status status, List<Ref> refs, String marker) {
        public Entry {
            title = List.copyOf(title);
            refs = List.copyOf(refs);
        }

        public boolean hasStatus() {
            return status != Status.NONE;
        }
    }

    /** A run of an item's title: text, or a reference's short label with its URL (url null for text). */
    public record Piece(String text, String url) {
        public boolean isLink() {
            return url != null;
        }
    }

    /** The view of a since-last comparison; null when it has nothing to show. */
    static SinceLastView of(SinceLast since, Language language) {
        if (since == null || since.isEmpty()) {
            return null;
        }
        List<Group> groups = new ArrayList<>();
        add(groups, "done", since.done(), language, false);
        add(groups, "still-open", since.stillOpen(), language, true);
        add(groups, "added", since.added(), language, false);
        add(groups, "dropped", since.dropped(), language, false);
        return new SinceLastView(since.previous().date().toString(), groups);
    }

    /** Puts the view into a template's data as {@code sinceLast}, when there is one to show. */
    static void addTo(Map<String, Object> data, SinceLastView view) {
        if (view != null) {
            data.put("sinceLast", view);
        }
    }

    private static void add(List<Group> groups, String key, List<SinceLast.Change> changes, Language language, boolean counted) {
        if (changes.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (SinceLast.Change c : changes) {
            entries.add(entry(c, counted ? Carryover.marker(c.meetingsOpen(), language) : ""));
        }
        groups.add(new Group(key, entries));
    }

    private static Entry entry(SinceLast.Change change, String marker) {
        String title = change.title();
        List<Ref> work = new ArrayList<>();
        for (Ref r : change.refs()) {
            if (r.kind() != Ref.Kind.LINK && work.stream().noneMatch(w -> w.url().equals(r.url()))) {
                work.add(r);
            }
        }
        // A reference the title names ("poolset支持 #1988 ...") becomes a link there; the others follow the title.
        List<Piece> pieces = new ArrayList<>();
        List<Ref> rest = new ArrayList<>();
        int at = 0;
        for (Ref r : work) {
            int found = r.kind() == Ref.Kind.COMMIT ? -1 : labelIn(title, r.shortLabel(), at);
            if (found < 0) {
                rest.add(r);
                continue;
            }
            if (found > at) {
                pieces.add(new Piece(title.substring(at, found), null));
            }
            pieces.add(new Piece(r.shortLabel(), r.url()));
            at = found + r.shortLabel().length();
        }
        if (at < title.length()) {
            pieces.add(new Piece(title.substring(at), null));
        }
        return new Entry(pieces, change.status().status(), rest, marker);
    }

    /** Where "#19" stands in the title as a whole number (not the start of "#1988"), from {@code from} on; -1 if not. */
    private static int labelIn(String title, String label, int from) {
        for (int i = title.indexOf(label, from); i >= 0; i = title.indexOf(label, i + 1)) {
            int end = i + label.length();
            if (end >= title.length() || !Character.isLetterOrDigit(title.charAt(end))) {
                return i;
            }
        }
        return -1;
    }
}
