package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Deck.Step;
import io.weeklyreport.render.pptx.Para.Kind;
import io.weeklyreport.render.pptx.TextFlow.FrameStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of content slides composed into text slides: short sections of the same part of the note share a
 * slide, each under its own heading, and the slide's title is what they have in common ("近期工作"); a section
 * taller than a slide starts where there is room and continues on slides of its own ("（续 2/3）"), its last
 * two slides balanced. A thematic break starts a new slide; with a slide level, a heading of that level or
 * above starts one and the deeper sections flow on under it, as pandoc's {@code --slide-level} does.
 */
final class Stacking {
    /** A slide this full or less takes the next part of the note too, even from another chapter. */
    private static final double HALF = 0.5;
    /** Less text than this (a CJK character counting two) makes a slide look empty. */
    private static final int THIN_WEIGHT = 150;
    /** A part of the note this short joins any slide it fits on. */
    private static final double QUARTER = 0.25;
    /** The key of the text before the first heading: it shares a slide without a heading of its own. */
    static final String PREAMBLE = "preamble";

    private final TextFlow flow;
    private final double room;
    private final int slideLevel;
    private final String continuedSuffix;

    /** One content slide of the template: its title path and its paragraphs. */
    private record Unit(LogicalSlide slide, List<Para> paras) {
        List<Step> path() {
            return slide.path();
        }
    }

    /** Some paragraphs of a unit on a slide. */
    private record Placement(int unit, List<Para> paras, boolean starts) {
    }

    Stacking(TextMeasure measure, double width, double room, int slideLevel, String continuedSuffix) {
        this.flow = new TextFlow(measure, FrameStyle.BODY, width);
        this.room = room;
        this.slideLevel = slideLevel;
        this.continuedSuffix = continuedSuffix;
    }

    List<Page> pages(List<LogicalSlide> run, SlideKind layout) {
        List<Unit> units = run.stream().map(s -> new Unit(s, s.paragraphs())).toList();
        List<List<Placement>> pages = pack(units);
        return titled(units, pages, layout);
    }

    // ---- which paragraphs go on which slide ---------------------------------------------------------------

    private List<List<Placement>> pack(List<Unit> units) {
        List<List<Placement>> pages = new ArrayList<>();
        List<Placement> current = new ArrayList<>();
        double used = 0;
        Paginator<Para> paginator = new Paginator<>(flow);
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            double head = headingHeight(u);
            double body = flow.height(u.paras());
            boolean starts = u.slide().breakBefore() || (slideLevel > 0 && u.slide().level() > 0 && u.slide().level() <= slideLevel);
            boolean flowing = slideLevel > 0 && !starts;
            if (starts && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            // a heading with nothing under it goes with what follows it, never alone on a slide
            boolean empty = u.paras().isEmpty();
            // a nearly empty slide takes what follows, whichever part of the note it is from
            // ... and a part that would look empty on a slide of its own joins any slide it fits on
            boolean joinable = !current.isEmpty() && (flowing || empty || sameChapter(units, current, u)
                    || used <= room * HALF || head + body <= room * QUARTER || thin(current)
                    || thin(List.of(new Placement(k, u.paras(), true))));
            if ((current.isEmpty() || joinable) && used + head + body <= room) {
                current.add(new Placement(k, u.paras(), true));
                used += head + body;
                continue;
            }
            // alone on a slide a section shows no heading of its own (the slide's title is its path)
            boolean fitsAlone = body <= room;
            // a slide that would stay nearly empty takes the start of what follows, which continues on the next
            if (fitsAlone && !(flowing || thin(current))) {
                pages.add(current);
                current = new ArrayList<>(List.of(new Placement(k, u.paras(), true)));
                used = head + body;
                continue;
            }
            // taller than a slide, or flowing on under the slide level: start where there is room, then continue
            double left = room - used - head;
            if (!joinable || left < Paginator.MIN_TAIL * SlideStyle.linePitch(SlideStyle.size(u.paras().getFirst()))) {
                if (!current.isEmpty()) {
                    pages.add(current);
                }
                current = new ArrayList<>();
                used = 0;
                left = room;
            }
            // the first part shows the section's heading only when it shares its slide; the parts after it
            // are alone on theirs, titled with the section's path ("（续 2/3）")
            List<List<Para>> parts = paginator.paginate(u.paras(), left, room);
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    pages.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.add(new Placement(k, parts.get(p), p == 0));
                used += head + flow.height(parts.get(p));
            }
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        for (int i = 0; i + 1 < pages.size(); i++) {
            rebalance(units, pages, i);
        }
        for (int i = 0; i + 1 < pages.size(); i++) {
            carryStrandedHeadings(units, pages, i);
        }
        pages.removeIf(List::isEmpty);
        return pages;
    }

    /**
     * A heading with nothing under it (its content is the next section) that ended up last on a slide goes over
     * with that next section, as a book never ends a page with a heading.
     */
    private void carryStrandedHeadings(List<Unit> units, List<List<Placement>> pages, int i) {
        List<Placement> prev = pages.get(i);
        List<Placement> next = pages.get(i + 1);
        while (!prev.isEmpty() && !next.isEmpty() && next.getFirst().starts() && !forcedStart(units, next.getFirst())) {
            Placement last = prev.getLast();
            if (!last.paras().isEmpty() || !last.starts()
                    || height(units, next) + headingHeight(units.get(last.unit())) > room) {
                return;
            }
            prev.removeLast();
            next.addFirst(last);
        }
    }

    /**
     * A nearly empty slide takes what the slide before it can give: whole sections from its end, or the last
     * paragraphs of its last section (which then continues) — never across a break the author asked for.
     */
    private void rebalance(List<Unit> units, List<List<Placement>> pages, int i) {
        List<Placement> prev = pages.get(i);
        List<Placement> next = pages.get(i + 1);
        if (!thin(next) || forcedStart(units, next.getFirst())) {
            return;
        }
        while (thin(next)) {
            Placement last = prev.getLast();
            Unit u = units.get(last.unit());
            boolean joinsNext = next.getFirst().unit() == last.unit();
            double nextHeight = height(units, next);
            if (prev.size() > 1 && last.starts() && !joinsNext && !forcedStart(units, last)
                    && nextHeight + headingHeight(u) + flow.height(last.paras()) <= room
                    && !thin(prev.subList(0, prev.size() - 1))) {
                // a whole section moves over
                prev.removeLast();
                next.addFirst(last);
                continue;
            }
            List<Para> paras = last.paras();
            if (joinsNext && prev.size() > 1 && nextHeight + flow.height(paras) <= room
                    && !thin(prev.subList(0, prev.size() - 1))) {
                // the start of a section that goes on over the page moves over whole: the section is then on
                // one slide, not begun at the foot of one and continued on a thin next
                prev.removeLast();
                Placement first = next.getFirst();
                List<Para> joined = new ArrayList<>(paras);
                joined.addAll(first.paras());
                next.set(0, new Placement(first.unit(), List.copyOf(joined), last.starts()));
                continue;
            }
            // the last paragraph of the last section moves over; the section continues on the next slide
            if (paras.size() < 2) {
                return;
            }
            Para moved = paras.getLast();
            List<Para> kept = paras.subList(0, paras.size() - 1);
            double extra = flow.height(moved) + (joinsNext ? 0 : headingHeight(u));
            if (nextHeight + extra > room || flow.leadsInto(kept.getLast(), moved) && kept.size() < 2
                    || linesOf(kept) < Paginator.MIN_TAIL) {
                return;
            }
            // never empty one slide to fill the next: many short lines (a list of commands) would move over one
            // by one until the slide before is the thin one
            List<Placement> prevAfter = new ArrayList<>(prev.subList(0, prev.size() - 1));
            prevAfter.add(new Placement(last.unit(), List.copyOf(kept), last.starts()));
            if (thin(prevAfter) || lines(prevAfter) < lines(next) + flow.lines(moved)) {
                return;
            }
            prev.set(prev.size() - 1, new Placement(last.unit(), List.copyOf(kept), last.starts()));
            if (joinsNext) {
                Placement first = next.getFirst();
                List<Para> joined = new ArrayList<>();
                joined.add(moved);
                joined.addAll(first.paras());
                next.set(0, new Placement(first.unit(), List.copyOf(joined), false));
            } else {
                next.addFirst(new Placement(last.unit(), List.of(moved), false));
            }
        }
    }

    /** Whether the placement begins a section the author (a break, the slide level) put on a slide of its own. */
    private boolean forcedStart(List<Unit> units, Placement p) {
        LogicalSlide slide = units.get(p.unit()).slide();
        return p.starts() && (slide.breakBefore() || (slideLevel > 0 && slide.level() > 0 && slide.level() <= slideLevel));
    }

    /** A slide a reader would call nearly empty: fewer than four lines, or little text on them. */
    private boolean thin(List<Placement> page) {
        int weight = 0;
        for (Placement p : page) {
            for (Para para : p.paras()) {
                for (int cp : para.text().codePoints().toArray()) {
                    weight += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1;
                }
            }
        }
        return lines(page) <= Paginator.MIN_TAIL || weight < THIN_WEIGHT;
    }

    private double height(List<Unit> units, List<Placement> page) {
        double h = 0;
        for (Placement p : page) {
            h += headingHeight(units.get(p.unit())) + flow.height(p.paras());
        }
        return h;
    }

    private int linesOf(List<Para> paras) {
        int n = 0;
        for (Para p : paras) {
            n += flow.lines(p);
        }
        return n;
    }

    private int lines(List<Placement> page) {
        int n = 0;
        for (Placement p : page) {
            for (Para para : p.paras()) {
                n += flow.lines(para);
            }
        }
        return n;
    }

    /** Whether the unit belongs to the same top-level section as the one before it on the slide. */
    private static boolean sameChapter(List<Unit> units, List<Placement> page, Unit u) {
        List<Step> first = units.get(page.getLast().unit()).path();
        return !first.isEmpty() && !u.path().isEmpty() && first.getFirst().key().equals(u.path().getFirst().key())
                && (first.size() > 1 || u.path().size() > 1);
    }

    /** Room for the unit's heading, at its longest (its whole path), whether or not the slide ends up showing it. */
    private double headingHeight(Unit u) {
        return flow.height(heading(u.path(), 0, null));
    }

    // ---- titles and headings ---------------------------------------------------------------------------

    private List<Page> titled(List<Unit> units, List<List<Placement>> pages, SlideKind layout) {
        List<Page> out = new ArrayList<>();
        for (List<Placement> page : pages) {
            List<String> notes = new ArrayList<>();
            page.stream().map(p -> units.get(p.unit()).slide().notes()).distinct().forEach(notes::addAll);
            if (page.size() == 1) {
                Placement only = page.getFirst();
                Unit u = units.get(only.unit());
                int[] nm = position(pages, page, only.unit());
                List<Span> title = new ArrayList<>(u.slide().title());
                if (nm[1] > 1 && nm[0] > 1) {
                    title.add(suffix(nm[0], nm[1]));
                }
                out.add(new Page.Text(layout, title, only.paras(), notes));
                continue;
            }
            List<Placement> named = page.stream().filter(p -> !isPreamble(units.get(p.unit()))).toList();
            boolean oneSection = !named.isEmpty() && named.stream().allMatch(p -> p.unit() == named.getFirst().unit());
            int prefix = named.isEmpty() ? 0 : oneSection ? units.get(named.getFirst().unit()).path().size() : commonPrefix(units, named);
            List<Para> body = new ArrayList<>();
            for (Placement p : page) {
                Unit u = units.get(p.unit());
                int[] nm = position(pages, page, p.unit());
                Span suffix = !p.starts() && nm[1] > 1 && !oneSection ? suffix(nm[0], nm[1]) : null;
                if (!isPreamble(u) && (u.path().size() > prefix || suffix != null)) {
                    body.add(heading(u.path(), prefix, suffix));
                }
                body.addAll(p.paras());
            }
            List<Span> title;
            if (oneSection) {
                Placement first = named.getFirst();
                int[] nm = position(pages, page, first.unit());
                title = new ArrayList<>(units.get(first.unit()).slide().title());
                if (nm[1] > 1 && nm[0] > 1) {
                    title.add(suffix(nm[0], nm[1]));
                }
            } else {
                title = prefixTitle(units, named.isEmpty() ? page : named, prefix);
            }
            out.add(new Page.Text(layout, title, body, notes));
        }
        return out;
    }

    private static boolean isPreamble(Unit u) {
        return !u.path().isEmpty() && u.path().getFirst().key().equals(PREAMBLE);
    }

    /** Which of the slides that show the unit this one is (1-based), and how many there are. */
    private static int[] position(List<List<Placement>> pages, List<Placement> page, int unit) {
        int n = 0;
        int total = 0;
        for (List<Placement> p : pages) {
            if (p.stream().anyMatch(x -> x.unit() == unit)) {
                total++;
                if (p == page) {
                    n = total;
                }
            }
        }
        return new int[] {n, total};
    }

    private static int commonPrefix(List<Unit> units, List<Placement> page) {
        List<Step> first = units.get(page.getFirst().unit()).path();
        int n = first.size();
        for (Placement p : page) {
            List<Step> path = units.get(p.unit()).path();
            int i = 0;
            while (i < n && i < path.size() && path.get(i).key().equals(first.get(i).key())) {
                i++;
            }
            n = i;
        }
        return n;
    }

    /** The shared path as the title, its last step as the slide's own heading; or the headings side by side. */
    private List<Span> prefixTitle(List<Unit> units, List<Placement> page, int prefix) {
        List<Span> title = new ArrayList<>();
        if (prefix == 0) {
            // parts of different chapters: the chapters' names side by side
            List<String> seen = new ArrayList<>();
            for (Placement p : page) {
                List<Step> path = units.get(p.unit()).path();
                if (path.isEmpty() || seen.contains(path.getFirst().key())) {
                    continue;
                }
                seen.add(path.getFirst().key());
                if (!title.isEmpty()) {
                    title.add(Span.plain(" · ").muted());
                }
                title.addAll(ownLabel(units, page, path.getFirst()));
            }
            return title;
        }
        List<Step> path = units.get(page.getFirst().unit()).path();
        for (int i = 0; i < prefix; i++) {
            if (i < prefix - 1) {
                path.get(i).label().forEach(s -> title.add(s.muted()));
                title.add(Span.plain(" › ").muted());
            } else {
                title.addAll(ownLabel(units, page, path.get(i)));
            }
        }
        return title;
    }

    /** A step's label as its own section writes it ("二、开源社区"), when that section is on the slide. */
    private static List<Span> ownLabel(List<Unit> units, List<Placement> page, Step step) {
        for (Placement p : page) {
            List<Step> path = units.get(p.unit()).path();
            if (!path.isEmpty() && path.getLast().key().equals(step.key())) {
                return path.getLast().label();
            }
        }
        return step.label();
    }

    /** A section's heading on a shared slide: its path after the slide's title, its own name in bold. */
    private static Para heading(List<Step> path, int from, Span suffix) {
        List<Span> spans = new ArrayList<>();
        for (int i = from; i < path.size(); i++) {
            if (i < path.size() - 1) {
                path.get(i).label().forEach(s -> spans.add(s.muted()));
                spans.add(Span.plain(" › ").muted());
            } else {
                path.get(i).label().forEach(s -> spans.add(s.bold()));
            }
        }
        if (suffix != null) {
            spans.add(suffix);
        }
        return Para.of(Kind.HEADING, spans);
    }

    private Span suffix(int n, int total) {
        return Span.plain(continuedSuffix.replace("{n}", String.valueOf(n)).replace("{total}", String.valueOf(total))).continuation();
    }
}
