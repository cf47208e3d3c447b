package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Para.Kind;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTNotesSlide;

import java.util.ArrayList;
import java.util.List;

/** A slide's speaker notes: the full text of what it shows, one line per paragraph, each followed by its URLs. */
final class SpeakerNotes {
    private final XMLSlideShow show;
    private final TextRuns runs;
    private final Deck deck;
    /**
     * The deck's first notes page as made from the master, body emptied: the XML every later page copies; null before
     * that page, and for a master whose pages cannot be copied as XML.
     */
    private CTNotesSlide page;
    private boolean firstPage = true;

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
        XSLFNotes notes = newNotes(slide);
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
            // the master's notes style says 12 pt, which LibreOffice does not apply to a notes page (it prints 20 pt)
            r.setFontSize(NOTES_SIZE);
            r.setFontFamily(runs.eastAsiaFont(), FontGroup.EAST_ASIAN);
            runs.language(((CTRegularTextRun) r.getXmlObject()).getRPr(), line);
        }
    }

    /**
     * A notes page for the slide, related to it and to the notes master. POI's own way ({@code getNotesSlide}) copies
     * every shape of the notes master property by property, reading each through the master's inheritance: a sixth
     * of a deck's time. Here the deck's first page is made from the master that way (after the master is trimmed),
     * its body is emptied, and every later page is a copy of that page's XML, made as one XML copy. A master whose
     * shapes refer to other parts (a logo) has every page made from the master, as a copied reference would point at
     * nothing. (POI also relates each page to the presentation, which no reader needs: here only the slide does.)
     */
    private XSLFNotes newNotes(XSLFSlide slide) {
        if (show.getNotesMaster() == null) {
            show.createNotesMaster();
            DeckTemplate.trimNotesMaster(show);   // ours, made just now: the pages copy less
        }
        XSLFNotesMaster master = show.getNotesMaster();
        int number = slide.getNextPartNumber(XSLFRelation.NOTES, 1);
        XSLFNotes notes = (XSLFNotes) slide.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(), number);
        notes.addRelation(null, XSLFRelation.NOTES_MASTER, master);
        notes.addRelation(null, XSLFRelation.SLIDE, slide);
        if (page != null) {
            notes.getXmlObject().set(page);
            return notes;
        }
        notes.importContent(master);
        fieldsAsFields(notes.getXmlObject().getDomNode());
        if (firstPage) {
            firstPage = false;
            for (XSLFTextShape s : notes.getPlaceholders()) {
                if (s.getTextType() == Placeholder.BODY) {
                    s.clearText();
                }
            }
            page = refersToParts(notes.getXmlObject().getDomNode()) ? null : (CTNotesSlide) notes.getXmlObject().copy();
        }
        return notes;
    }

    /** Whether an element below the node names another part (r:id, r:embed, r:link). */
    private static boolean refersToParts(org.w3c.dom.Node node) {
        if (node instanceof org.w3c.dom.Element e) {
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                if (RELATIONSHIPS.equals(attributes.item(i).getNamespaceURI())) {
                    return true;
                }
            }
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (refersToParts(c)) {
                return true;
            }
        }
        return false;
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

    /** Points: what PowerPoint's notes pages use. */
    static final double NOTES_SIZE = 12;
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}
