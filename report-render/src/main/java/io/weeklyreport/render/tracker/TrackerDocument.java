package io.weeklyreport.render.tracker;

import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.docx.PageLayout;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The tracker as a Word document: landscape, the title lines, the chart as a native Word chart, then the rows
 * as a table whose header row repeats on every page and whose rows are never split across pages. Internal:
 * public only for {@code TrackerRenderer}.
 */
public final class TrackerDocument {
    private static final int MARGIN_TWIPS = 800;
    private static final String GREY = "6B7688";

    private final RenderOptions options;

    public TrackerDocument(RenderOptions options) {
        this.options = options;
    }

    public byte[] write(TrackerView view) throws RenderException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (XWPFDocument doc = new XWPFDocument()) {
            int textWidth = landscape(doc);
            doc.getProperties().getCoreProperties().setTitle(view.title());
            doc.getProperties().getCoreProperties().setDescription(view.subtitle());
            doc.getProperties().getCoreProperties().setCreator("weekly-report");

            XWPFParagraph title = doc.createParagraph();
            text(title.createRun(), view.title(), view, 20, true, "12213D");
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setSpacingAfter(160);
            text(subtitle.createRun(), view.subtitle(), view, 10.5, false, "4A5568");

            XWPFParagraph chartParagraph = doc.createParagraph();
            chartParagraph.setAlignment(ParagraphAlignment.CENTER);
            XWPFChart chart = doc.createChart(chartParagraph.createRun(), Units.toEMU(textWidth / 20.0), Units.toEMU(220));
            StatusChart.draw(chart, view);

            table(doc, view, textWidth, new CellMeasure(options.fontRegular(), options.fontBold()));
            footer(doc, view);
            doc.write(out);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new RenderException("DOCX tracker rendering failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A4 or Letter on its side; the text width in twips. */
    private int landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        int width = (int) Math.round(options.pageSize().heightMm() / 25.4 * 1440);
        int height = (int) Math.round(options.pageSize().widthMm() / 25.4 * 1440);
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft,
                margins::setRight)) {
            set.accept(BigInteger.valueOf(MARGIN_TWIPS));
        }
        margins.setGutter(BigInteger.ZERO);
        margins.setFooter(BigInteger.valueOf(400));
        margins.setHeader(BigInteger.valueOf(400));
        return width - 2 * MARGIN_TWIPS;
    }

    private void table(XWPFDocument doc, TrackerView view, int textWidth, CellMeasure measure) {
        // Word's default cell margins, 0.08 in either side
        double stripWidth = textWidth * TrackerView.COLUMNS[4] / 20.0 - 2 * 5.76;
        XWPFTable table = doc.createTable(1, TrackerView.COLUMNS.length);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        // The grid is required (ECMA-376) and is what Word lays the columns out by.
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double share : TrackerView.COLUMNS) {
            grid.addNewGridCol().setW(BigInteger.valueOf((int) (textWidth * share)));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < TrackerView.COLUMNS.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf((int) (textWidth * TrackerView.COLUMNS[c])));
            cell.setColor("E8EEF7");
            text(first(cell).createRun(), view.header().get(c), view, 8.5, true, "1F2430");
        }
        for (TrackerView.Row r : view.rows()) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            row.setHeightRule(TableRowHeightRule.AT_LEAST);
            for (int c = 0; c < TrackerView.COLUMNS.length; c++) {
                row.getCell(c).setWidth(String.valueOf((int) (textWidth * TrackerView.COLUMNS[c])));
                if (r.stalled()) {
                    row.getCell(c).setColor("FFF8F0");
                }
            }
            XWPFParagraph item = first(row.getCell(0));
            if (r.stalled()) {
                chip(item, view.stalledLabel(), "A61B1B", "FFFFFF", view);
                text(item.createRun(), " ", view, 8.5, false, null);
            }
            text(item.createRun(), r.title(), view, 8.5, false, "1F2430");
            for (String ref : r.refs()) {
                text(item.createRun(), " ", view, 8.5, false, null);
                chip(item, ref, hex(view.colours().referenceFill()), hex(view.colours().referenceText()), view);
            }
            text(first(row.getCell(1)).createRun(), r.owners(), view, 8.5, false, "1F2430");
            text(first(row.getCell(2)).createRun(), r.firstSeen(), view, 8.5, false, "1F2430");
            text(first(row.getCell(3)).createRun(), r.lastSeen(), view, 8.5, false, "1F2430");
            XWPFParagraph steps = first(row.getCell(4));
            java.util.Set<Integer> lineStarts = measure.lineStarts(stepPieces(r), GAP, stripWidth);
            for (int i = 0; i < r.steps().size(); i++) {
                TrackerView.Step st = r.steps().get(i);
                if (lineStarts.contains(i)) {
                    steps.createRun().addBreak();
                } else if (i > 0) {
                    text(steps.createRun(), GAP.text(), view, GAP.size(), false, null);
                }
                if (st.absent()) {
                    text(steps.createRun(), st.label(), view, 8.5, false, "8A94A6");
                } else {
                    text(steps.createRun(), st.date() + "\u00a0", view, 6.5, false, GREY);
                    TrackerView.Series colours = colours(view, st.status());
                    chip(steps, st.label(), colours == null ? "EEEEEE" : hex(colours.fill()), colours == null ? GREY : hex(colours.text()), view);
                }
            }
            XWPFParagraph open = first(row.getCell(5));
            open.setAlignment(ParagraphAlignment.RIGHT);
            text(open.createRun(), String.valueOf(r.meetingsOpen()), view, 8.5, false, "1F2430");
        }
    }

    private static final CellMeasure.Piece GAP = new CellMeasure.Piece("  ", 8.5, false);

    /** Each step of a row's strip as it is written: its date, then its chip (or the dash). */
    private static List<List<CellMeasure.Piece>> stepPieces(TrackerView.Row r) {
        return r.steps().stream().map(st -> st.absent() ? List.of(new CellMeasure.Piece(st.label(), 8.5, false))
                : List.of(new CellMeasure.Piece(st.date() + "\u00a0", 6.5, false),
                        new CellMeasure.Piece("\u00a0" + st.label() + "\u00a0", 7.5, true))).toList();
    }

    /** The chip colours of a status, as the chart's legend has them. */
    private static TrackerView.Series colours(TrackerView view, String status) {
        return view.chart().series().stream().filter(s -> s.status().equals(status)).findFirst().orElse(null);
    }

    private void footer(XWPFDocument doc, TrackerView view) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        text(p.createRun(), view.title() + "    ", view, 8, false, "8A94A6");
        PageLayout.pageNumbers(p, view.pageFooter(), piece -> text(p.createRun(), piece, view, 8, false, "8A94A6"));
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        p.setSpacingAfter(0);
        return p;
    }

    private void chip(XWPFParagraph p, String label, String fill, String colour, TrackerView view) {
        XWPFRun run = p.createRun();
        text(run, "\u00a0" + label.replace(' ', '\u00a0') + "\u00a0", view, 7.5, true, colour);
        CTShd shd = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfShdArray() > 0 ? run.getCTR().getRPr().getShdArray(0)
                : run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewShd() : run.getCTR().addNewRPr().addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    private void text(XWPFRun run, String text, TrackerView view, double size, boolean bold, String colour) {
        run.setText(text);
        run.setFontFamily(options.latinFont(), XWPFRun.FontCharRange.ascii);
        run.setFontFamily(options.latinFont(), XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(options.eastAsiaFont(), XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        // As the report's runs: Latin text in en-US, Chinese in the East-Asian slot, so Word picks the right fonts.
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        var lang = rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang();
        boolean chinese = view.lang().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        lang.setVal(chinese ? "en-US" : view.lang());
        if (chinese) {
            lang.setEastAsia(view.lang());
        }
        if (colour != null) {
            run.setColor(colour);
        }
    }

    private static String hex(String css) {
        return css.substring(1).toUpperCase(java.util.Locale.ROOT);
    }
}
