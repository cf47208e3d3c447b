package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Deck.Kind;
import io.weeklyreport.render.pptx.Deck.Layout;
import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Deck.Para;
import io.weeklyreport.render.pptx.Deck.Span;
import io.weeklyreport.render.pptx.Paginator.FrameStyle;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * Turns logical slides into XSLF slides: fills the layout's placeholders with explicitly styled text, adds
 * continuation slides where the {@link Paginator} says so, native tables, pictures, footer, slide number
 * and speaker notes.
 */
final class SlideComposer {
    private static final Insets2D TEXT_INSETS = new Insets2D(SlideStyle.INSET_Y, SlideStyle.INSET_X,
            SlideStyle.INSET_Y, SlideStyle.INSET_X);
    private static final String MONO_FONT = "Consolas";

    private final DeckTemplate template;
    private final XMLSlideShow show;
    private final Deck deck;
    private final TextMeasure measure;
    private final String eastAsiaFont;
    private final String latinFont;
    /** Every text body written, with the box it must fit: what the tests and the fit check look at. */
    private final List<FittedText> fitted = new ArrayList<>();

    /** A text body as laid out: its box, the height its text needs and where it is. */
    record FittedText(int slide, String what, double needed, double available) {
    }

    SlideComposer(DeckTemplate template, Deck deck, TextMeasure measure, String eastAsiaFont, String latinFont) {
        this.template = template;
        this.show = template.show();
        this.deck = deck;
        this.measure = measure;
        this.eastAsiaFont = eastAsiaFont;
        this.latinFont = latinFont;
    }

    List<FittedText> fitted() {
        return List.copyOf(fitted);
    }

    void add(LogicalSlide slide) {
        switch (slide.layout()) {
            case TITLE -> titleSlide(slide);
            case CLOSING -> closingSlide(slide);
            case IMAGE -> {
                if (slide.figure() != null && imageSlide(slide)) {
                    return;
                }
                contentSlides(slide);
            }
            case TABLE -> {
                if (slide.tables().isEmpty()) {
                    contentSlides(slide);
                } else {
                    tableSlides(slide);
                }
            }
            default -> contentSlides(slide);
        }
    }

    // ---- the kinds of slide --------------------------------------------------------------------------

    private void titleSlide(LogicalSlide ls) {
        XSLFSlideLayout layout = template.layout(Layout.TITLE);
        Rectangle2D titleBox = boxOr(layout, defaultTitleBox(), Placeholder.CENTERED_TITLE, Placeholder.TITLE);
        Rectangle2D subtitleBox = boxOr(layout, new Rectangle2D.Double(titleBox.getX(), titleBox.getMaxY() + 4,
                titleBox.getWidth(), 44), Placeholder.SUBTITLE);
        double top = Math.max(subtitleBox.getMaxY(), titleBox.getMaxY()) + 8;
        Rectangle2D area = new Rectangle2D.Double(titleBox.getX(), top, titleBox.getWidth(), footerTop(layout) - 6 - top);
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
            Paginator paginator = new Paginator(measure, styles.get(f));
            Rectangle2D inner = inner(boxes.get(f));
            List<List<Para>> pages = paginator.paginate(frames.get(f), inner.getWidth(), inner.getHeight() * SlideStyle.HEIGHT_SAFETY);
            pagesPerFrame.add(pages);
            total = Math.max(total, pages.size());
        }
        for (int page = 0; page < total; page++) {
            XSLFSlide slide = newSlide(layout);
            Set<XSLFShape> used = new HashSet<>();
            XSLFTextShape title = placeholder(slide, Placeholder.CENTERED_TITLE, Placeholder.TITLE);
            List<Span> titleSpans = withSuffix(ls.title(), page, total);
            if (title != null) {
                used.add(title);
                fitTitle(slide, title, titleBox, titleSpans, new double[] {40, 36, 32, 28, 24}, TextAlign.CENTER, VerticalAlignment.BOTTOM);
            }
            XSLFTextShape subtitle = placeholder(slide, Placeholder.SUBTITLE);
            if (subtitle != null && !ls.subtitle().isEmpty()) {
                used.add(subtitle);
                Para p = new Para(Kind.PLAIN, 0, "", ls.subtitle(), false);
                writeFrame(slide, subtitle, subtitleBox, List.of(p), FrameStyle.fixed(SlideStyle.SUBTITLE_SIZE, 0), TextAlign.CENTER, "subtitle");
            }
            List<Para> shown = new ArrayList<>(ls.subtitle().isEmpty() ? List.of() : List.of(new Para(Kind.PLAIN, 0, "", ls.subtitle(), false)));
            for (int f = 0; f < boxes.size(); f++) {
                List<List<Para>> pages = pagesPerFrame.get(f);
                if (page < pages.size() && !pages.get(page).isEmpty()) {
                    XSLFTextBox box = slide.createTextBox();
                    writeFrame(slide, box, boxes.get(f), pages.get(page), styles.get(f), TextAlign.LEFT, "meeting frame " + (f + 1));
                    shown.addAll(pages.get(page));
                }
            }
            removeUnused(slide, used);
            notes(slide, Span.plain(titleSpans), shown, ls.notes());
        }
    }

    private void closingSlide(LogicalSlide ls) {
        XSLFSlideLayout layout = template.layout(Layout.CLOSING);
        XSLFSlide slide = newSlide(layout);
        Set<XSLFShape> used = new HashSet<>();
        List<Span> here = ls.title().stream().filter(s -> !s.muted()).toList();
        List<Span> path = new ArrayList<>(ls.title().stream().filter(Span::muted).toList());
        while (!path.isEmpty() && path.getLast().text().strip().equals("›")) {
            path.removeLast();
        }
        if (!path.isEmpty() && path.getLast().text().endsWith(" › ")) {
            path.set(path.size() - 1, path.getLast().withText(path.getLast().text().replaceAll(" › $", "")));
        }
        List<Span> subtitle = !ls.subtitle().isEmpty() ? ls.subtitle() : DeckReader.trim(path);
        XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Rectangle2D titleBox = boxOr(layout, defaultTitleBox(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title != null) {
            used.add(title);
            fitTitle(slide, title, titleBox, here.isEmpty() ? ls.title() : here, new double[] {40, 36, 32, 28, 24},
                    TextAlign.LEFT, VerticalAlignment.BOTTOM);
        }
        XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.SUBTITLE);
        if (body != null && !subtitle.isEmpty()) {
            used.add(body);
            Rectangle2D box = boxOr(layout, new Rectangle2D.Double(titleBox.getX(), titleBox.getMaxY() + 6,
                    titleBox.getWidth(), 60), Placeholder.BODY, Placeholder.SUBTITLE);
            Para p = new Para(Kind.PLAIN, 0, "", subtitle, false);
            writeFrame(slide, body, box, List.of(p), FrameStyle.fixed(SlideStyle.SUBTITLE_SIZE, 0), TextAlign.LEFT, "closing subtitle");
        }
        removeUnused(slide, used);
        footer(slide, layout);
        notes(slide, Span.plain(ls.title()), subtitle.isEmpty() ? List.of() : List.of(new Para(Kind.PLAIN, 0, "", subtitle, false)), ls.notes());
    }

    private void contentSlides(LogicalSlide ls) {
        // image and table slides without a picture or table fall back to a content slide
        XSLFSlideLayout layout = template.layout(ls.layout() == Layout.AGENDA ? Layout.AGENDA : Layout.CONTENT);
        Rectangle2D titleBox = boxOr(layout, defaultTitleBox(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Rectangle2D bodyBox = boxOr(layout, defaultBodyBox(layout, titleBox), Placeholder.BODY, Placeholder.CONTENT);
        List<Para> paras = new ArrayList<>();
        ls.frames().forEach(paras::addAll);
        Rectangle2D inner = inner(bodyBox);
        List<List<Para>> pages = new Paginator(measure, FrameStyle.BODY)
                .paginate(paras, inner.getWidth(), inner.getHeight() * SlideStyle.HEIGHT_SAFETY);
        for (int page = 0; page < pages.size(); page++) {
            XSLFSlide slide = newSlide(layout);
            Set<XSLFShape> used = new HashSet<>();
            List<Span> titleSpans = withSuffix(ls.title(), page, pages.size());
            title(slide, layout, titleBox, titleSpans, used);
            if (!pages.get(page).isEmpty()) {
                XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
                if (body == null) {
                    body = slide.createTextBox();
                }
                used.add(body);
                writeFrame(slide, body, bodyBox, pages.get(page), FrameStyle.BODY, TextAlign.LEFT, "body");
            }
            removeUnused(slide, used);
            footer(slide, layout);
            notes(slide, Span.plain(titleSpans), pages.get(page), ls.notes());
        }
    }

    /** A picture scaled to fit below the title, its caption under it. False when the file is no picture we know. */
    private boolean imageSlide(LogicalSlide ls) {
        ImageFile image = ImageFile.read(ls.figure().file()).orElse(null);
        if (image == null) {
            return false;
        }
        XSLFSlideLayout layout = template.layout(Layout.IMAGE);
        Rectangle2D titleBox = boxOr(layout, defaultTitleBox(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Rectangle2D area = defaultBodyBox(layout, titleBox);
        XSLFSlide slide = newSlide(layout);
        Set<XSLFShape> used = new HashSet<>();
        title(slide, layout, titleBox, ls.title(), used);
        List<Para> caption = new ArrayList<>();
        ls.frames().forEach(caption::addAll);
        double captionHeight = 0;
        FrameStyle captionStyle = FrameStyle.fixed(SlideStyle.MIN_BODY_SIZE, 0);
        if (!caption.isEmpty()) {
            captionHeight = new Paginator(measure, captionStyle).height(caption, area.getWidth() - 2 * SlideStyle.INSET_X)
                    / SlideStyle.HEIGHT_SAFETY + 2 * SlideStyle.INSET_Y;
        }
        double maxW = area.getWidth();
        double maxH = area.getHeight() - captionHeight - (captionHeight > 0 ? 6 : 0);
        double scale = Math.min(maxW / image.width(), maxH / image.height());
        scale = Math.min(scale, 2.0);   // a small picture is not blown up into a blur
        double w = image.width() * scale;
        double h = image.height() * scale;
        XSLFPictureData data = show.addPicture(image.bytes(), pictureType(image.format()));
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(new Rectangle2D.Double(area.getX() + (maxW - w) / 2, area.getY() + (maxH - h) / 2, w, h));
        if (!caption.isEmpty()) {
            XSLFTextBox box = slide.createTextBox();
            writeFrame(slide, box, new Rectangle2D.Double(area.getX(), area.getMaxY() - captionHeight, area.getWidth(), captionHeight),
                    caption, captionStyle, TextAlign.CENTER, "caption");
        }
        removeUnused(slide, used);
        footer(slide, layout);
        List<Para> noted = new ArrayList<>(caption);
        noted.add(new Para(Kind.PLAIN, 0, "", List.of(Span.plain(image.path().getFileName().toString())), false));
        notes(slide, Span.plain(ls.title()), noted, ls.notes());
        return true;
    }

    private void tableSlides(LogicalSlide ls) {
        XSLFSlideLayout layout = template.layout(Layout.TABLE);
        Rectangle2D titleBox = boxOr(layout, defaultTitleBox(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Rectangle2D area = defaultBodyBox(layout, titleBox);
        record TablePage(Grid grid, double[] widths, List<Integer> rows) {
        }
        List<TablePage> pages = new ArrayList<>();
        for (Grid grid : ls.tables()) {
            int columns = Math.max(1, grid.columns());
            double[] widths = columnWidths(grid, columns, area.getWidth());
            double headerHeight = grid.header().isEmpty() ? 0 : rowHeight(grid.header(), widths, true);
            double room = area.getHeight() * SlideStyle.HEIGHT_SAFETY - headerHeight;
            List<Integer> rows = new ArrayList<>();
            double used = 0;
            for (int r = 0; r < grid.rows().size(); r++) {
                double h = rowHeight(grid.rows().get(r), widths, false);
                if (!rows.isEmpty() && used + h > room) {
                    pages.add(new TablePage(grid, widths, rows));
                    rows = new ArrayList<>();
                    used = 0;
                }
                rows.add(r);
                used += h;
            }
            pages.add(new TablePage(grid, widths, rows));
        }
        for (int page = 0; page < pages.size(); page++) {
            TablePage tp = pages.get(page);
            XSLFSlide slide = newSlide(layout);
            Set<XSLFShape> used = new HashSet<>();
            List<Span> titleSpans = withSuffix(ls.title(), page, pages.size());
            title(slide, layout, titleBox, titleSpans, used);
            List<Para> shown = table(slide, tp.grid(), tp.widths(), tp.rows(), area);
            removeUnused(slide, used);
            footer(slide, layout);
            notes(slide, Span.plain(titleSpans), shown, ls.notes());
        }
    }

    // ---- tables --------------------------------------------------------------------------------------

    private double[] columnWidths(Grid grid, int columns, double total) {
        double[] natural = new double[columns];
        List<List<List<Span>>> all = new ArrayList<>(grid.rows());
        all.add(grid.header());
        for (List<List<Span>> row : all) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], measure.lineWidth(row.get(c), SlideStyle.TABLE_SIZE) + 2 * SlideStyle.INSET_X + 4);
            }
        }
        double sum = 0;
        for (double n : natural) {
            sum += Math.max(n, 40);
        }
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            // share the width by what each column holds; a short column keeps at least its words' width
            widths[c] = total * Math.max(natural[c], 40) / sum;
        }
        return widths;
    }

    private double rowHeight(List<List<Span>> cells, double[] widths, boolean header) {
        double h = 0;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            List<Span> spans = header ? bold(cells.get(c)) : cells.get(c);
            int lines = measure.lineStarts(spans, SlideStyle.TABLE_SIZE, widths[c] - 2 * SlideStyle.INSET_X).size();
            h = Math.max(h, lines * SlideStyle.linePitch(SlideStyle.TABLE_SIZE));
        }
        return Math.max(h, SlideStyle.linePitch(SlideStyle.TABLE_SIZE)) + 2 * SlideStyle.INSET_Y;
    }

    private List<Para> table(XSLFSlide slide, Grid grid, double[] widths, List<Integer> rowIndexes, Rectangle2D area) {
        boolean hasHeader = !grid.header().isEmpty();
        int rows = rowIndexes.size() + (hasHeader ? 1 : 0);
        int columns = widths.length;
        XSLFTable table = slide.createTable(Math.max(1, rows), columns);
        double totalHeight = 0;
        List<Para> shown = new ArrayList<>();
        int r = 0;
        if (hasHeader) {
            totalHeight += fillRow(table, r++, grid.header(), widths, true);
            shown.add(new Para(Kind.PLAIN, 0, "", join(grid.header()), false));
        }
        for (int index : rowIndexes) {
            totalHeight += fillRow(table, r, grid.rows().get(index), widths, false);
            if (r % 2 == 0) {
                for (int c = 0; c < columns; c++) {
                    table.getCell(r, c).setFillColor(SlideStyle.TABLE_BAND);
                }
            }
            shown.add(new Para(Kind.PLAIN, 0, "", join(grid.rows().get(index)), false));
            r++;
        }
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), totalHeight));
        fitted.add(new FittedText(show.getSlides().size(), "table", totalHeight, area.getHeight()));
        return shown;
    }

    private double fillRow(XSLFTable table, int r, List<List<Span>> cells, double[] widths, boolean header) {
        double h = rowHeight(cells, widths, header);
        table.setRowHeight(r, h);
        for (int c = 0; c < widths.length; c++) {
            XSLFTableCell cell = table.getCell(r, c);
            cell.clearText();
            cell.setInsets(TEXT_INSETS);
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            for (BorderEdge edge : BorderEdge.values()) {
                cell.setBorderColor(edge, SlideStyle.RULE);
                cell.setBorderWidth(edge, 0.75);
            }
            if (header) {
                cell.setFillColor(SlideStyle.TABLE_HEADER);
            }
            List<Span> spans = c < cells.size() ? (header ? bold(cells.get(c)) : cells.get(c)) : List.of();
            XSLFTextParagraph p = cell.addNewTextParagraph();
            paragraphLook(p, new Para(Kind.PLAIN, 0, "", spans, false), SlideStyle.TABLE_SIZE, 0, TextAlign.LEFT);
            runs(p, spans, s -> SlideStyle.TABLE_SIZE, header ? Color.WHITE : null);
        }
        return h;
    }

    private static List<Span> bold(List<Span> spans) {
        return spans.stream().map(s -> new Span(s.text(), true, s.italic(), s.mono(), s.strike(), s.muted(), s.chip(), s.href())).toList();
    }

    private static List<Span> join(List<List<Span>> cells) {
        List<Span> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.add(Span.plain(" | "));
            }
            out.addAll(cells.get(c));
        }
        return out;
    }

    // ---- titles --------------------------------------------------------------------------------------

    private void title(XSLFSlide slide, XSLFSlideLayout layout, Rectangle2D titleBox, List<Span> spans, Set<XSLFShape> used) {
        XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title == null) {
            title = slide.createTextBox();
        }
        used.add(title);
        fitTitle(slide, title, titleBox, spans, new double[] {SlideStyle.TITLE_SIZE, 26, 24, 22, 20}, TextAlign.LEFT, VerticalAlignment.MIDDLE);
    }

    /**
     * Sets a title in the largest size that fits its box; the path before the slide's own title is set
     * smaller and, when even the smallest size does not fit, shortened from the front ("… › 功能支持").
     */
    private void fitTitle(XSLFSlide slide, XSLFTextShape shape, Rectangle2D box, List<Span> spans, double[] sizes,
                          TextAlign align, VerticalAlignment anchor) {
        Rectangle2D inner = inner(box);
        List<Span> current = spans;
        while (true) {
            for (double size : sizes) {
                double crumb = Math.max(14, Math.round(size * 0.72));
                ToDoubleFunction<Span> sizeOf = s -> s.muted() && !isSuffix(s) ? crumb : size;
                int lines = measure.lineStarts(current, sizeOf, inner.getWidth()).size();
                double needed = lines * SlideStyle.linePitch(size);
                if (needed <= inner.getHeight() * SlideStyle.HEIGHT_SAFETY) {
                    writeTitle(slide, shape, box, current, sizeOf, size, align, anchor, needed, inner.getHeight());
                    return;
                }
            }
            List<Span> shorter = shortenTitle(current);
            if (shorter == null) {
                double size = sizes[sizes.length - 1];
                ToDoubleFunction<Span> sizeOf = s -> size;
                double needed = measure.lineStarts(current, sizeOf, inner.getWidth()).size() * SlideStyle.linePitch(size);
                writeTitle(slide, shape, box, current, sizeOf, size, align, anchor, needed, inner.getHeight());
                return;
            }
            current = shorter;
        }
    }

    private static boolean isSuffix(Span s) {
        return s.chip() != null && s.chip().equals("continued");
    }

    /** Drops the first crumb of the path (keeping an ellipsis), then shortens the slide's own title. */
    private static List<Span> shortenTitle(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        int firstCrumb = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).muted() && !isSuffix(out.get(i)) && !out.get(i).text().equals("… › ")) {
                firstCrumb = i;
                break;
            }
        }
        if (firstCrumb >= 0) {
            out.remove(firstCrumb);
            if (firstCrumb < out.size() && out.get(firstCrumb).muted() && out.get(firstCrumb).text().strip().equals("›")) {
                out.remove(firstCrumb);
            }
            if (out.stream().noneMatch(s -> s.text().equals("… › "))) {
                out.addFirst(new Span("… › ", false, false, false, false, true, null, null));
            }
            return out;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Span s = out.get(i);
            if (!s.muted() && s.text().length() > 4) {
                String t = s.text().endsWith("…") ? s.text().substring(0, s.text().length() - 1) : s.text();
                out.set(i, s.withText(t.substring(0, t.length() - Math.max(1, t.length() / 8)).stripTrailing() + "…"));
                return out;
            }
        }
        return null;
    }

    private void writeTitle(XSLFSlide slide, XSLFTextShape shape, Rectangle2D box, List<Span> spans,
                            ToDoubleFunction<Span> sizeOf, double size, TextAlign align, VerticalAlignment anchor,
                            double needed, double available) {
        textBody(shape, box, anchor);
        shape.clearText();
        XSLFTextParagraph p = shape.addNewTextParagraph();
        paragraphLook(p, new Para(Kind.PLAIN, 0, "", spans, false), size, 0, align);
        runs(p, spans, sizeOf, SlideStyle.TITLE);
        fitted.add(new FittedText(show.getSlides().size(), "title", needed, available));
    }

    private List<Span> withSuffix(List<Span> title, int page, int total) {
        if (total <= 1 || page == 0) {
            return title;
        }
        List<Span> out = new ArrayList<>(title);
        String suffix = deck.continuedSuffix().replace("{n}", String.valueOf(page + 1)).replace("{total}", String.valueOf(total));
        out.add(new Span(suffix, false, false, false, false, true, "continued", null));
        return out;
    }

    // ---- text ----------------------------------------------------------------------------------------

    private void writeFrame(XSLFSlide slide, XSLFTextShape shape, Rectangle2D box, List<Para> paras, FrameStyle style,
                            TextAlign align, String what) {
        textBody(shape, box, VerticalAlignment.TOP);
        shape.clearText();
        for (Para para : paras) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            double size = style.size(para);
            paragraphLook(p, para, size, style.spaceBefore(para), align);
            runs(p, para.spans(), s -> size, para.kind() == Kind.CAPTION ? SlideStyle.MUTED : null);
        }
        Rectangle2D inner = inner(box);
        double needed = new Paginator(measure, style).height(paras, inner.getWidth());
        fitted.add(new FittedText(show.getSlides().size(), what, needed, inner.getHeight()));
    }

    /** Position, insets, wrapping; never "shrink text on overflow": the paginator made it fit. */
    private static void textBody(XSLFTextShape shape, Rectangle2D box, VerticalAlignment anchor) {
        shape.setAnchor(box);
        shape.setInsets(TEXT_INSETS);
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(anchor);
    }

    private static void paragraphLook(XSLFTextParagraph p, Para para, double size, double spaceBefore, TextAlign align) {
        p.setTextAlign(align);
        p.setLeftMargin(SlideStyle.marginLeft(para));
        p.setIndent(SlideStyle.indent(para));
        p.setRightMargin(0d);
        p.setLineSpacing(-SlideStyle.linePitch(size));   // negative: exact points, so the measured height holds
        p.setSpaceBefore(-spaceBefore);
        p.setSpaceAfter(0d);
        if (para.level() > 0) {
            p.setIndentLevel(para.level() - 1);
        }
        if (para.bulleted() && para.kind() == Kind.BULLET) {
            p.setBullet(true);
            p.setBulletCharacter(SlideStyle.bulletChar(para.level()));
            p.setBulletFont("Arial");
            p.setBulletFontColor(SlideStyle.ACCENT);
        } else {
            p.setBullet(false);
        }
    }

    private void runs(XSLFTextParagraph p, List<Span> spans, ToDoubleFunction<Span> sizeOf, Color defaultColour) {
        for (Span span : spans) {
            String[] pieces = span.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    p.addLineBreak();
                }
                if (!pieces[i].isEmpty()) {
                    run(p.addNewTextRun(), span, pieces[i], sizeOf.applyAsDouble(span), defaultColour);
                }
            }
        }
    }

    private void run(XSLFTextRun run, Span span, String text, double size, Color defaultColour) {
        run.setText(text);
        run.setFontSize(size);
        run.setBold(span.bold());
        run.setItalic(span.italic());
        run.setStrikethrough(span.strike());
        if (span.chip() != null && !isSuffix(span)) {
            run.setFontColor(SlideStyle.chipText(span.chip()));
            run.setHighlightColor(SlideStyle.chipBackground(span.chip()));
        } else if (span.href() != null) {
            run.setFontColor(SlideStyle.LINK);
        } else if (span.muted()) {
            run.setFontColor(SlideStyle.MUTED);
        } else if (defaultColour != null) {
            run.setFontColor(defaultColour);
        } else {
            run.setFontColor(SlideStyle.TEXT);
        }
        if (span.mono()) {
            run.setFontFamily(MONO_FONT, FontGroup.LATIN);
        } else if (template.builtIn()) {
            run.setFontFamily(latinFont, FontGroup.LATIN);
        }
        run.setFontFamily(eastAsiaFont, FontGroup.EAST_ASIAN);
        language(((CTRegularTextRun) run.getXmlObject()).getRPr(), text);
        if (span.href() != null) {
            link(run, span.href());
        }
    }

    /** zh-CN for Chinese text (spell checking, line breaking, font choice), the deck's language otherwise. */
    private void language(CTTextCharacterProperties rPr, String text) {
        boolean cjk = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        String lang = cjk || deck.chinese() ? "zh-CN" : deck.language();
        rPr.setLang(lang);
        rPr.setAltLang(lang.equals("zh-CN") ? "en-US" : "zh-CN");
    }

    private static void link(XSLFTextRun run, String href) {
        try {
            run.createHyperlink().setAddress(safeUrl(href));
        } catch (RuntimeException e) {
            // a link Office cannot store stays text; the URL is still in the speaker notes
        }
    }

    /** A URL with spaces or Chinese in it, made ASCII the way a browser sends it. */
    static String safeUrl(String href) {
        try {
            return URI.create(href).toASCIIString();
        } catch (IllegalArgumentException e) {
            try {
                URI uri = new URI(null, href, null);
                return uri.toASCIIString();
            } catch (java.net.URISyntaxException e2) {
                return href.replace(" ", "%20");
            }
        }
    }

    // ---- slide furniture -----------------------------------------------------------------------------

    private XSLFSlide newSlide(XSLFSlideLayout layout) {
        XSLFSlide slide = show.createSlide(layout);
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                t.clearText();   // the layout's prompts ("Click to edit Master title style")
            }
        }
        return slide;
    }

    private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... kinds) {
        for (Placeholder kind : kinds) {
            for (XSLFShape s : slide.getShapes()) {
                if (s instanceof XSLFTextShape t && t.getPlaceholderDetails() != null
                        && t.getPlaceholderDetails().getPlaceholder() == kind && !(s instanceof XSLFTableCell)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static void removeUnused(XSLFSlide slide, Set<XSLFShape> used) {
        List<XSLFShape> unused = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFSimpleShape simple && simple.getPlaceholderDetails() != null
                    && simple.getPlaceholderDetails().getPlaceholder() != null && !used.contains(s)) {
                unused.add(s);
            }
        }
        unused.forEach(slide::removeShape);
    }

    /** The footer (title and date) and the slide number, as text boxes where the layout puts them. */
    private void footer(XSLFSlide slide, XSLFSlideLayout layout) {
        Dimension page = show.getPageSize();
        Rectangle2D footerBox = boxOr(layout, new Rectangle2D.Double(page.width * 0.05, page.height * 0.93,
                page.width * 0.7, page.height * 0.045), Placeholder.FOOTER);
        Rectangle2D numberBox = boxOr(layout, new Rectangle2D.Double(page.width * 0.8, page.height * 0.93,
                page.width * 0.15, page.height * 0.045), Placeholder.SLIDE_NUMBER);
        if (!deck.footer().isBlank()) {
            double size = SlideStyle.FOOTER_SIZE;
            double width = inner(footerBox).getWidth();
            String text = deck.footer();
            while (size > 8 && measure.lineWidth(List.of(Span.plain(text)), size) > width) {
                size -= 1;
            }
            while (text.length() > 8 && measure.lineWidth(List.of(Span.plain(text)), size) > width) {
                text = text.substring(0, text.length() - 2) + "…";
            }
            XSLFTextBox box = slide.createTextBox();
            textBody(box, footerBox, VerticalAlignment.MIDDLE);
            box.clearText();
            XSLFTextParagraph p = box.addNewTextParagraph();
            paragraphLook(p, new Para(Kind.PLAIN, 0, "", List.of(), false), size, 0, TextAlign.LEFT);
            run(p.addNewTextRun(), new Span(text, false, false, false, false, true, null, null), text, size, null);
        }
        XSLFTextBox number = slide.createTextBox();
        textBody(number, numberBox, VerticalAlignment.MIDDLE);
        number.clearText();
        XSLFTextParagraph p = number.addNewTextParagraph();
        paragraphLook(p, new Para(Kind.PLAIN, 0, "", List.of(), false), SlideStyle.FOOTER_SIZE, 0, TextAlign.RIGHT);
        // a field, so the number stays right when slides are moved; its text is the number for viewers that do not update fields
        CTTextField field = p.getXmlObject().addNewFld();
        field.setId("{" + UUID.nameUUIDFromBytes(("slidenum" + show.getSlides().size()).getBytes()).toString().toUpperCase() + "}");
        field.setType("slidenum");
        CTTextCharacterProperties rPr = field.addNewRPr();
        rPr.setSz((int) Math.round(SlideStyle.FOOTER_SIZE * 100));
        rPr.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0x6b, (byte) 0x76, (byte) 0x88});
        language(rPr, "");
        field.setT(String.valueOf(show.getSlides().size()));
    }

    // ---- speaker notes -------------------------------------------------------------------------------

    /** The full text of what the slide shows, one line per paragraph, each followed by its URLs. */
    private void notes(XSLFSlide slide, String title, List<Para> shown, List<String> extra) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        String colon = deck.chinese() ? "：" : ": ";
        for (Para p : shown) {
            String indent = "  ".repeat(Math.max(0, p.level() - 1));
            String bullet = p.bulleted() && p.kind() == Kind.BULLET ? "• " : p.continued() ? "… " : "";
            lines.add(indent + bullet + p.text().replace('\u00a0', ' ').strip());
            List<String> urls = p.urls();
            if (!urls.isEmpty()) {
                lines.add(indent + "  " + deck.linksLabel() + colon + String.join("  ", urls));
            }
        }
        lines.addAll(extra);
        boolean newMaster = show.getNotesMaster() == null;
        XSLFNotes notes = show.getNotesSlide(slide);
        if (newMaster) {
            DeckTemplate.trimNotesMaster(show);   // ours, made just now: the next notes pages copy less
        }
        XSLFTextShape body = null;
        for (XSLFTextShape s : notes.getPlaceholders()) {
            if (s.getTextType() == Placeholder.BODY) {
                body = s;
            }
        }
        if (body == null) {
            body = notes.createTextBox();
        }
        body.clearText();
        for (String line : lines) {
            XSLFTextParagraph p = body.addNewTextParagraph();
            XSLFTextRun r = p.addNewTextRun();
            r.setText(line);
            r.setFontFamily(eastAsiaFont, FontGroup.EAST_ASIAN);
            language(((CTRegularTextRun) r.getXmlObject()).getRPr(), line);
        }
    }

    // ---- geometry ------------------------------------------------------------------------------------

    private static Rectangle2D boxOr(XSLFSlideLayout layout, Rectangle2D fallback, Placeholder... kinds) {
        Rectangle2D box = DeckTemplate.box(layout, kinds);
        return box != null && box.getWidth() > 0 && box.getHeight() > 0 ? box : fallback;
    }

    private Rectangle2D defaultTitleBox() {
        Dimension page = show.getPageSize();
        return new Rectangle2D.Double(page.width * 0.05, page.height * 0.03, page.width * 0.9, page.height * 0.15);
    }

    /** Where a slide's content goes: the layout's body box, else the room between title and footer. */
    private Rectangle2D defaultBodyBox(XSLFSlideLayout layout, Rectangle2D titleBox) {
        Rectangle2D body = DeckTemplate.box(template.layout(Layout.CONTENT), Placeholder.BODY, Placeholder.CONTENT);
        if (body != null) {
            return body;
        }
        double top = titleBox.getMaxY() + 10;
        return new Rectangle2D.Double(titleBox.getX(), top, titleBox.getWidth(), footerTop(layout) - 8 - top);
    }

    private double footerTop(XSLFSlideLayout layout) {
        Rectangle2D footer = DeckTemplate.box(layout, Placeholder.FOOTER, Placeholder.SLIDE_NUMBER, Placeholder.DATETIME);
        return footer != null ? footer.getY() : show.getPageSize().height * 0.92;
    }

    static Rectangle2D inner(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + SlideStyle.INSET_X, box.getY() + SlideStyle.INSET_Y,
                box.getWidth() - 2 * SlideStyle.INSET_X, box.getHeight() - 2 * SlideStyle.INSET_Y);
    }

    // ---- pictures ------------------------------------------------------------------------------------

    private static PictureType pictureType(ImageFile.Format format) {
        return PictureType.valueOf(format.name()); // the formats ImageFile knows carry POI's names
    }
}
