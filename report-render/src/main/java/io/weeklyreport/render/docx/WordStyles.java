package io.weeklyreport.render.docx;

import io.weeklyreport.render.Palette;
import io.weeklyreport.render.RenderException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Word styles the report uses, by the names Word knows ("heading 1", "Title", "Hyperlink" ...), so
 * the navigation pane, a TOC field and a user's restyling all work. A reference document's own styles
 * win: a style it already has (matched by name, since localised Word writes ids like "1" for
 * "heading 1") is used as it is; only missing ones are added.
 */
final class WordStyles {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MONO_FONT = "Consolas";

    /** The styles the writer applies. {@code name} is what Word shows and matches; {@code id} is ours. */
    enum Style {
        NORMAL("paragraph", "Normal", "Normal"),
        TITLE("paragraph", "Title", "Title"),
        SUBTITLE("paragraph", "Subtitle", "Subtitle"),
        HEADING_1("paragraph", "Heading1", "heading 1"),
        HEADING_2("paragraph", "Heading2", "heading 2"),
        HEADING_3("paragraph", "Heading3", "heading 3"),
        LIST_PARAGRAPH("paragraph", "ListParagraph", "List Paragraph"),
        CODE_BLOCK("paragraph", "CodeBlock", "Code Block"),
        QUOTE("paragraph", "Quote", "Quote"),
        FIGURE("paragraph", "Figure", "Figure"),
        CAPTION("paragraph", "Caption", "caption"),
        IMAGE_PLACEHOLDER("paragraph", "ImagePlaceholder", "Image Placeholder"),
        TABLE_TEXT("paragraph", "TableText", "Table Text"),
        STATUS_SUMMARY("paragraph", "StatusSummary", "Status Summary"),
        REFERENCE_ITEM("paragraph", "ReferenceItem", "Reference Item"),
        FOOTER("paragraph", "Footer", "footer"),
        HYPERLINK("character", "Hyperlink", "Hyperlink"),
        INLINE_CODE("character", "InlineCode", "Inline Code"),
        SECTION_NUMBER("character", "SectionNumber", "Section Number"),
        SUMMARY_LABEL("character", "SummaryLabel", "Summary Label"),
        REPORT_TABLE("table", "ReportTable", "Report Table"),
        MEETING_CARD("table", "MeetingCard", "Meeting Card");

        final String type;
        final String id;
        final String name;

        Style(String type, String id, String name) {
            this.type = type;
            this.id = id;
            this.name = name;
        }
    }

    /** Names Word treats as its own styles: never flagged custom, or Word would keep a second copy. */
    private static final java.util.Set<String> BUILT_IN_NAMES = java.util.Set.of("Normal", "Title", "Subtitle",
            "heading 1", "heading 2", "heading 3", "List Paragraph", "Quote", "caption", "footer", "Hyperlink");

    private final Map<Style, String> ids;
    private final Map<String, String> chipIds;

    private WordStyles(Map<Style, String> ids, Map<String, String> chipIds) {
        this.ids = ids;
        this.chipIds = chipIds;
    }

    /** The id of a style in this document. */
    String id(Style style) {
        return ids.get(style);
    }

    /** The name {@link #chipId} knows a short PR or issue reference's chip by. */
    static final String REFERENCE_CHIP = "ref";

    /** The character style of a chip ("done", "in-review", ..., {@link #REFERENCE_CHIP}); null when unknown. */
    String chipId(String chip) {
        return chipIds.get(chip);
    }

    /**
     * Adds the missing styles and sets the document defaults: the Latin and East-Asian fonts and the
     * language. With a reference document, its default fonts stay unless it names no East-Asian font.
     */
    static WordStyles install(XWPFDocument doc, Fonts fonts, String languageTag, Palette palette,
                              boolean fromReference) throws RenderException {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyles ct = styles.getCtStyles();
        if (ct == null) {
            ct = CTStyles.Factory.newInstance();
            styles.setStyles(ct);
        }
        setDefaults(ct, fonts, languageTag, fromReference);

        // Missing styles are collected and parsed in one go: XmlBeans parsing dominates a warm render.
        StringBuilder missing = new StringBuilder();
        java.util.Set<String> taken = new java.util.HashSet<>();
        Map<Style, String> ids = new EnumMap<>(Style.class);
        String normal = resolve(styles, Style.NORMAL.name, Style.NORMAL.id);
        for (Style s : Style.values()) {
            String existing = existingId(styles, s.name);
            if (existing != null) {
                ids.put(s, existing);
            } else {
                String id = freeId(styles, taken, s.id);
                missing.append(definition(s, id, normal, fonts, palette.accent().hex()));
                ids.put(s, id);
            }
        }
        Map<String, String> chipIds = new java.util.HashMap<>();
        // the palette's chips, in its order (the same styles.xml every run), then the reference chip
        Map<String, Palette.Chip> chips = new java.util.LinkedHashMap<>(palette.css());
        chips.put(REFERENCE_CHIP, palette.reference());
        for (var chip : chips.entrySet()) {
            boolean ref = chip.getKey().equals(REFERENCE_CHIP);
            String name = ref ? "Reference Chip" : "Status " + chip.getKey();
            String existing = existingId(styles, name);
            String id = existing != null ? existing : freeId(styles, taken, camel(name));
            if (existing == null) {
                missing.append(style("character", id, name, normal, "",
                        (ref ? "" : "<w:b/>") + "<w:color w:val=\"" + chip.getValue().text().hex() + "\"/>"
                                + "<w:sz w:val=\"" + (ref ? 16 : 15) + "\"/>"
                                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + chip.getValue().fill().hex() + "\"/>"));
            }
            chipIds.put(chip.getKey(), id);
        }
        addAll(styles, missing.toString());
        return new WordStyles(ids, chipIds);
    }

    private static void setDefaults(CTStyles ct, Fonts fonts, String languageTag, boolean fromReference) {
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        var rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rPr = rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr();
        CTFonts f = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        boolean keepTheirs = fromReference && (f.isSetEastAsia() || f.isSetEastAsiaTheme());
        if (!keepTheirs) {
            // Explicit names beat theme fonts: a theme would map the East-Asian slot by the viewer's locale.
            if (f.isSetAsciiTheme()) {
                f.unsetAsciiTheme();
            }
            if (f.isSetHAnsiTheme()) {
                f.unsetHAnsiTheme();
            }
            if (f.isSetEastAsiaTheme()) {
                f.unsetEastAsiaTheme();
            }
            if (f.isSetCstheme()) {
                f.unsetCstheme();
            }
            f.setAscii(fonts.latin());
            f.setHAnsi(fonts.latin());
            f.setCs(fonts.latin());
            f.setEastAsia(fonts.eastAsia());
        }
        if (!fromReference) {
            if (rPr.sizeOfSzArray() == 0) {
                rPr.addNewSz().setVal(java.math.BigInteger.valueOf(21));
            }
            var pPrDefault = defaults.isSetPPrDefault() ? defaults.getPPrDefault() : defaults.addNewPPrDefault();
            var pPr = pPrDefault.isSetPPr() ? pPrDefault.getPPr() : pPrDefault.addNewPPr();
            var spacing = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
            spacing.setAfter(java.math.BigInteger.valueOf(100));
            spacing.setLine(java.math.BigInteger.valueOf(288));
            spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        }
        // The note's language is a fact about the text, not a matter of style: set it even over a reference.
        CTLanguage lang = rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang();
        boolean chinese = languageTag.toLowerCase(Locale.ROOT).startsWith("zh");
        lang.setVal(chinese ? "en-US" : languageTag);
        if (chinese) {
            lang.setEastAsia(languageTag);
        }
    }

    private static String resolve(XWPFStyles styles, String name, String fallback) {
        String id = existingId(styles, name);
        return id != null ? id : fallback;
    }

    private static String existingId(XWPFStyles styles, String name) {
        for (CTStyle s : styles.getCtStyles().getStyleArray()) {
            if (s.isSetName() && s.getName().getVal().equalsIgnoreCase(name)) {
                return s.getStyleId();
            }
        }
        return null;
    }

    private static String freeId(XWPFStyles styles, java.util.Set<String> taken, String wanted) {
        String id = wanted;
        for (int n = 2; styles.styleExist(id) || taken.contains(id); n++) {
            id = wanted + n;
        }
        taken.add(id);
        return id;
    }

    private static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static void addAll(XWPFStyles styles, String xml) throws RenderException {
        try {
            for (CTStyle parsed : StylesDocument.Factory.parse("<w:styles xmlns:w=\"" + W + "\">" + xml + "</w:styles>")
                    .getStyles().getStyleArray()) {
                styles.addStyle(new XWPFStyle(parsed, styles));
            }
        } catch (XmlException e) {
            throw new RenderException("internal DOCX style is malformed: " + e.getMessage(), e);
        }
    }

    private static String style(String type, String id, String name, String basedOn, String pPr, String rPr) {
        StringBuilder sb = new StringBuilder();
        boolean builtIn = BUILT_IN_NAMES.contains(name);
        sb.append("<w:style w:type=\"").append(type).append("\"")
                .append(name.equals("Normal") ? " w:default=\"1\"" : "")
                .append(builtIn ? "" : " w:customStyle=\"1\"")
                .append(" w:styleId=\"").append(id).append("\">")
                .append("<w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null && type.equals("paragraph")) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        sb.append("<w:qFormat/>");
        if (!pPr.isEmpty()) {
            sb.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        return sb.append("</w:style>").toString();
    }

    private static String monoFonts(Fonts fonts) {
        return "<w:rFonts w:ascii=\"" + MONO_FONT + "\" w:hAnsi=\"" + MONO_FONT + "\" w:cs=\"" + MONO_FONT
                + "\" w:eastAsia=\"" + xmlAttr(fonts.eastAsia()) + "\"/>";
    }

    static String xmlAttr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /**
     * Colours and sizes follow report.css, so the DOCX reads like the PDF handout; links, section numbers and the rule
     * under the subtitle in the team's accent ("1F5FBF", as WordprocessingML writes it), as in the handout and the deck.
     */
    private static String definition(Style s, String id, String normal, Fonts fonts, String accent) {
        String based = s == Style.NORMAL ? null : normal;
        String xml = switch (s) {
            case NORMAL -> style("paragraph", id, s.name, null, "", "");
            case TITLE -> style("paragraph", id, s.name, based,
                    "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"40\"/><w:outlineLvl w:val=\"9\"/>",
                    "<w:b/><w:color w:val=\"12213D\"/><w:kern w:val=\"28\"/><w:sz w:val=\"40\"/>");
            case SUBTITLE -> style("paragraph", id, s.name, based,
                    "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"" + accent + "\"/></w:pBdr>"
                            + "<w:spacing w:after=\"200\"/>",
                    "<w:color w:val=\"4A5568\"/><w:sz w:val=\"21\"/>");
            case HEADING_1 -> heading(id, s.name, based, 0, 28,
                    "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"D5DEEB\"/></w:pBdr>");
            case HEADING_2 -> heading(id, s.name, based, 1, 24, "");
            case HEADING_3 -> heading(id, s.name, based, 2, 22, "");
            case LIST_PARAGRAPH -> style("paragraph", id, s.name, based,
                    // Tight between items, air after the list: Word's contextual spacing. (Children of
                    // w:pPr must keep the schema's order, or Word calls the file damaged.)
                    "<w:spacing w:after=\"100\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", "");
            case CODE_BLOCK -> style("paragraph", id, s.name, based,
                    "<w:pBdr>" + box("E2E8F0", 4) + "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F5F7FA\"/>"
                            + "<w:spacing w:before=\"60\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                            + "<w:ind w:left=\"120\" w:right=\"120\"/>",
                    monoFonts(fonts) + "<w:sz w:val=\"17\"/>");
            case QUOTE -> style("paragraph", id, s.name, based,
                    "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"C8D3E3\"/></w:pBdr>"
                            + "<w:spacing w:after=\"80\"/><w:ind w:left=\"260\"/>",
                    "<w:color w:val=\"4A5568\"/>");
            case FIGURE -> style("paragraph", id, s.name, based,
                    "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"40\"/><w:jc w:val=\"center\"/>", "");
            case CAPTION -> style("paragraph", id, s.name, based,
                    "<w:spacing w:after=\"160\"/><w:jc w:val=\"center\"/>", "<w:color w:val=\"4A5568\"/><w:sz w:val=\"17\"/>");
            case IMAGE_PLACEHOLDER -> style("paragraph", id, s.name, based,
                    "<w:pBdr>" + box("A0AEC0", 4).replace("single", "dashed") + "</w:pBdr>"
                            + "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                    "<w:color w:val=\"4A5568\"/><w:sz w:val=\"18\"/>");
            case TABLE_TEXT -> style("paragraph", id, s.name, based,
                    "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/>", "<w:sz w:val=\"18\"/>");
            case STATUS_SUMMARY -> style("paragraph", id, s.name, based, "<w:spacing w:after=\"240\"/>", "<w:sz w:val=\"18\"/>");
            case REFERENCE_ITEM -> style("paragraph", id, s.name, based,
                    "<w:spacing w:after=\"20\"/>", "<w:sz w:val=\"17\"/>");
            case FOOTER -> style("paragraph", id, s.name, based, "<w:spacing w:after=\"0\"/>",
                    "<w:color w:val=\"8A94A6\"/><w:sz w:val=\"16\"/>");
            case HYPERLINK -> style("character", id, s.name, null, "", "<w:color w:val=\"" + accent + "\"/>");
            case INLINE_CODE -> style("character", id, s.name, null, "",
                    monoFonts(fonts) + "<w:sz w:val=\"18\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F2F5\"/>");
            case SECTION_NUMBER -> style("character", id, s.name, null, "", "<w:color w:val=\"" + accent + "\"/>");
            case SUMMARY_LABEL -> style("character", id, s.name, null, "", "<w:b/><w:color w:val=\"4A5568\"/>");
            case REPORT_TABLE -> tableStyle(id, s.name, "C8D3E3", true,
                    "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr>"
                            + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EEF7\"/></w:tcPr></w:tblStylePr>");
            case MEETING_CARD -> tableStyle(id, s.name, "D5DEEB", false,
                    "<w:tblStylePr w:type=\"firstCol\"><w:rPr><w:b/><w:color w:val=\"4A5568\"/></w:rPr></w:tblStylePr>");
        };
        return xml;
    }

    private static String heading(String id, String name, String based, int outline, int size, String border) {
        return style("paragraph", id, name, based,
                "<w:keepNext/><w:keepLines/>" + border + "<w:spacing w:before=\"" + (outline == 0 ? 280 : 200)
                        + "\" w:after=\"80\"/><w:outlineLvl w:val=\"" + outline + "\"/>",
                "<w:b/><w:color w:val=\"12213D\"/><w:sz w:val=\"" + size + "\"/>")
                .replace("<w:qFormat/>", "<w:next w:val=\"" + based + "\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>");
    }

    private static String box(String colour, int size) {
        StringBuilder sb = new StringBuilder();
        for (String side : new String[] {"top", "left", "bottom", "right"}) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"").append(size)
                    .append("\" w:space=\"4\" w:color=\"").append(colour).append("\"/>");
        }
        return sb.toString();
    }

    private static String tableStyle(String id, String name, String border, boolean inside, String conditional) {
        StringBuilder borders = new StringBuilder();
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            boolean drawn = inside || !side.startsWith("inside");
            borders.append("<w:").append(side).append(" w:val=\"").append(drawn ? "single" : "nil")
                    .append("\" w:sz=\"4\" w:space=\"0\" w:color=\"").append(border).append("\"/>");
        }
        return "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:qFormat/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders>" + borders + "</w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/><w:left w:w=\"100\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + conditional + "</w:style>";
    }

    /** The font names the document names (it does not carry the fonts). */
    record Fonts(String latin, String eastAsia) {
    }
}
