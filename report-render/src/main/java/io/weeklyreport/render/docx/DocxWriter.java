package io.weeklyreport.render.docx;

import io.weeklyreport.render.Palette;
import io.weeklyreport.render.Xhtml;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The document XHTML as a native Word document (Apache POI XWPF): Title and Heading styles, real list
 * numbering, hyperlinks, tables, inline images, a page-number footer and document properties.
 * Fonts are named, never embedded, which keeps the file small enough to email. Internal: public only
 * for {@code ReportRenderer}.
 */
public final class DocxWriter {
    private final RenderOptions options;
    private final Clock clock;

    public DocxWriter(RenderOptions options) {
        this(options, Clock.systemUTC());
    }

    DocxWriter(RenderOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    public void write(String xhtml, OutputStream out) throws RenderException, IOException {
        Document html = Xhtml.parse(xhtml);
        Element root = html.getDocumentElement();
        Element body = Xhtml.find(root, "body");
        if (body == null) {
            throw new RenderException("the document XHTML has no <body> (check a customised report.ftlh)");
        }
        boolean fromReference = options.referenceDocx() != null;
        // The whole document is built before a byte is written: a failure leaves no half-written file.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (XWPFDocument doc = fromReference ? ReferenceDocument.open(options.referenceDocx()) : new XWPFDocument()) {
            String language = root.getAttribute("lang").isBlank() ? root.getAttribute("xml:lang") : root.getAttribute("lang");
            Palette palette = Palette.of(options.theme().colors());
            WordStyles styles = WordStyles.install(doc, new WordStyles.Fonts(options.latinFont(), options.eastAsiaFont()),
                    language.isBlank() ? "en-US" : language.strip(), palette, fromReference);
            if (!fromReference) {
                declareCurrentWordLayout(doc);
            }
            PageLayout.TextArea area = PageLayout.apply(doc, options.pageSize(), fromReference);
            if (!fromReference || doc.getFooterList().isEmpty()) {
                PageLayout.addFooter(doc, styles, area, runningTitle(body), Xhtml.meta(html, "page-footer"));
            }
            new BodyWriter(doc, styles, new ListNumbering(doc, options.latinFont(), palette.accent().hex()), new Pictures(area), area).write(body);
            DocumentProperties.apply(doc, html, clock.instant());
            doc.write(buffer);
        } catch (RuntimeException e) {
            throw new RenderException("DOCX rendering failed: " + e, e);
        }
        buffer.writeTo(out);
    }

    /**
     * Without a compatibility mode Word opens the file in "Compatibility Mode" (Word 2007 layout rules,
     * a banner in the title bar); 15 is the mode of every Word since 2013.
     */
    private static void declareCurrentWordLayout(XWPFDocument doc) throws RenderException {
        try {
            doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(
                    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:defaultTabStop w:val=\"420\"/>"
                            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                            + " w:val=\"15\"/></w:compat></w:settings>").getSettings());
        } catch (XmlException e) {
            throw new RenderException("internal DOCX settings are malformed: " + e.getMessage(), e);
        }
    }

    private static String runningTitle(Element body) {
        for (Element e : Xhtml.children(body)) {
            if (Xhtml.hasClass(e, "running-footer")) {
                return Xhtml.text(e);
            }
        }
        return "";
    }
}
