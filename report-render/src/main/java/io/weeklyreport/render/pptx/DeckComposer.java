package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Page.Frame;
import io.weeklyreport.render.pptx.TextFlow.FrameStyle;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deck's logical slides composed into the slides a person sees, before anything is drawn: which kind of
 * slide each becomes, what goes on it and where a continuation begins. A pure step (text is measured, nothing
 * is written), as pandoc turns a document into a presentation before writing the archive.
 */
final class DeckComposer {
    private final DeckTemplate template;
    private final TextMeasure measure;
    private final Deck deck;
    /** The paragraph that introduces a table or picture, by the slide of that table or picture (see {@link #withLeadIns}). */
    private final Map<LogicalSlide, List<Para>> leads = new IdentityHashMap<>();

    DeckComposer(DeckTemplate template, TextMeasure measure, Deck deck) {
        this.template = template;
        this.measure = measure;
        this.deck = deck;
    }

    List<Page> compose() {
        List<Page> pages = new ArrayList<>();
        List<LogicalSlide> slides = withLeadIns(deck.slides());
        for (int i = 0; i < slides.size(); i++) {
            LogicalSlide slide = slides.get(i);
            if (slide.layout() == SlideKind.TITLE) {
                LogicalSlide agenda = i + 1 < slides.size() && slides.get(i + 1).layout() == SlideKind.AGENDA ? slides.get(i + 1) : null;
                Opening opening = opening(slide, agenda);
                pages.add(opening.page());
                i += opening.tookAgenda() ? 1 : 0;
            } else if (slide.layout() == SlideKind.CONTENT) {
                int end = i;
                while (end < slides.size() && slides.get(end).layout() == SlideKind.CONTENT) {
                    end++;
                }
                SlideGeometry g = template.geometry(SlideKind.CONTENT);
                pages.addAll(new Stacking(measure, g.bodyWidth(), g.bodyRoom(), deck.slideLevel(), deck.continuedSuffix())
                        .pages(slides.subList(i, end), SlideKind.CONTENT));
                i = end - 1;
            } else {
                pages.addAll(pages(slide));
            }
        }
        return pages;
    }

    private List<Page> pages(LogicalSlide slide) {
        return switch (slide.layout()) {
            case TITLE -> List.of(opening(slide, null).page());
            case CLOSING, SECTION -> List.of(closing(slide));
            case IMAGE -> {
                ImageFile image = slide.figure() == null ? null : ImageFile.read(slide.figure().file()).orElse(null);
                if (image == null) {
                    // no picture we can show: its lead, caption and placeholder as text
                    List<Para> all = new ArrayList<>(leads.getOrDefault(slide, List.of()));
                    all.addAll(slide.paragraphs());
                    yield text(withFrames(slide, List.of(all)), SlideKind.CONTENT);
                }
                List<Page> out = new ArrayList<>();
                List<Para> lead = lead(slide, template.geometry(SlideKind.IMAGE), out);
                out.add(new Page.Picture(slide.title(), lead, image, slide.paragraphs(), slide.notes()));
                yield out;
            }
            case TABLE -> slide.tables().isEmpty() ? text(slide, SlideKind.CONTENT) : tables(slide);
            case AGENDA -> agenda(slide);
            case CONTENT -> text(slide, SlideKind.CONTENT);
        };
    }

    /** The opening slide, and whether it took the agenda in too. */
    private record Opening(Page page, boolean tookAgenda) {
    }

    /**
     * The title slide: title and date line in the layout's placeholders, the meeting details in a box below
     * (the invitation's other lines beside them), and the agenda in the room that is left when it fits there.
     * It is never continued: what does not fit goes to the speaker notes, which have everything.
     */
    private Opening opening(LogicalSlide ls, LogicalSlide agenda) {
        Opening standard = arrange(ls, agenda, template.geometry(SlideKind.TITLE));
        if (agenda != null && !standard.tookAgenda() && template.builtIn()) {
            // our own layout can lift the title to make room for details and agenda both
            Opening compact = arrange(ls, agenda, template.compactOpening());
            if (compact.tookAgenda()) {
                return compact;
            }
        }
        return standard;
    }

    private Opening arrange(LogicalSlide ls, LogicalSlide agenda, SlideGeometry layoutGeometry) {
        SlideGeometry g = belowSubtitle(layoutGeometry, ls.subtitle());
        Rectangle2D area = g.body();
        FrameStyle card = FrameStyle.fixed(SlideStyle.MEETING_SIZE, 4);
        FrameStyle lines = FrameStyle.fixed(SlideStyle.MEETING_LINES_SIZE, 2);
        List<Para> details = ls.frames().isEmpty() ? List.of() : ls.frames().getFirst();
        List<Para> others = ls.frames().stream().skip(1).flatMap(List::stream).toList();
        List<Para> agendaParas = agenda == null ? List.of() : agendaFrame(agenda);
        List<Frame> frames = new ArrayList<>();
        List<Para> left = new ArrayList<>();
        boolean tookAgenda = false;
        boolean room = area.getHeight() >= 2 * SlideStyle.linePitch(SlideStyle.MEETING_SIZE) + 2 * SlideStyle.INSET_Y;
        if (room && !details.isEmpty()) {
            double gap = 16;
            double leftWidth = (area.getWidth() - gap) * 0.56;
            Rectangle2D leftBox = new Rectangle2D.Double(area.getX(), area.getY(), leftWidth, area.getHeight());
            Rectangle2D rightBox = new Rectangle2D.Double(area.getX() + leftWidth + gap, area.getY(),
                    area.getWidth() - leftWidth - gap, area.getHeight());
            FrameStyle list = FrameStyle.fixed(SlideStyle.MEETING_SIZE, 0);
            // the agenda takes the right column only when the invitation's other lines still fit under the details
            double detailsHeight = Math.min(leftBox.getHeight(),
                    heightIn(details, card, leftBox) / SlideStyle.HEIGHT_SAFETY + 2 * SlideStyle.INSET_Y + 1);
            Rectangle2D below = new Rectangle2D.Double(leftBox.getX(), leftBox.getY() + detailsHeight,
                    leftBox.getWidth(), leftBox.getHeight() - detailsHeight);
            boolean othersFitBelow = others.isEmpty() || (below.getHeight() > 2 * SlideStyle.INSET_Y && fits(others, lines, below));
            if (!agendaParas.isEmpty() && othersFitBelow && fits(agendaParas, list, rightBox)) {
                frames.add(new Frame(rightBox, list, agendaParas));
                tookAgenda = true;
                Rectangle2D detailsBox = others.isEmpty() ? leftBox
                        : new Rectangle2D.Double(leftBox.getX(), leftBox.getY(), leftBox.getWidth(), detailsHeight);
                left.addAll(fitted(details, card, detailsBox, frames));
                if (!others.isEmpty()) {
                    left.addAll(fitted(others, lines, below, frames));
                }
            } else {
                left.addAll(fitted(details, card, others.isEmpty() ? area : leftBox, frames));
                if (!others.isEmpty()) {
                    left.addAll(fitted(others, lines, rightBox, frames));
                }
            }
        } else if (room && !agendaParas.isEmpty()) {
            // no meeting: the agenda fills the area, in two columns when one does not hold it
            FrameStyle list = FrameStyle.fixed(SlideStyle.MEETING_SIZE, 0);
            if (fits(agendaParas, list, area)) {
                frames.add(new Frame(area, list, agendaParas));
                tookAgenda = true;
            } else {
                double gap = 16;
                double half = (area.getWidth() - gap) / 2;
                Rectangle2D first = new Rectangle2D.Double(area.getX(), area.getY(), half, area.getHeight());
                Rectangle2D second = new Rectangle2D.Double(area.getX() + half + gap, area.getY(), half, area.getHeight());
                Rectangle2D inner = SlideGeometry.inner(first);
                List<List<Para>> columns = new Paginator<>(new TextFlow(measure, list, inner.getWidth()))
                        .paginate(agendaParas, inner.getHeight() * SlideStyle.HEIGHT_SAFETY);
                if (columns.size() <= 2) {
                    frames.add(new Frame(first, list, columns.getFirst()));
                    if (columns.size() == 2) {
                        frames.add(new Frame(second, list, columns.get(1)));
                    }
                    tookAgenda = true;
                }
            }
        } else {
            left.addAll(details);
            left.addAll(others);
        }
        // what the slide has no room for is read from the notes
        List<String> notes = new ArrayList<>(ls.notes());
        for (Para p : left) {
            if (frames.stream().noneMatch(f -> f.paras().contains(p))) {
                notes.add(p.text().replace('\u00a0', ' ').strip());
            }
        }
        return new Opening(new Page.Opening(ls.title(), ls.subtitle(), g, frames, notes), tookAgenda);
    }

    /**
     * A layout's subtitle box cut to the lines its text takes, and the details area from there to the footer: a
     * reference deck's subtitle placeholder often reaches far down the slide, leaving nothing below it.
     */
    private SlideGeometry belowSubtitle(SlideGeometry g, List<Span> subtitle) {
        Rectangle2D sub = g.subtitle();
        if (!subtitle.isEmpty()) {
            double needed = heightIn(List.of(Para.plain(subtitle)), FrameStyle.fixed(SlideStyle.SUBTITLE_SIZE, 0), sub)
                    / SlideStyle.HEIGHT_SAFETY + 2 * SlideStyle.INSET_Y + 1;
            sub = new Rectangle2D.Double(sub.getX(), sub.getY(), sub.getWidth(), Math.min(sub.getHeight(), needed));
        }
        double top = Math.max(g.title().getMaxY(), sub.getMaxY()) + 8;
        double bottom = g.body().getMaxY();
        Rectangle2D area = new Rectangle2D.Double(g.body().getX(), top, g.body().getWidth(), Math.max(0, bottom - top));
        return new SlideGeometry(g.title(), sub, area, g.footer(), g.number());
    }

    /**
     * The agenda as a frame of the title slide: its own heading, then its lines. The heading keeps its muted
     * path ("会议内容 › 议程"): the heading the agenda looks through is said nowhere else in the deck.
     */
    private static List<Para> agendaFrame(LogicalSlide agenda) {
        List<Para> out = new ArrayList<>();
        List<Span> here = agenda.title().stream().filter(s -> !s.look().muted()).toList();
        String label = here.stream().map(Span::text).collect(java.util.stream.Collectors.joining()).strip();
        // a wrapper that says what the heading says ("Agenda" over the agenda) is not said twice
        boolean pathRepeats = agenda.title().stream().filter(s -> s.look().muted()).anyMatch(s -> s.text().strip().equals(label));
        List<Span> heading = here.isEmpty() || !pathRepeats ? agenda.title() : here;
        out.add(Para.of(Para.Kind.HEADING, heading.stream().map(Span::bold).toList()));
        out.addAll(agenda.paragraphs());
        return out;
    }

    private boolean fits(List<Para> paras, FrameStyle style, Rectangle2D box) {
        Rectangle2D inner = SlideGeometry.inner(box);
        return new TextFlow(measure, style, inner.getWidth()).height(paras) <= inner.getHeight() * SlideStyle.HEIGHT_SAFETY;
    }

    private double heightIn(List<Para> paras, FrameStyle style, Rectangle2D box) {
        return new TextFlow(measure, style, SlideGeometry.inner(box).getWidth()).height(paras);
    }

    /** The paragraphs that fit the box, as a frame in it (none when not one fits); returns all it was given. */
    private List<Para> fitted(List<Para> paras, FrameStyle style, Rectangle2D box, List<Frame> frames) {
        Rectangle2D inner = SlideGeometry.inner(box);
        TextFlow flow = new TextFlow(measure, style, inner.getWidth());
        List<Para> shown = new ArrayList<>();
        double used = 0;
        for (Para p : paras) {
            double h = flow.height(p);
            if (used + h > inner.getHeight() * SlideStyle.HEIGHT_SAFETY) {
                break;
            }
            shown.add(p);
            used += h;
        }
        if (!shown.isEmpty()) {
            frames.add(new Frame(box, style, shown));
        }
        return paras;
    }

    /** The slide's own heading as a large title, the path before it (or the template's subtitle) under it. */
    private Page closing(LogicalSlide ls) {
        List<Span> here = ls.title().stream().filter(s -> !s.look().muted()).toList();
        List<Span> path = new ArrayList<>(ls.title().stream().filter(s -> s.look().muted()).toList());
        while (!path.isEmpty() && path.getLast().text().strip().equals("›")) {
            path.removeLast();
        }
        if (!path.isEmpty() && path.getLast().text().endsWith(" › ")) {
            path.set(path.size() - 1, path.getLast().withText(path.getLast().text().replaceAll(" › $", "")));
        }
        List<Span> subtitle = !ls.subtitle().isEmpty() ? ls.subtitle() : DeckReader.trim(path);
        return new Page.Closing(ls.layout(), ls.title(), here.isEmpty() ? ls.title() : here, subtitle, ls.notes());
    }

    /** An agenda too long for one column runs in two, side by side, before it continues on another slide. */
    private List<Page> agenda(LogicalSlide ls) {
        SlideGeometry g = template.geometry(SlideKind.AGENDA);
        TextFlow whole = new TextFlow(measure, FrameStyle.BODY, g.bodyWidth());
        if (whole.height(ls.paragraphs()) <= g.bodyRoom()) {
            return text(ls, SlideKind.AGENDA);
        }
        Rectangle2D column = SlideGeometry.inner(g.columns()[0]);
        List<List<Para>> columns = new Paginator<>(new TextFlow(measure, FrameStyle.BODY, column.getWidth()))
                .paginate(ls.paragraphs(), column.getHeight() * SlideStyle.HEIGHT_SAFETY);
        List<Page> out = new ArrayList<>();
        int total = (columns.size() + 1) / 2;
        for (int c = 0; c < columns.size(); c += 2) {
            out.add(new Page.Text(SlideKind.AGENDA, withSuffix(ls.title(), c / 2, total), columns.get(c),
                    c + 1 < columns.size() ? columns.get(c + 1) : List.of(), ls.notes()));
        }
        return out;
    }

    private List<Page> text(LogicalSlide ls, SlideKind layout) {
        SlideGeometry g = template.geometry(layout);
        return new Stacking(measure, g.bodyWidth(), g.bodyRoom(), 0, deck.continuedSuffix()).pages(List.of(ls), layout);
    }

    /**
     * A short paragraph that ends the text just before a table or a picture of the same section ("Numbers below
     * the line:", "如下图：") introduces it: it moves onto that slide, above the table or picture, instead of being
     * left on a slide of its own or at the foot of the text before. A thematic break before the table keeps them
     * apart. What moved is kept in {@link #leads}.
     */
    private List<LogicalSlide> withLeadIns(List<LogicalSlide> slides) {
        List<LogicalSlide> out = new ArrayList<>(slides);
        SlideGeometry g = template.geometry(SlideKind.CONTENT);
        TextFlow flow = new TextFlow(measure, FrameStyle.BODY, g.body().getWidth() - 2 * SlideStyle.INSET_X);
        for (int i = out.size() - 2; i >= 0; i--) {
            LogicalSlide text = out.get(i);
            LogicalSlide next = out.get(i + 1);
            boolean introduced = next.layout() == SlideKind.TABLE && !next.tables().isEmpty()
                    || next.layout() == SlideKind.IMAGE && next.figure() != null;
            if (text.layout() != SlideKind.CONTENT || !introduced || next.breakBefore()
                    || !keys(text).equals(keys(next)) || text.frames().size() != 1) {
                continue;
            }
            List<Para> body = text.frames().getFirst();
            Para last = body.isEmpty() ? null : body.getLast();
            if (last == null || last.kind() != Para.Kind.PLAIN || last.level() > 0 || last.continuesPrevious()
                    || flow.lines(last) > LEAD_LINES) {
                continue;
            }
            leads.put(next, List.of(last));
            List<Para> rest = body.subList(0, body.size() - 1);
            if (rest.isEmpty()) {
                out.remove(i);
            } else {
                out.set(i, withFrames(text, List.of(rest)));
            }
        }
        return out;
    }

    /**
     * The lead of a table or picture slide when it takes at most a third of the slide's body; a longer one (larger
     * text in another deck template) is a text slide before it, added to {@code out}.
     */
    private List<Para> lead(LogicalSlide ls, SlideGeometry g, List<Page> out) {
        List<Para> lead = leads.getOrDefault(ls, List.of());
        if (!lead.isEmpty() && TextFlow.leadHeight(measure, lead, g.body().getWidth()) > g.body().getHeight() / 3) {
            out.addAll(text(withFrames(ls, List.of(lead)), SlideKind.CONTENT));
            return List.of();
        }
        return lead;
    }

    /** At most this many lines introduce a table; a longer paragraph is text of its own. */
    private static final int LEAD_LINES = 3;

    private static List<String> keys(LogicalSlide s) {
        return s.path().stream().map(Deck.Step::key).toList();
    }

    private static LogicalSlide withFrames(LogicalSlide s, List<List<Para>> frames) {
        return new LogicalSlide(s.layout(), s.title(), s.path(), s.subtitle(), frames, s.figure(), s.tables(), s.notes(),
                s.level(), s.breakBefore(), s.line());
    }

    private List<Page> tables(LogicalSlide ls) {
        SlideGeometry g = template.geometry(SlideKind.TABLE);
        List<Page> out = new ArrayList<>();
        List<Para> lead = lead(ls, g, out);
        double leadHeight = TextFlow.leadHeight(measure, lead, g.body().getWidth());
        double bodyRoom = g.body().getHeight() * SlideStyle.HEIGHT_SAFETY;
        record Rows(Grid grid, double[] widths, List<Integer> rows) {
        }
        List<Rows> all = new ArrayList<>();
        for (Grid grid : ls.tables()) {
            TableLayout table = new TableLayout(measure, grid, g.body().getWidth());
            double room = bodyRoom - table.headerHeight();
            double firstRoom = all.isEmpty() ? room - leadHeight : room;
            for (List<Integer> rows : new Paginator<>(table).paginate(table.rows(), firstRoom, room)) {
                all.add(new Rows(grid, table.widths(), rows));
            }
        }
        for (int page = 0; page < all.size(); page++) {
            Rows r = all.get(page);
            out.add(new Page.TableRows(withSuffix(ls.title(), page, all.size()), page == 0 ? lead : List.of(), r.grid(),
                    r.widths(), r.rows(), ls.notes()));
        }
        return out;
    }

    /** The title of page {@code page} of {@code total}: "（续 2/3）" after it from the second on. */
    private List<Span> withSuffix(List<Span> title, int page, int total) {
        if (total <= 1 || page == 0) {
            return title;
        }
        List<Span> out = new ArrayList<>(title);
        String suffix = deck.continuedSuffix().replace("{n}", String.valueOf(page + 1)).replace("{total}", String.valueOf(total));
        out.add(Span.plain(suffix).continuation());
        return out;
    }
}
