package io.weeklyreport.render.docx;

import io.weeklyreport.render.RenderException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A user's .docx whose styles, page setup, header and footer the report takes (like pandoc's
 * reference-doc): its body is emptied and the report is written in its place.
 */
final class ReferenceDocument {
    /** A style template is a few hundred KB; anything this large is not one. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** No part of a style template inflates to more than this. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** A part that compresses better than 1:100 is a zip bomb, not a document (POI's own default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private ReferenceDocument() {
    }

    static XWPFDocument open(Path file) throws RenderException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RenderException(name + ": not a valid .docx: larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RenderException(name + ": reference document not found: " + file, e);
        } catch (IOException e) {
            throw new RenderException(name + ": cannot be read: " + e.getMessage(), e);
        }
        // POI keeps these limits in static fields; setting the same values each time is harmless and makes
        // sure a user's file is opened with them whatever another part of the process did.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new RenderException(name + ": not a valid .docx: " + reason(e), e);
        }
        clearBody(doc);
        return doc;
    }

    /** Removes every paragraph, table and other block, keeping the final section properties. */
    private static void clearBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            BodyElementType type = doc.getBodyElements().get(i).getElementType();
            if (type == BodyElementType.PARAGRAPH || type == BodyElementType.TABLE) {
                doc.removeBodyElement(i);
            }
        }
        // Content controls and the like, which POI's body list does not remove.
        Node body = doc.getDocument().getBody().getDomNode();
        for (Node n = body.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.ELEMENT_NODE && !"sectPr".equals(n.getLocalName())) {
                body.removeChild(n);
            }
            n = next;
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
