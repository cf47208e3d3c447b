package io.weeklyreport.render.pptx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The one pagination rule of the deck, for text paragraphs and table rows alike: units go onto a box until
 * the next one does not fit; a lead-in stays with what it leads into; a unit is broken only when it alone is
 * taller than a whole box.
 */
final class Paginator<T> {
    /** What the paginator needs to know of the units it spreads over boxes. */
    interface Flow<T> {
        double height(T unit);

        /** Whether {@code last} should not end a box when {@code next} follows it (a lead-in, a parent item). */
        boolean leadsInto(T last, T next);

        /** The part of {@code unit} that fits in {@code room}, and the rest; null when it cannot be broken. */
        List<T> split(T unit, double room);
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

    /** The units in boxes of {@code room} points; at least one box, possibly empty. */
    List<List<T>> paginate(List<T> units, double room) {
        List<List<T>> pages = new ArrayList<>();
        List<T> page = new ArrayList<>();
        double used = 0;
        Deque<T> pending = new ArrayDeque<>(units);
        while (!pending.isEmpty()) {
            T u = pending.removeFirst();
            double h = flow.height(u);
            if (used + h <= room) {
                page.add(u);
                used += h;
                continue;
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
            List<T> parts = flow.split(u, room);
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
}
