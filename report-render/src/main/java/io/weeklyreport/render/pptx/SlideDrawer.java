package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Page.Frame;
import io.weeklyreport.render.pptx.TextFlow.FrameStyle;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
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
import org.apache.poi.xslf.usermodel.XSLFTextShape;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws composed {@link Page}s as XSLF slides: the layout's placeholders filled with explicitly styled text,
 * native tables, pictures, footer, slide number and speaker notes.
 */
final class SlideDrawer {
    private final DeckTemplate template;
    private final XMLSlideShow show;
    private final TextMeasure measure;
    private final TextRuns runs;
    private final TitleFit titles;
    private final SlideFooter footer;
    private final SpeakerNotes notes;
    /** Every text body written, with the box it must fit: what the tests and the fit check look at. */
    private final List<FittedText> fitted = new ArrayList<>();

    /** A text body as laid out: its box, the height its text needs and where it is. */
    record FittedText(int slide, String what, double needed, double available) {
    }

    SlideDrawer(DeckTemplate template, TextMeasure measure, TextRuns runs, Deck deck) {
        this.template = template;
        this.show = template.show();
        this.measure = measure;
        this.runs = runs;
        this.titles = new TitleFit(measure);
        this.footer = new SlideFooter(measure, runs, deck.footer());
        this.notes = new SpeakerNotes(show, runs, deck);
    }

    List<FittedText> fitted() {
        return List.copyOf(fitted);
    }

    void draw(Page page) {
        switch (page) {
            case Page.Opening o -> opening(o);
            case Page.Closing c -> closing(c);
            case Page.Text t -> text(t);
            case Page.Picture p -> picture(p);
            case Page.TableRows t -> table(t);
        }
    }

    // ---- the kinds of slide --------------------------------------------------------------------------

    private void opening(Page.Opening page) {
        SlideGeometry g = page.geometry();
        XSLFSlide slide = newSlide(template.layout(SlideKind.TITLE));
        Set<XSLFShape> used = new HashSet<>();
        XSLFTextShape title = placeholder(slide, Placeholder.CENTERED_TITLE, Placeholder.TITLE);
        if (title != null) {
            used.add(title);
            writeTitle(title, g.title(), page.title(), TitleFit.OPENING_SIZES, TextAlign.CENTER, VerticalAlignment.BOTTOM);
        }
        XSLFTextShape subtitle = placeholder(slide, Placeholder.SUBTITLE);
        List<Para> shown = new ArrayList<>();
        if (!page.subtitle().isEmpty()) {
            Para p = Para.plain(page.subtitle());
            shown.add(p);
            if (subtitle != null) {
                used.add(subtitle);
                writeFrame(subtitle, g.subtitle(), List.of(p), FrameStyle.fixed(SlideStyle.SUBTITLE_SIZE, 0), TextAlign.CENTER, "subtitle");
            }
        }
        int f = 0;
        for (Frame frame : page.frames()) {
            XSLFTextBox box = slide.createTextBox();
            writeFrame(box, frame.box(), frame.paras(), frame.style(), TextAlign.LEFT, "meeting frame " + (++f));
            shown.addAll(frame.paras());
        }
        removeUnused(slide, used);
        notes.add(slide, Span.plain(page.title()), shown, page.notes());
    }

    private void closing(Page.Closing page) {
        SlideGeometry g = template.geometry(page.layout());
        XSLFSlideLayout layout = template.layout(page.layout());
        XSLFSlide slide = newSlide(layout);
        Set<XSLFShape> used = new HashSet<>();
        XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title != null) {
            used.add(title);
            writeTitle(title, g.title(), page.heading(), TitleFit.OPENING_SIZES, TextAlign.LEFT, VerticalAlignment.BOTTOM);
        }
        XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.SUBTITLE);
        if (body != null && !page.subtitle().isEmpty()) {
            used.add(body);
            writeFrame(body, g.subtitle(), List.of(Para.plain(page.subtitle())), FrameStyle.fixed(SlideStyle.SUBTITLE_SIZE, 0),
                    TextAlign.LEFT, "closing subtitle");
        }
        removeUnused(slide, used);
        footer.add(slide, g, show.getSlides().size());
        notes.add(slide, Span.plain(page.title()), page.subtitle().isEmpty() ? List.of() : List.of(Para.plain(page.subtitle())),
                page.notes());
    }

    private void text(Page.Text page) {
        SlideGeometry g = template.geometry(page.layout());
        XSLFSlide slide = newSlide(template.layout(page.layout()));
        Set<XSLFShape> used = new HashSet<>();
        title(slide, g, page.title(), used);
        Rectangle2D[] columns = page.secondColumn().isEmpty() ? new Rectangle2D[] {g.body()} : g.columns();
        if (!page.body().isEmpty()) {
            XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
            if (body == null) {
                body = slide.createTextBox();
            }
            used.add(body);
            writeFrame(body, columns[0], page.body(), FrameStyle.BODY, TextAlign.LEFT, "body");
        }
        if (!page.secondColumn().isEmpty()) {
            writeFrame(slide.createTextBox(), columns[1], page.secondColumn(), FrameStyle.BODY, TextAlign.LEFT, "second column");
        }
        removeUnused(slide, used);
        footer.add(slide, g, show.getSlides().size());
        List<Para> shown = new ArrayList<>(page.body());
        shown.addAll(page.secondColumn());
        notes.add(slide, Span.plain(page.title()), shown, page.notes());
    }

    /** A picture scaled to fit below the title, its caption under it. */
    private void picture(Page.Picture page) {
        SlideGeometry g = template.geometry(SlideKind.IMAGE);
        ImageFile image = page.image();
        XSLFSlide slide = newSlide(template.layout(SlideKind.IMAGE));
        Set<XSLFShape> used = new HashSet<>();
        title(slide, g, page.title(), used);
        Rectangle2D area = lead(slide, page.lead(), g.body());
        List<Para> caption = page.caption();
        double captionHeight = 0;
        FrameStyle captionStyle = FrameStyle.fixed(SlideStyle.MIN_BODY_SIZE, 0);
        if (!caption.isEmpty()) {
            captionHeight = new TextFlow(measure, captionStyle, area.getWidth() - 2 * SlideStyle.INSET_X).boxHeight(caption);
        }
        double maxW = area.getWidth();
        double maxH = area.getHeight() - captionHeight - (captionHeight > 0 ? 6 : 0);
        double scale = Math.min(maxW / image.width(), maxH / image.height());
        scale = Math.min(scale, 2.0);   // a small picture is not blown up into a blur
        double w = image.width() * scale;
        double h = image.height() * scale;
        XSLFPictureData data = show.addPicture(image.bytes(), PictureType.valueOf(image.format().name()));
        XSLFPictureShape picture = slide.createPicture(data);
        // under the paragraph that introduces it, the picture follows it; alone, it and its caption sit in the middle
        double gap = captionHeight > 0 ? 6 : 0;
        double top = page.lead().isEmpty() ? (area.getHeight() - h - gap - captionHeight) / 2 : 0;
        picture.setAnchor(new Rectangle2D.Double(area.getX() + (maxW - w) / 2, area.getY() + top, w, h));
        if (!caption.isEmpty()) {
            XSLFTextBox box = slide.createTextBox();
            writeFrame(box, new Rectangle2D.Double(area.getX(), area.getY() + top + h + gap, area.getWidth(), captionHeight),
                    caption, captionStyle, TextAlign.CENTER, "caption");
        }
        removeUnused(slide, used);
        footer.add(slide, g, show.getSlides().size());
        List<Para> noted = new ArrayList<>(page.lead());
        noted.addAll(caption);
        noted.add(Para.plain(List.of(Span.plain(image.path().getFileName().toString()))));
        notes.add(slide, Span.plain(page.title()), noted, page.notes());
    }

    private void table(Page.TableRows page) {
        SlideGeometry g = template.geometry(SlideKind.TABLE);
        XSLFSlide slide = newSlide(template.layout(SlideKind.TABLE));
        Set<XSLFShape> used = new HashSet<>();
        title(slide, g, page.title(), used);
        List<Para> shown = new ArrayList<>(page.lead());
        Rectangle2D area = lead(slide, page.lead(), g.body());
        shown.addAll(tableShape(slide, page.grid(), page.widths(), page.rows(), area));
        removeUnused(slide, used);
        footer.add(slide, g, show.getSlides().size());
        notes.add(slide, Span.plain(page.title()), shown, page.notes());
    }

    /** The paragraph that introduces a table or picture, at the top of {@code area}; the area left below it. */
    private Rectangle2D lead(XSLFSlide slide, List<Para> lead, Rectangle2D area) {
        if (lead.isEmpty()) {
            return area;
        }
        double height = TextFlow.leadHeight(measure, lead, area.getWidth());
        writeFrame(slide.createTextBox(), new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), height - TextFlow.LEAD_GAP),
                lead, FrameStyle.BODY, TextAlign.LEFT, "lead");
        return new Rectangle2D.Double(area.getX(), area.getY() + height, area.getWidth(), area.getHeight() - height);
    }

    // ---- tables --------------------------------------------------------------------------------------

    private List<Para> tableShape(XSLFSlide slide, Grid grid, double[] widths, List<Integer> rowIndexes, Rectangle2D area) {
        TableLayout layout = new TableLayout(measure, grid, area.getWidth());
        boolean hasHeader = !grid.header().isEmpty();
        int rows = rowIndexes.size() + (hasHeader ? 1 : 0);
        int columns = widths.length;
        XSLFTable table = slide.createTable(Math.max(1, rows), columns);
        double totalHeight = 0;
        List<Para> shown = new ArrayList<>();
        int r = 0;
        if (hasHeader) {
            totalHeight += fillRow(table, layout, r++, grid.header(), widths, true);
            shown.add(Para.plain(join(grid.header())));
        }
        for (int index : rowIndexes) {
            totalHeight += fillRow(table, layout, r, grid.rows().get(index), widths, false);
            if (r % 2 == 0) {
                for (int c = 0; c < columns; c++) {
                    table.getCell(r, c).setFillColor(SlideStyle.TABLE_BAND);
                }
            }
            shown.add(Para.plain(join(grid.rows().get(index))));
            r++;
        }
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), totalHeight));
        fitted.add(new FittedText(show.getSlides().size(), "table", totalHeight, area.getHeight()));
        return shown;
    }

    private double fillRow(XSLFTable table, TableLayout layout, int r, List<List<Span>> cells, double[] widths, boolean header) {
        double h = layout.rowHeight(cells, header);
        table.setRowHeight(r, h);
        for (int c = 0; c < widths.length; c++) {
            XSLFTableCell cell = table.getCell(r, c);
            cell.clearText();
            // POI leaves a cell's text body without the a:bodyPr the schema requires first
            var textBody = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTxBody();
            if (textBody.getBodyPr() == null) {
                textBody.addNewBodyPr();
            }
            cell.setInsets(TextRuns.TEXT_INSETS);
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            for (BorderEdge edge : BorderEdge.values()) {
                cell.setBorderColor(edge, SlideStyle.RULE);
                cell.setBorderWidth(edge, 0.75);
            }
            if (header) {
                cell.setFillColor(runs.palette().accent().awt());
            }
            List<Span> spans = c < cells.size() ? (header ? TableLayout.bold(cells.get(c)) : cells.get(c)) : List.of();
            XSLFTextParagraph p = cell.addNewTextParagraph();
            runs.paragraphLook(p, Para.plain(spans), SlideStyle.TABLE_SIZE, 0, TextAlign.LEFT);
            runs.runs(p, spans, s -> SlideStyle.TABLE_SIZE, header ? Color.WHITE : null);
        }
        return h;
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

    // ---- text ----------------------------------------------------------------------------------------

    private void title(XSLFSlide slide, SlideGeometry g, List<Span> spans, Set<XSLFShape> used) {
        XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title == null) {
            title = slide.createTextBox();
        }
        used.add(title);
        writeTitle(title, g.title(), spans, TitleFit.SLIDE_SIZES, TextAlign.LEFT, VerticalAlignment.MIDDLE);
    }

    private void writeTitle(XSLFTextShape shape, Rectangle2D box, List<Span> spans, double[] sizes, TextAlign align,
                            VerticalAlignment anchor) {
        TitleFit.Fitted fit = titles.fit(spans, box, sizes);
        TextRuns.textBody(shape, box, anchor);
        shape.clearText();
        XSLFTextParagraph p = shape.addNewTextParagraph();
        runs.paragraphLook(p, Para.plain(fit.spans()), fit.size(), 0, align);
        runs.runs(p, fit.spans(), fit.sizeOf(), SlideStyle.TITLE);
        fitted.add(new FittedText(show.getSlides().size(), "title", fit.needed(), fit.available()));
    }

    private void writeFrame(XSLFTextShape shape, Rectangle2D box, List<Para> paras, FrameStyle style, TextAlign align, String what) {
        TextRuns.textBody(shape, box, VerticalAlignment.TOP);
        shape.clearText();
        for (Para para : paras) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            double size = style.size(para);
            runs.paragraphLook(p, para, size, style.spaceBefore(para), align);
            Color colour = switch (para.kind()) {
                case CAPTION -> SlideStyle.MUTED;
                case HEADING -> SlideStyle.TITLE;
                default -> null;
            };
            runs.runs(p, para.spans(), s -> size, colour);
        }
        Rectangle2D inner = SlideGeometry.inner(box);
        double needed = new TextFlow(measure, style, inner.getWidth()).height(paras);
        fitted.add(new FittedText(show.getSlides().size(), what, needed, inner.getHeight()));
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
}
