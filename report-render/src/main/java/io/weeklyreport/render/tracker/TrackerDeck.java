package io.weeklyreport.render.tracker;

import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker as a 16:9 deck: a first slide with the title lines and the chart as a native, editable PowerPoint
 * chart, then the rows as tables, as many rows a slide as fit (measured, {@link CellMeasure}), the header row on
 * every slide and "（续 2/5）" in the titles of the slides after the first. Internal: public only for
 * {@code TrackerRenderer}.
 */
public final class TrackerDeck {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;
    private static final double MARGIN = 36;
    private static final double TABLE_TOP = 66;
    private static final double BOTTOM = 24;
    private static final double TEXT = 12;
    private static final double SMALL = 10;
    private static final double DATE = 9;
    private static final double INSET_X = 4;
    private static final double INSET_Y = 3;
    /** Line height over font size as LibreOffice and PowerPoint set CJK fonts, with room to spare. */
    private static final double LEADING = 1.4;
    private static final Color INK = new Color(0x1f2430);
    private static final Color GREY = new Color(0x6b7688);
    private static final Color RULE = new Color(0xc8d3e3);

    private final RenderOptions options;

    public TrackerDeck(RenderOptions options) {
        this.options = options;
    }

    public byte[] write(TrackerView view) throws RenderException, IOException {
        CellMeasure measure = new CellMeasure(options.fontRegular(), options.fontBold());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            deck.getProperties().getCoreProperties().setTitle(view.title());
            deck.getProperties().getCoreProperties().setDescription(view.subtitle());
            deck.getProperties().getCoreProperties().setCreator("weekly-report");
            overview(deck, view);
            List<List<Placed>> pages = pages(view, measure);
            double header = headerHeight(view, measure);
            for (int i = 0; i < pages.size(); i++) {
                String title = pages.size() > 1 && i > 0 ? view.title() + view.continuedLabel()
                        .replace("{n}", String.valueOf(i + 1)).replace("{total}", String.valueOf(pages.size())) : view.title();
                table(deck.createSlide(), view, title, header, pages.get(i), measure);
            }
            numberSlides(deck, view);
            deck.write(out);
        } catch (RuntimeException e) {
            throw new RenderException("PPTX tracker rendering failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** "3 / 10" in the bottom margin of every slide, which the tables leave free. */
    private void numberSlides(XMLSlideShow deck, TrackerView view) {
        int total = deck.getSlides().size();
        for (int i = 0; i < total; i++) {
            XSLFTextBox number = box(deck.getSlides().get(i), WIDTH - MARGIN - 80, HEIGHT - BOTTOM, 80, BOTTOM - 4);
            text(number, (i + 1) + " / " + total, 9, false, GREY, view);
            number.getTextParagraphs().getFirst().setTextAlign(TextParagraph.TextAlign.RIGHT);
        }
    }

    private void overview(XMLSlideShow deck, TrackerView view) {
        XSLFSlide slide = deck.createSlide();
        text(box(slide, MARGIN, 22, WIDTH - 2 * MARGIN, 44), view.title(), 28, true, new Color(0x12213d), view);
        text(box(slide, MARGIN, 68, WIDTH - 2 * MARGIN, 26), view.subtitle(), 14, false, new Color(0x4a5568), view);
        XSLFChart chart = deck.createChart();
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(MARGIN), Units.toEMU(104), Units.toEMU(WIDTH - 2 * MARGIN),
                Units.toEMU(HEIGHT - 104 - BOTTOM)));
        StatusChart.draw(chart, view);
    }

    /** A row with the height it was measured to take, which the slide's table row is given as its least height. */
    private record Placed(TrackerView.Row row, double height) {
    }

    /**
     * The rows in slides, each slide as many as fit below its header row; then as evenly as the same number of
     * slides allows, so that the last one does not hold a single row.
     */
    private List<List<Placed>> pages(TrackerView view, CellMeasure measure) {
        double room = HEIGHT - TABLE_TOP - BOTTOM - headerHeight(view, measure);
        List<Placed> rows = new ArrayList<>();
        double total = 0;
        for (TrackerView.Row r : view.rows()) {
            rows.add(new Placed(r, rowHeight(r, view, measure)));
            total += rows.getLast().height();
        }
        List<List<Placed>> fullest = fill(rows, room);
        for (double even = total / fullest.size(); even < room; even += 4) {
            List<List<Placed>> balanced = fill(rows, even);
            if (balanced.size() == fullest.size()) {
                return balanced;
            }
        }
        return fullest;
    }

    private static List<List<Placed>> fill(List<Placed> rows, double room) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        double used = 0;
        for (Placed placed : rows) {
            double h = placed.height();
            if (!page.isEmpty() && used + h > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(placed);
            used += h;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static double column(int c) {
        return (WIDTH - 2 * MARGIN) * TrackerView.COLUMNS[c];
    }

    private static double inner(int c) {
        return column(c) - 2 * INSET_X;
    }

    private double headerHeight(TrackerView view, CellMeasure measure) {
        int lines = 1;
        for (int c = 0; c < TrackerView.COLUMNS.length; c++) {
            lines = Math.max(lines, measure.lines(view.header().get(c), SMALL, true, inner(c)));
        }
        return lines * SMALL * LEADING + 2 * INSET_Y;
    }

    private double rowHeight(TrackerView.Row r, TrackerView view, CellMeasure measure) {
        double itemLines = measure.lines((r.stalled() ? view.stalledLabel() + "  " : "") + r.titleWithRefs(), TEXT, false, inner(0));
        int stepLines = r.steps().isEmpty() ? 1 : measure.lineStarts(stepPieces(r), GAP, inner(4)).size() + 1;
        double[] heights = {
                itemLines * TEXT * LEADING,
                measure.lines(r.owners(), SMALL, false, inner(1)) * SMALL * LEADING,
                measure.lines(r.firstSeen(), SMALL, false, inner(2)) * SMALL * LEADING,
                measure.lines(r.lastSeen(), SMALL, false, inner(3)) * SMALL * LEADING,
                stepLines * SMALL * LEADING,
        };
        double h = SMALL * LEADING;
        for (double x : heights) {
            h = Math.max(h, x);
        }
        return h + 2 * INSET_Y;
    }

    /** The gap between two steps of a strip. */
    private static final CellMeasure.Piece GAP = new CellMeasure.Piece("  ", SMALL, false);

    /** Each step of a row's strip as it is written: its date, then its chip (or the dash). */
    private static List<List<CellMeasure.Piece>> stepPieces(TrackerView.Row r) {
        List<List<CellMeasure.Piece>> steps = new ArrayList<>();
        for (TrackerView.Step st : r.steps()) {
            steps.add(st.absent() ? List.of(new CellMeasure.Piece(st.label(), SMALL, false))
                    : List.of(new CellMeasure.Piece(st.date() + "\u00a0", DATE, false), new CellMeasure.Piece(chipText(st.label()), SMALL, true)));
        }
        return steps;
    }

    /** A chip's label kept on one line, with a little room either side for its highlight. */
    private static String chipText(String label) {
        return "\u00a0" + label.replace(' ', '\u00a0') + "\u00a0";
    }

    private void table(XSLFSlide slide, TrackerView view, String title, double headerHeight, List<Placed> rows,
                       CellMeasure measure) {
        text(box(slide, MARGIN, 16, WIDTH - 2 * MARGIN, 40), title, 22, true, new Color(0x12213d), view);
        XSLFTable table = slide.createTable();
        XSLFTableRow header = table.addRow();
        header.setHeight(headerHeight);
        for (int c = 0; c < TrackerView.COLUMNS.length; c++) {
            XSLFTableCell cell = cell(header, new Color(0xe8eef7));
            run(paragraph(cell), view.header().get(c), SMALL, true, INK, view);
        }
        for (Placed placed : rows) {
            TrackerView.Row r = placed.row();
            XSLFTableRow row = table.addRow();
            row.setHeight(placed.height());
            Color fill = r.stalled() ? new Color(0xfff8f0) : Color.WHITE;
            XSLFTextParagraph item = paragraph(cell(row, fill));
            if (r.stalled()) {
                chip(item, view.stalledLabel(), new Color(0xa61b1b), Color.WHITE, view);
                run(item, " ", TEXT, false, INK, view);
            }
            run(item, r.title(), TEXT, false, INK, view);
            for (String ref : r.refs()) {
                run(item, " ", TEXT, false, INK, view);
                run(item, ref, SMALL, false, Color.decode(view.colours().referenceText()), view);
            }
            run(paragraph(cell(row, fill)), r.owners(), SMALL, false, INK, view);
            run(paragraph(cell(row, fill)), r.firstSeen(), SMALL, false, INK, view);
            run(paragraph(cell(row, fill)), r.lastSeen(), SMALL, false, INK, view);
            XSLFTextParagraph steps = paragraph(cell(row, fill));
            java.util.Set<Integer> lineStarts = measure.lineStarts(stepPieces(r), GAP, inner(4));
            for (int i = 0; i < r.steps().size(); i++) {
                TrackerView.Step st = r.steps().get(i);
                if (lineStarts.contains(i)) {
                    steps.addLineBreak();
                } else if (i > 0) {
                    run(steps, GAP.text(), SMALL, false, INK, view);
                }
                if (st.absent()) {
                    run(steps, st.label(), SMALL, false, GREY, view);
                } else {
                    run(steps, st.date() + "\u00a0", DATE, false, GREY, view);
                    TrackerView.Series colours = view.chart().series().stream().filter(s -> s.status().equals(st.status()))
                            .findFirst().orElse(null);
                    chip(steps, st.label(), colours == null ? new Color(0xeeeeee) : Color.decode(colours.fill()),
                            colours == null ? GREY : Color.decode(colours.text()), view);
                }
            }
            XSLFTextParagraph open = paragraph(cell(row, fill));
            open.setTextAlign(TextParagraph.TextAlign.RIGHT);
            run(open, String.valueOf(r.meetingsOpen()), SMALL, false, INK, view);
            row.getCells().forEach(TrackerDeck::sizeEmptyLines);
        }
        for (int c = 0; c < TrackerView.COLUMNS.length; c++) {
            table.setColumnWidth(c, column(c));
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, TABLE_TOP, WIDTH - 2 * MARGIN, 0));
        table.updateCellAnchor();
    }

    private static XSLFTableCell cell(XSLFTableRow row, Color fill) {
        XSLFTableCell cell = row.addCell();
        cell.setFillColor(fill);
        cell.setLeftInset(INSET_X);
        cell.setRightInset(INSET_X);
        cell.setTopInset(INSET_Y);
        cell.setBottomInset(INSET_Y);
        cell.setVerticalAlignment(VerticalAlignment.TOP);
        for (TableCell.BorderEdge edge : TableCell.BorderEdge.values()) {
            cell.setBorderColor(edge, RULE);
            cell.setBorderWidth(edge, 0.75);
        }
        return cell;
    }

    /** A cell without text (no owner) has a line at the size of its end-of-paragraph mark: that of the row's text. */
    private static void sizeEmptyLines(XSLFTableCell cell) {
        for (XSLFTextParagraph p : cell.getTextParagraphs()) {
            var xml = p.getXmlObject();
            (xml.isSetEndParaRPr() ? xml.getEndParaRPr() : xml.addNewEndParaRPr()).setSz((int) Math.round(SMALL * 100));
        }
    }

    private static XSLFTextParagraph paragraph(XSLFTableCell cell) {
        XSLFTextParagraph p = cell.getTextParagraphs().isEmpty() ? cell.addNewTextParagraph() : cell.getTextParagraphs().getFirst();
        p.setSpaceBefore(0d);
        p.setSpaceAfter(0d);
        return p;
    }

    private void chip(XSLFTextParagraph p, String label, Color fill, Color colour, TrackerView view) {
        XSLFTextRun run = run(p, chipText(label), SMALL, true, colour, view);
        run.setHighlightColor(fill);
    }

    private static XSLFTextBox box(XSLFSlide slide, double x, double y, double w, double h) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, w, h));
        box.setWordWrap(true);
        return box;
    }

    private void text(XSLFTextBox box, String text, double size, boolean bold, Color colour, TrackerView view) {
        box.clearText();
        run(box.addNewTextParagraph(), text, size, bold, colour, view);
    }

    /**
     * A run of text; none for no text: LibreOffice gives a cell holding an empty run the line height of an 18 pt
     * line, whatever the run's size, and the rows grew past where they were measured to end.
     */
    private XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour, TrackerView view) {
        if (text.isEmpty()) {
            return null;
        }
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        run.setFontFamily(options.latinFont(), FontGroup.LATIN);
        run.setFontFamily(options.eastAsiaFont(), FontGroup.EAST_ASIAN);
        if (run.getXmlObject() instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun r && r.isSetRPr()) {
            r.getRPr().setLang(view.lang());
        }
        return run;
    }
}
