package io.weeklyreport.render.pptx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The one pagination rule of the deck, for text paragraphs and table rows alike: units go onto a box until
 * the next one does not fit; a lead-in stays with what it leads into; a unit is broken when it alone is taller
 * than an empty box, or when it is long enough to leave two lines on each side of the break. The last box is then balanced against the one before it, so that
 * a continuation never holds fewer than {@link #MIN_TAIL} lines when the previous box could give it some.
 */
final class Paginator<T> {
    /** The fewest lines a continuation box may hold while the box before it has lines to spare. */
    static final int MIN_TAIL = 3;
    /** The fewest lines of a broken paragraph on either side of the break. */
    static final int ORPHAN_LINES = 2;

    /** What the paginator needs to know of the units it spreads over boxes. */
    interface Flow<T> {
        double height(T unit);

        /** How many lines the unit takes (a table row counts as one). */
        int lines(T unit);

        /** Whether {@code last} should not end a box when {@code next} follows it (a lead-in, a parent item). */
        boolean leadsInto(T last, T next);

        /** The part of {@code unit} that fits in {@code room}, and the rest; null when it cannot be broken. */
        List<T> split(T unit, double room);

        /** {@code a} and {@code b} as one unit again when {@code b} is the rest of {@code a}; else null. */
        T join(T a, T b);
    }

    private final Flow<T> flow;

    Paginator(Flow<T> flow) {
        this.flow = flow;
    }

    double height(List<T> units) {
        double h = 0;
        for (T u : units) {
            h += flow.height(u);
        }
        return h;
    }

    int lines(List<T> units) {
        int n = 0;
        for (T u : units) {
            n += flow.lines(u);
        }
        return n;
    }

    /** The units in boxes of {@code room} points; at least one box, possibly empty. */
    List<List<T>> paginate(List<T> units, double room) {
        return paginate(units, room, room);
    }

    /**
     * The units in a first box of {@code firstRoom} points (what is left of a slide others began) and further
     * boxes of {@code room}, the last two balanced.
     */
    List<List<T>> paginate(List<T> units, double firstRoom, double room) {
        return balanced(greedy(units, firstRoom, room), firstRoom, room);
    }

    private List<List<T>> greedy(List<T> units, double firstRoom, double room) {
        List<List<T>> pages = new ArrayList<>();
        List<T> page = new ArrayList<>();
        double used = 0;
        Deque<T> pending = new ArrayDeque<>(units);
        while (!pending.isEmpty()) {
            double box = pages.isEmpty() ? firstRoom : room;
            T u = pending.removeFirst();
            double h = flow.height(u);
            if (used + h <= box) {
                page.add(u);
                used += h;
                continue;
            }
            if (!page.isEmpty()) {
                // the unit that does not fit whole is broken where the box ends when the box would otherwise stay
                // nearly empty, or when it is long enough to keep two lines on each side (no orphan, no widow)
                boolean thinBox = lines(page) < MIN_TAIL;
                List<T> parts = thinBox || flow.lines(u) >= 2 * ORPHAN_LINES ? flow.split(u, box - used) : null;
                if (parts != null && parts.size() == 2 && used + flow.height(parts.getFirst()) <= box
                        && (thinBox || flow.lines(parts.getFirst()) >= ORPHAN_LINES && flow.lines(parts.get(1)) >= ORPHAN_LINES)) {
                    page.add(parts.getFirst());
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    pending.addFirst(parts.get(1));
                    continue;
                }
            }
            if (!page.isEmpty()) {
                List<T> carried = new ArrayList<>();
                // carry the lead-in only when it and its follower fit together on a fresh box
                if (page.size() > 1 && flow.leadsInto(page.getLast(), u) && flow.height(page.getLast()) + h <= room) {
                    carried.add(page.removeLast());
                }
                pages.add(page);
                page = carried;
                used = height(page);
                pending.addFirst(u);
                continue;
            }
            // alone on an empty box and still too tall: the only case where a unit is broken
            List<T> parts = flow.split(u, box);
            page.add(parts == null ? u : parts.getFirst());
            pages.add(page);
            page = new ArrayList<>();
            used = 0;
            if (parts != null && parts.size() > 1) {
                pending.addFirst(parts.get(1));
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * A thin last box takes lines from the one before: the two are paginated again into boxes as small as
     * still holds them in two, which splits them about evenly.
     */
    private List<List<T>> balanced(List<List<T>> pages, double firstRoom, double room) {
        int n = pages.size();
        if (n < 2 || lines(pages.get(n - 1)) >= MIN_TAIL) {
            return pages;
        }
        List<T> both = joined(pages.get(n - 2), pages.get(n - 1));
        double prevRoom = n == 2 ? firstRoom : room;
        List<List<T>> result = new ArrayList<>(pages.subList(0, n - 2));
        if (height(both) <= prevRoom) {
            result.add(both);   // the previous box could take them all (a lead-in had moved on)
            return result;
        }
        double low = height(both) / 2;
        double high = Math.min(prevRoom, room);
        List<List<T>> best = null;
        for (int i = 0; i < 24 && high - low > 0.5; i++) {
            double mid = (low + high) / 2;
            List<List<T>> two = greedy(both, mid, mid);
            if (two.size() <= 2) {
                best = two;
                high = mid;
            } else {
                low = mid;
            }
        }
        if (best == null || best.size() != 2 || lines(best.get(1)) <= lines(pages.get(n - 1))) {
            return pages;   // no better split
        }
        result.addAll(best);
        return result;
    }

    /** Two boxes' units as one list, a unit broken between them joined again. */
    private List<T> joined(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        for (T u : b) {
            T merged = out.isEmpty() ? null : flow.join(out.getLast(), u);
            if (merged != null) {
                out.set(out.size() - 1, merged);
            } else {
                out.add(u);
            }
        }
        return out;
    }
}
