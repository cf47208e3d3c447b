package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Page.Frame;
import io.weeklyreport.render.pptx.TextFlow.FrameStyle;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The deck's logical slides composed into the slides a person sees, before anything is drawn: which kind of
 * slide each becomes, what goes on it and where a continuation begins. A pure step (text is measured, nothing
 * is written), as pandoc turns a document into a presentation before writing the archive.
 */
final class DeckComposer {
    private final DeckTemplate template;
    private final TextMeasure measure;
    private final Deck deck;

    DeckComposer(DeckTemplate template, TextMeasure measure, Deck deck) {
        this.template = template;
        this.measure = measure;
        this.deck = deck;
    }

    List<Page> compose() {
        List<Page> pages = new ArrayList<>();
        for (LogicalSlide slide : deck.slides()) {
            pages.addAll(pages(slide));
        }
        return pages;
    }

    private List<Page> pages(LogicalSlide slide) {
        return switch (slide.layout()) {
            case TITLE -> opening(slide);
            case CLOSING, SECTION -> List.of(closing(slide));
            case IMAGE -> {
                ImageFile image = slide.figure() == null ? null : ImageFile.read(slide.figure().file()).orElse(null);
                yield image != null ? List.of(new Page.Picture(slide.title(), image, slide.paragraphs(), slide.notes()))
                        : text(slide, SlideKind.CONTENT);   // no picture we can show: its caption and placeholder as text
            }
            case TABLE -> slide.tables().isEmpty() ? text(slide, SlideKind.CONTENT) : tables(slide);
            case AGENDA -> text(slide, SlideKind.AGENDA);
            case CONTENT -> text(slide, SlideKind.CONTENT);
        };
    }

    private List<Page> opening(LogicalSlide ls) {
        SlideGeometry g = template.geometry(SlideKind.TITLE);
        Rectangle2D area = g.body();
        List<List<Para>> frames = ls.frames();
        List<Rectangle2D> boxes = new ArrayList<>();
        List<FrameStyle> styles = new ArrayList<>();
        if (frames.size() == 1) {
            boxes.add(area);
            styles.add(FrameStyle.fixed(SlideStyle.MEETING_SIZE, 4));
        } else if (frames.size() >= 2) {
            double gap = 16;
            double left = (area.getWidth() - gap) * 0.56;
            boxes.add(new Rectangle2D.Double(area.getX(), area.getY(), left, area.getHeight()));
            boxes.add(new Rectangle2D.Double(area.getX() + left + gap, area.getY(), area.getWidth() - left - gap, area.getHeight()));
            styles.add(FrameStyle.fixed(SlideStyle.MEETING_SIZE, 4));
            styles.add(FrameStyle.fixed(SlideStyle.MEETING_LINES_SIZE, 2));
        }
        List<List<List<Para>>> pagesPerFrame = new ArrayList<>();
        int total = 1;
        for (int f = 0; f < boxes.size(); f++) {
            Rectangle2D inner = SlideGeometry.inner(boxes.get(f));
            TextFlow flow = new TextFlow(measure, styles.get(f), inner.getWidth());
            List<List<Para>> pages = new Paginator<>(flow).paginate(frames.get(f), inner.getHeight() * SlideStyle.HEIGHT_SAFETY);
            pagesPerFrame.add(pages);
            total = Math.max(total, pages.size());
        }
        List<Page> out = new ArrayList<>();
        for (int page = 0; page < total; page++) {
            List<Frame> shown = new ArrayList<>();
            for (int f = 0; f < boxes.size(); f++) {
                List<List<Para>> pages = pagesPerFrame.get(f);
                if (page < pages.size() && !pages.get(page).isEmpty()) {
                    shown.add(new Frame(boxes.get(f), styles.get(f), pages.get(page)));
                }
            }
            out.add(new Page.Opening(withSuffix(ls.title(), page, total), ls.subtitle(), shown, ls.notes()));
        }
        return out;
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

    private List<Page> text(LogicalSlide ls, SlideKind layout) {
        SlideGeometry g = template.geometry(layout);
        TextFlow flow = new TextFlow(measure, FrameStyle.BODY, g.bodyWidth());
        List<List<Para>> pages = new Paginator<>(flow).paginate(ls.paragraphs(), g.bodyRoom());
        List<Page> out = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            out.add(new Page.Text(layout, withSuffix(ls.title(), page, pages.size()), pages.get(page), ls.notes()));
        }
        return out;
    }

    private List<Page> tables(LogicalSlide ls) {
        SlideGeometry g = template.geometry(SlideKind.TABLE);
        List<Page> out = new ArrayList<>();
        record Rows(Grid grid, double[] widths, List<Integer> rows) {
        }
        List<Rows> all = new ArrayList<>();
        for (Grid grid : ls.tables()) {
            TableLayout table = new TableLayout(measure, grid, g.body().getWidth());
            double room = g.body().getHeight() * SlideStyle.HEIGHT_SAFETY - table.headerHeight();
            for (List<Integer> rows : new Paginator<>(table).paginate(table.rows(), room)) {
                all.add(new Rows(grid, table.widths(), rows));
            }
        }
        for (int page = 0; page < all.size(); page++) {
            Rows r = all.get(page);
            out.add(new Page.TableRows(withSuffix(ls.title(), page, all.size()), r.grid(), r.widths(), r.rows(), ls.notes()));
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
