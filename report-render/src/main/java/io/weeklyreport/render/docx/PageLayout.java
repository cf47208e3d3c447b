package io.weeklyreport.render.docx;

import io.weeklyreport.render.PageSize;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper, margins and the page footer. Sizes are in twentieths of a point (twips), as Word stores them.
 * The margins are the PDF handout's (report.css {@code @page}: 22 mm 18 mm 20 mm 18 mm).
 */
public final class PageLayout {
    private static final int TOP = mm(22);
    private static final int SIDE = mm(18);
    private static final int BOTTOM = mm(20);
    private static final int HEADER_FOOTER_DISTANCE = mm(10);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

    /** The usable width and height between the margins, in twips. */
    record TextArea(int width, int height) {
    }

    private PageLayout() {
    }

    /** Sets paper and margins, unless a reference document brought its own; returns the text area. */
    static TextArea apply(XWPFDocument doc, PageSize size, boolean keepExisting) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (!keepExisting || !sect.isSetPgSz()) {
            CTPageSz page = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            page.setW(BigInteger.valueOf(mm(size.widthMm())));
            page.setH(BigInteger.valueOf(mm(size.heightMm())));
            page.setOrient(STPageOrientation.PORTRAIT);
        }
        if (!keepExisting || !sect.isSetPgMar()) {
            CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            margins.setTop(BigInteger.valueOf(TOP));
            margins.setBottom(BigInteger.valueOf(BOTTOM));
            margins.setLeft(BigInteger.valueOf(SIDE));
            margins.setRight(BigInteger.valueOf(SIDE));
            margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
            margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
            margins.setGutter(BigInteger.ZERO);
        }
        CTPageSz page = sect.getPgSz();
        CTPageMar margins = sect.getPgMar();
        int width = twips(page.getW()) - twips(margins.getLeft()) - twips(margins.getRight());
        int height = twips(page.getH()) - twips(margins.getTop()) - twips(margins.getBottom());
        return new TextArea(Math.max(width, mm(50)), Math.max(height, mm(50)));
    }

    /**
     * The running title on the left and "第 N 页 / 共 M 页" on the right, the numbers as PAGE and NUMPAGES
     * fields so Word and LibreOffice fill them in. {@code label} has {page} and {pages} placeholders.
     */
    static void addFooter(XWPFDocument doc, WordStyles styles, TextArea area, String runningTitle, String label) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(styles.id(WordStyles.Style.FOOTER));
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop right = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(area.width()));
        if (!runningTitle.isEmpty()) {
            p.createRun().setText(runningTitle);
        }
        p.createRun().addTab();
        pageNumbers(p, label, text -> p.createRun().setText(text));
    }

    /**
     * {@code label} ("第 {page} 页 / 共 {pages} 页", empty for "{page} / {pages}") into {@code p}: its text through
     * {@code text}, each placeholder as a PAGE or NUMPAGES field, in the label's order.
     */
    public static void pageNumbers(XWPFParagraph p, String label, java.util.function.Consumer<String> text) {
        String written = label.isEmpty() ? "{page} / {pages}" : label;
        Matcher m = PLACEHOLDER.matcher(written);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                text.accept(written.substring(last, m.start()));
            }
            field(p, m.group(1).equals("page") ? "PAGE" : "NUMPAGES");
            last = m.end();
        }
        if (last < written.length()) {
            text.accept(written.substring(last));
        }
    }

    /** A complex field (begin, instruction, separate, shown value, end): what Word itself writes. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    private static int twips(Object value) {
        if (value == null) {
            return 0;
        }
        try {
            return new BigInteger(value.toString()).intValue();
        } catch (NumberFormatException e) {
            // Strict OOXML may write "2.5in"-style measures; treat as unknown.
            return 0;
        }
    }
}
