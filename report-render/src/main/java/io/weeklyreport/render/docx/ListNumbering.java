package io.weeklyreport.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

import java.math.BigInteger;

/**
 * Real Word list numbering: one bullet definition and one decimal definition (nine levels each), a
 * shared instance for all bullet lists and a fresh instance per numbered list, so each numbered list
 * starts at its own first number ("3." when the author started at 3) instead of counting on from the
 * previous list. Ids start above any a reference document already uses.
 */
final class ListNumbering {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final int LEVELS = 9;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final XWPFNumbering numbering;
    private final BigInteger bulletAbstract;
    private final BigInteger decimalAbstract;
    private BigInteger bulletNum;
    private int nextNumId;

    /** @param accent the markers' colour, as WordprocessingML writes it ("1F5FBF") */
    ListNumbering(XWPFDocument doc, String latinFont, String accent) {
        numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        int abstractId = 0;
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            abstractId = Math.max(abstractId, a.getCTAbstractNum().getAbstractNumId().intValue() + 1);
        }
        nextNumId = 1;
        for (XWPFNum n : numbering.getNums()) {
            nextNumId = Math.max(nextNumId, n.getCTNum().getNumId().intValue() + 1);
        }
        bulletAbstract = addAbstract(abstractId, true, latinFont, accent);
        decimalAbstract = addAbstract(abstractId + 1, false, latinFont, accent);
    }

    /** The list instance shared by every bullet list. */
    BigInteger bullets() {
        if (bulletNum == null) {
            bulletNum = addNum(bulletAbstract, -1, 1);
        }
        return bulletNum;
    }

    /** A new numbered list whose items at {@code level} count from {@code start}. */
    BigInteger numbered(int level, int start) {
        return addNum(decimalAbstract, level, start);
    }

    /** Where the text of an item at this level starts, in twentieths of a point; continuation text aligns to it. */
    static int textIndent(int level) {
        return 360 * (Math.min(level, LEVELS - 1) + 1);
    }

    private BigInteger addAbstract(int id, boolean bullet, String latinFont, String accent) {
        StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>")
                .append("<w:name w:val=\"").append(bullet ? "Report Bullets" : "Report Numbers").append("\"/>");
        for (int level = 0; level < LEVELS; level++) {
            int hanging = bullet ? 240 : 340;
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\">")
                    .append("<w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"").append(bullet ? "bullet" : "decimal").append("\"/>")
                    .append("<w:lvlText w:val=\"").append(bullet ? BULLETS[level % BULLETS.length] : "%" + (level + 1) + ".")
                    .append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(textIndent(level)).append("\" w:hanging=\"")
                    .append(hanging).append("\"/></w:pPr>")
                    // The marker in a Latin font: in a CJK font a bullet is a full-width character.
                    .append("<w:rPr><w:rFonts w:ascii=\"").append(WordStyles.xmlAttr(latinFont))
                    .append("\" w:hAnsi=\"").append(WordStyles.xmlAttr(latinFont))
                    .append("\" w:eastAsia=\"").append(WordStyles.xmlAttr(latinFont))
                    .append("\" w:hint=\"default\"/><w:color w:val=\"").append(WordStyles.xmlAttr(accent)).append("\"/></w:rPr>")
                    .append("</w:lvl>");
        }
        xml.append("</w:abstractNum>");
        try {
            CTAbstractNum ct = parse(xml.toString()).getAbstractNumArray(0);
            return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        } catch (XmlException e) {
            throw new IllegalStateException("built-in numbering definition is malformed", e);
        }
    }

    private BigInteger addNum(BigInteger abstractId, int level, int start) {
        int id = nextNumId++;
        StringBuilder xml = new StringBuilder("<w:num w:numId=\"" + id + "\">")
                .append("<w:abstractNumId w:val=\"").append(abstractId).append("\"/>");
        if (level >= 0) {
            xml.append("<w:lvlOverride w:ilvl=\"").append(Math.min(level, LEVELS - 1)).append("\">")
                    .append("<w:startOverride w:val=\"").append(Math.max(0, start)).append("\"/></w:lvlOverride>");
        }
        xml.append("</w:num>");
        try {
            CTNum ct = parse(xml.toString()).getNumArray(0);
            return numbering.addNum(new XWPFNum(ct, numbering));
        } catch (XmlException e) {
            throw new IllegalStateException("built-in numbering instance is malformed", e);
        }
    }

    /** A fragment parsed inside its numbering part, so XmlBeans types it as the element, not as a document. */
    private static CTNumbering parse(String fragment) throws XmlException {
        return NumberingDocument.Factory.parse("<w:numbering xmlns:w=\"" + W + "\">" + fragment + "</w:numbering>")
                .getNumbering();
    }
}
