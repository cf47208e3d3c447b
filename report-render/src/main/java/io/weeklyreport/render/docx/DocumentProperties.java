package io.weeklyreport.render.docx;

import io.weeklyreport.render.Xhtml;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Title, subject, author and keywords from the XHTML head, as Word's File > Properties shows them. */
final class DocumentProperties {
    private DocumentProperties() {
    }

    static void apply(XWPFDocument doc, Document html, Instant created) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        String title = Xhtml.text(Xhtml.find(html.getDocumentElement(), "title"));
        core.setTitle(title);
        core.setSubjectProperty(Xhtml.meta(html, "subject"));
        core.setKeywords(Xhtml.meta(html, "keywords"));
        String author = Xhtml.meta(html, "author");
        core.setCreator(author.isEmpty() ? "weekly-report" : author);
        core.setLastModifiedByUser(author.isEmpty() ? "weekly-report" : author);
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("weekly-report");
    }
}
