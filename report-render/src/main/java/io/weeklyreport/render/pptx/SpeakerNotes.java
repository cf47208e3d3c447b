package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Para.Kind;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

import java.util.ArrayList;
import java.util.List;

/** A slide's speaker notes: the full text of what it shows, one line per paragraph, each followed by its URLs. */
final class SpeakerNotes {
    private final XMLSlideShow show;
    private final TextRuns runs;
    private final Deck deck;

    SpeakerNotes(XMLSlideShow show, TextRuns runs, Deck deck) {
        this.show = show;
        this.runs = runs;
        this.deck = deck;
    }

    void add(XSLFSlide slide, String title, List<Para> shown, List<String> extra) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        String colon = deck.chinese() ? "：" : ": ";
        for (Para p : shown) {
            String indent = "  ".repeat(Math.max(0, p.level() - 1));
            String bullet = p.bulleted() && p.kind() == Kind.BULLET ? "• " : p.continuesPrevious() ? "… " : "";
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
        fieldsAsFields(notes.getXmlObject().getDomNode());
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
            r.setFontFamily(runs.eastAsiaFont(), FontGroup.EAST_ASIAN);
            runs.language(((CTRegularTextRun) r.getXmlObject()).getRPr(), line);
        }
    }

    /**
     * POI copies the master's date and number fields onto a notes page as plain runs that keep the fields' id and
     * type attributes, which the schema forbids (PowerPoint offers to repair the file): they become fields again.
     */
    private static void fieldsAsFields(org.w3c.dom.Node node) {
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; ) {
            org.w3c.dom.Node next = c.getNextSibling();
            if (c instanceof org.w3c.dom.Element e && "r".equals(e.getLocalName()) && DRAWING.equals(e.getNamespaceURI())
                    && e.hasAttribute("id") && e.hasAttribute("type")) {
                org.w3c.dom.Element field = e.getOwnerDocument().createElementNS(DRAWING, (e.getPrefix() == null || e.getPrefix().isEmpty() ? "a" : e.getPrefix()) + ":fld");
                field.setAttribute("id", e.getAttribute("id"));
                field.setAttribute("type", e.getAttribute("type"));
                while (e.getFirstChild() != null) {
                    field.appendChild(e.getFirstChild());
                }
                e.getParentNode().replaceChild(field, e);
            } else {
                fieldsAsFields(c);
            }
            c = next;
        }
    }

    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
}
