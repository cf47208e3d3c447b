package io.weeklyreport.render.docx;

import io.weeklyreport.render.Xhtml;
import io.weeklyreport.render.docx.WordStyles.Style;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps the document XHTML's block vocabulary (see the top of report.ftlh) onto Word paragraphs, lists
 * and tables. Elements it does not know are read for their content, so a customised template loses
 * looks, never text.
 */
final class BodyWriter {
    /** Elements that start a new block; everything else is inline content of the current paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "table", "pre", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "img", "hr", "section", "article", "header", "footer", "dl", "figure");

    /**
     * Where a block sits: {@code level} is the list depth (-1 outside lists), {@code quote} whether inside
     * a blockquote, {@code references} whether inside the links appendix (smaller text).
     */
    private record Context(int level, boolean quote, boolean references) {
        static final Context ROOT = new Context(-1, false, false);

        Context nested() {
            return new Context(Math.min(level + 1, ListNumbering.LEVELS - 1), quote, references);
        }

        Context inQuote() {
            return new Context(level, true, references);
        }

        Context inReferences() {
            return new Context(level, quote, true);
        }
    }

    private final XWPFDocument doc;
    private final WordStyles styles;
    private final ListNumbering numbering;
    private final Pictures pictures;
    private final RunWriter runs;
    private final PageLayout.TextArea area;

    BodyWriter(XWPFDocument doc, WordStyles styles, ListNumbering numbering, Pictures pictures, PageLayout.TextArea area) {
        this.doc = doc;
        this.styles = styles;
        this.numbering = numbering;
        this.pictures = pictures;
        this.runs = new RunWriter(styles);
        this.area = area;
    }

    void write(Element body) {
        flow(body, Context.ROOT);
        if (doc.getBodyElements().isEmpty()) {
            // Word wants at least one paragraph before the section properties.
            doc.createParagraph();
        }
    }

    /** The children of a container: runs of inline content become paragraphs, block elements are mapped. */
    private void flow(Element container, Context ctx) {
        flowFrom(container.getFirstChild(), ctx);
    }

    /** {@link #flow} from one child on, to the end of its container. */
    private void flowFrom(Node first, Context ctx) {
        List<Node> inline = new ArrayList<>();
        for (Node n = first; n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && BLOCKS.contains(Xhtml.tag(e))) {
                flushInline(inline, ctx);
                block(e, ctx);
            } else {
                inline.add(n);
            }
        }
        flushInline(inline, ctx);
    }

    private void flushInline(List<Node> inline, Context ctx) {
        if (inline.stream().anyMatch(BodyWriter::visible)) {
            paragraph(List.copyOf(inline), ctx);
        }
        inline.clear();
    }

    private void block(Element e, Context ctx) {
        String tag = Xhtml.tag(e);
        switch (tag) {
            case "div" -> div(e, ctx);
            case "h1" -> styled(e, Style.TITLE);
            case "h2" -> styled(e, Style.HEADING_1);
            case "h3" -> styled(e, Style.HEADING_2);
            case "h4", "h5", "h6" -> styled(e, Style.HEADING_3);
            case "p" -> {
                if (Xhtml.hasClass(e, "subtitle")) {
                    styled(e, Style.SUBTITLE);
                } else if (Xhtml.hasClass(e, "caption")) {
                    styled(e, Style.CAPTION);
                } else if (Xhtml.hasClass(e, "status-summary")) {
                    styled(e, Style.STATUS_SUMMARY);
                } else {
                    paragraph(childNodes(e), ctx);
                }
            }
            case "ul", "ol" -> list(e, ctx);
            case "li" -> item(e, ctx.level() < 0 ? ctx.nested() : ctx, numbering.bullets());
            case "table" -> {
                if (Xhtml.hasClass(e, "meeting-card")) {
                    meetingCard(e);
                } else {
                    table(e);
                }
            }
            case "pre" -> code(e, ctx);
            case "blockquote" -> flow(e, ctx.inQuote());
            case "img" -> figureImage(e);
            case "hr" -> { }
            default -> flow(e, ctx);
        }
    }

    private void div(Element e, Context ctx) {
        if (Xhtml.hasClass(e, "running-header") || Xhtml.hasClass(e, "running-footer")) {
            return; // the page footer carries the running title
        }
        if (Xhtml.hasClass(e, "image-placeholder")) {
            styled(e, Style.IMAGE_PLACEHOLDER);
        } else if (Xhtml.hasClass(e, "references")) {
            flow(e, ctx.inReferences());
        } else {
            flow(e, ctx);
        }
    }

    private XWPFParagraph styled(Element e, Style style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(style));
        runs.write(p, childNodes(e), false);
        return p;
    }

    /** A plain paragraph; inside a list item it is indented to the item's text, inside a quote it is a Quote. */
    private void paragraph(List<Node> content, Context ctx) {
        XWPFParagraph p = doc.createParagraph();
        if (ctx.quote()) {
            p.setStyle(styles.id(Style.QUOTE));
        } else if (ctx.level() >= 0) {
            p.setStyle(styles.id(ctx.references() ? Style.REFERENCE_ITEM : Style.LIST_PARAGRAPH));
            p.setIndentationLeft(ListNumbering.textIndent(ctx.level()));
        }
        runs.write(p, content, false);
    }

    private void list(Element list, Context ctx) {
        Context inner = ctx.nested();
        BigInteger num;
        if (Xhtml.tag(list).equals("ol")) {
            num = numbering.numbered(inner.level(), startOf(list));
        } else {
            num = numbering.bullets();
        }
        for (Element child : Xhtml.children(list)) {
            if (Xhtml.tag(child).equals("li")) {
                item(child, inner, num);
            } else {
                block(child, inner);
            }
        }
    }

    private static int startOf(Element ol) {
        try {
            return Integer.parseInt(ol.getAttribute("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The item's own text is the numbered paragraph; what follows it (paragraphs, nested lists) sits under it. */
    private void item(Element li, Context ctx, BigInteger num) {
        List<Node> first = new ArrayList<>();
        Node n = li.getFirstChild();
        for (; n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && BLOCKS.contains(Xhtml.tag(e))) {
                break;
            }
            first.add(n);
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(ctx.references() ? Style.REFERENCE_ITEM : Style.LIST_PARAGRAPH));
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(ctx.level()));
        if (first.stream().noneMatch(BodyWriter::visible) && n instanceof Element e && Xhtml.tag(e).equals("p")) {
            // "<li><p>text</p>...": a loose list item, its first paragraph is the item's text.
            runs.write(p, childNodes(e), false);
            n = n.getNextSibling();
        } else {
            runs.write(p, first, false);
        }
        flowFrom(n, ctx);
    }

    private void code(Element pre, Context ctx) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(Style.CODE_BLOCK));
        if (ctx.level() >= 0) {
            p.setIndentationLeft(ListNumbering.textIndent(ctx.level()));
        }
        runs.writePreformatted(p, pre.getTextContent());
    }

    private void figureImage(Element img) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(Style.FIGURE));
        String alt = img.getAttribute("alt").strip();
        if (!pictures.add(p, img.getAttribute("src").strip(), alt)) {
            p.setStyle(styles.id(Style.IMAGE_PLACEHOLDER));
            String src = img.getAttribute("src").strip();
            String name = src.substring(src.lastIndexOf('/') + 1);
            p.createRun().setText(alt.isEmpty() ? name : alt + " (" + name + ")");
        }
    }

    private void meetingCard(Element table) {
        List<Element> rows = rows(table);
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable t = newTable(rows.size(), 2, Style.MEETING_CARD, false);
        int labelWidth = area.width() / 5;
        int[] widths = {labelWidth, area.width() - labelWidth};
        setGrid(t, widths);
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = cells(rows.get(r));
            for (int c = 0; c < 2; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                cell.setColor("F3F6FB");
                Element source = c < cells.size() ? cells.get(c) : null;
                XWPFParagraph p = cellParagraph(cell);
                if (source == null) {
                    continue;
                }
                boolean label = Xhtml.tag(source).equals("th");
                runs.write(p, childNodes(source), label);
                if (label) {
                    p.getRuns().forEach(run -> run.setColor("4A5568"));
                }
            }
        }
        spacer();
    }

    private void table(Element table) {
        List<Element> rows = rows(table);
        int columns = rows.stream().mapToInt(r -> cells(r).size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        boolean header = !rows.isEmpty() && cells(rows.get(0)).stream().allMatch(c -> Xhtml.tag(c).equals("th"));
        XWPFTable t = newTable(rows.size(), columns, Style.REPORT_TABLE, header);
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, area.width() / columns);
        setGrid(t, widths);
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = cells(rows.get(r));
            XWPFTableRow row = t.getRow(r);
            boolean isHeader = header && r == 0;
            if (isHeader) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                XWPFParagraph p = cellParagraph(cell);
                if (c >= cells.size()) {
                    continue;
                }
                Element source = cells.get(c);
                if (isHeader) {
                    // Also as direct formatting: LibreOffice does not apply a table style's header-row look.
                    cell.setColor("E8EEF7");
                }
                if (Xhtml.hasClass(source, "align-center")) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                } else if (Xhtml.hasClass(source, "align-right")) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                runs.write(p, childNodes(source), isHeader);
            }
        }
        spacer();
    }

    private XWPFTable newTable(int rows, int columns, Style style, boolean headerRow) {
        XWPFTable t = doc.createTable(rows, columns);
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // POI's default grid; the table style draws the borders
        }
        t.setStyleID(styles.id(style));
        t.setWidth("100%");
        CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setFirstRow(headerRow);
        look.setFirstColumn(style == Style.MEETING_CARD);
        look.setLastRow(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        return t;
    }

    private static void setGrid(XWPFTable t, int[] widths) {
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private XWPFParagraph cellParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle(styles.id(Style.TABLE_TEXT));
        return p;
    }

    /** Word puts two adjacent tables into one; a small empty paragraph keeps them apart and gives air below. */
    private void spacer() {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styles.id(Style.TABLE_TEXT));
        p.setSpacingAfter(120);
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : Xhtml.children(table)) {
            switch (Xhtml.tag(child)) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(Xhtml.children(child, "tr"));
                default -> { }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        return Xhtml.children(row).stream().filter(c -> Xhtml.tag(c).equals("td") || Xhtml.tag(c).equals("th")).toList();
    }

    private static List<Node> childNodes(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            out.add(n);
        }
        return out;
    }

    private static boolean visible(Node n) {
        return n instanceof Element || (n.getNodeValue() != null && !n.getNodeValue().isBlank());
    }
}
