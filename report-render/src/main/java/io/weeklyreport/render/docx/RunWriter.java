package io.weeklyreport.render.docx;

import io.weeklyreport.render.Xhtml;
import io.weeklyreport.render.docx.WordStyles.Style;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * XHTML inline content (text, strong, em, code, del, a, br, span.chip, a.ref, span.number) as Word runs
 * in a paragraph. White space collapses as a browser collapses it, so the template's indentation never
 * reaches the document; links become real {@code w:hyperlink}s with one relationship per URL.
 */
final class RunWriter {
    /**
     * How a stretch of text looks; {@code link} is the anchor element it belongs to, or null; {@code symbol}
     * marks characters the text fonts lack (➕, 📢), which get a symbol font.
     */
    private record Look(boolean bold, boolean italic, boolean strike, String charStyle, Element link, boolean symbol) {
        Look with(boolean b, boolean i, boolean s, String style, Element a) {
            return new Look(bold || b, italic || i, strike || s, style != null ? style : charStyle, a != null ? a : link, symbol);
        }

        Look asSymbol() {
            return new Look(bold, italic, strike, charStyle, link, true);
        }
    }

    /** Office's own symbol font: Word finds ➕ and 📢 there instead of drawing a box. */
    static final String SYMBOL_FONT = "Segoe UI Symbol";

    /** A stretch of text with one look; {@code text == null} is a line break. */
    private record Piece(String text, Look look) {
    }

    private static final String NBSP = "\u00A0";

    private final WordStyles styles;
    private final Map<PackagePart, Map<String, String>> relationships = new HashMap<>();

    RunWriter(WordStyles styles) {
        this.styles = styles;
    }

    /** Appends the inline nodes to the paragraph; {@code bold} for header cells and labels. */
    void write(XWPFParagraph p, List<Node> nodes, boolean bold) {
        List<Piece> pieces = new ArrayList<>();
        Look base = new Look(bold, false, false, null, null, false);
        for (Node n : nodes) {
            collect(n, base, pieces);
        }
        emit(p, collapse(pieces));
    }

    /** Text exactly as given (code blocks): tabs as tabs, line feeds as line breaks. */
    void writePreformatted(XWPFParagraph p, String text) {
        String[] lines = text.replace("\r\n", "\n").replaceAll("\n+$", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            String[] parts = lines[i].split("\t", -1);
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                run.setText(parts[j]);
            }
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void collect(Node node, Look look, List<Piece> out) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.add(new Piece(node.getNodeValue(), look));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        switch (Xhtml.tag(e)) {
            case "br" -> out.add(new Piece(null, look));
            case "strong", "b" -> children(e, look.with(true, false, false, null, null), out);
            case "em", "i" -> children(e, look.with(false, true, false, null, null), out);
            case "del", "s", "strike" -> children(e, look.with(false, false, true, null, null), out);
            case "code", "kbd", "samp" -> children(e, look.with(false, false, false, styles.id(Style.INLINE_CODE), null), out);
            case "a" -> {
                // An in-page anchor ("#时间") or a relative path cannot be followed from a Word file:
                // it stays plain text rather than looking like a link that does nothing.
                boolean linkable = encode(e.getAttribute("href").strip()) != null;
                boolean ref = Xhtml.hasClass(e, "ref");
                String style = ref ? styles.chipId(WordStyles.REFERENCE_CHIP) : linkable ? styles.id(Style.HYPERLINK) : null;
                Look inner = look.with(false, false, false, style, linkable ? e : null);
                if (ref) {
                    padded(e, inner, out);
                } else {
                    children(e, inner, out);
                }
            }
            case "span" -> {
                if (Xhtml.hasClass(e, "chip")) {
                    String status = Xhtml.classWithPrefix(e, "status-");
                    String style = status == null ? null : styles.chipId(status);
                    padded(e, look.with(style == null, false, false, style, null), out);
                } else if (Xhtml.hasClass(e, "number")) {
                    children(e, look.with(false, false, false, styles.id(Style.SECTION_NUMBER), null), out);
                } else if (Xhtml.hasClass(e, "symbol")) {
                    children(e, look.asSymbol(), out);
                } else if (Xhtml.hasClass(e, "summary-title")) {
                    children(e, look.with(false, false, false, styles.id(Style.SUMMARY_LABEL), null), out);
                    out.add(new Piece(" ", look));
                } else {
                    children(e, look, out);
                }
            }
            // Block-level elements reach here only inside a table cell or heading: read their text.
            default -> children(e, look, out);
        }
    }

    private void children(Element e, Look look, List<Piece> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            collect(n, look, out);
        }
    }

    /** A chip: its text with a no-break space either side, so the shading has some room like the PDF's padding. */
    private void padded(Element e, Look look, List<Piece> out) {
        String text = Xhtml.text(e);
        if (!text.isEmpty()) {
            out.add(new Piece(NBSP + text + NBSP, look));
        }
    }

    /** HTML white-space rules: runs of white space are one space; none at the start, end or after a break. */
    private static List<Piece> collapse(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        boolean spaceBefore = true;
        for (Piece p : pieces) {
            if (p.text() == null) {
                trimEnd(out);
                out.add(p);
                spaceBefore = true;
                continue;
            }
            String t = p.text().replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (spaceBefore && t.startsWith(" ")) {
                t = t.substring(1);
            }
            if (!t.isEmpty()) {
                out.add(new Piece(t, p.look()));
                spaceBefore = t.endsWith(" ");
            }
        }
        trimEnd(out);
        return out;
    }

    private static void trimEnd(List<Piece> out) {
        while (!out.isEmpty() && out.getLast().text() != null && out.getLast().text().endsWith(" ")) {
            Piece last = out.removeLast();
            String t = last.text().stripTrailing();
            if (!t.isEmpty()) {
                out.add(new Piece(t, last.look()));
                return;
            }
        }
    }

    private void emit(XWPFParagraph p, List<Piece> pieces) {
        Element openLink = null;
        CTHyperlink hyperlink = null;
        for (Piece piece : pieces) {
            Look look = piece.look();
            XWPFRun run;
            if (look.link() != null) {
                if (look.link() != openLink) {
                    openLink = look.link();
                    String rId = relationship(p, openLink.getAttribute("href").strip());
                    hyperlink = rId == null ? null : p.getCTP().addNewHyperlink();
                    if (hyperlink != null) {
                        hyperlink.setId(rId);
                    }
                }
                run = hyperlink != null ? new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), p) : p.createRun();
            } else {
                openLink = null;
                hyperlink = null;
                run = p.createRun();
            }
            if (piece.text() == null) {
                run.addBreak();
                continue;
            }
            if (look.charStyle() != null) {
                run.setStyle(look.charStyle());
            }
            if (look.bold()) {
                run.setBold(true);
            }
            if (look.symbol()) {
                for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                    run.setFontFamily(SYMBOL_FONT, range);
                }
            }
            if (look.italic()) {
                run.setItalic(true);
            }
            if (look.strike()) {
                run.setStrikeThrough(true);
                run.setColor("718096");
            }
            run.setText(piece.text());
        }
    }

    /** The relationship id of an external link, one per URL and part; null when the URL cannot be a link. */
    private String relationship(XWPFParagraph p, String href) {
        PackagePart part = p.getPart().getPackagePart();
        Map<String, String> ids = relationships.computeIfAbsent(part, k -> new HashMap<>());
        String known = ids.get(href);
        if (known != null) {
            return known;
        }
        String target = encode(href);
        if (target == null) {
            return null;
        }
        String id = part.addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation()).getId();
        ids.put(href, id);
        return id;
    }

    /**
     * The URL as a valid URI: notes carry Chinese paths and spaces, which java.net.URI (and so POI)
     * rejects; they are percent-encoded as UTF-8, as a browser would send them. Links without a
     * scheme (a relative path) or with a scripting scheme are not made clickable.
     */
    static String encode(String href) {
        StringBuilder sb = new StringBuilder();
        for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                sb.append((char) c);
            }
        }
        try {
            URI uri = new URI(sb.toString());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return switch (scheme) {
                case "http", "https", "mailto", "ftp" -> uri.toString();
                default -> null;
            };
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
