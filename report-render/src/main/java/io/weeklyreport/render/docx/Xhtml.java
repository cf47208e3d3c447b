package io.weeklyreport.render.docx;

import io.weeklyreport.render.RenderException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The document XHTML as a DOM, and the few questions the writer asks of its elements. */
final class Xhtml {
    private Xhtml() {
    }

    /**
     * Parses the template's output. A user template could carry an entity or a DOCTYPE with a system id:
     * nothing outside the string is ever read.
     */
    static Document parse(String xhtml) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RenderException("the document XHTML is not well-formed (check a customised report.ftlh): "
                    + e.getMessage(), e);
        }
    }

    /** Lower-case element name without a prefix. */
    static String tag(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    static boolean hasClass(Element e, String cls) {
        String attr = e.getAttribute("class");
        return !attr.isEmpty() && Arrays.asList(attr.trim().split("\\s+")).contains(cls);
    }

    /** The first class that starts with the prefix, without it ("status-done" -> "done"); null when none. */
    static String classWithPrefix(Element e, String prefix) {
        for (String c : e.getAttribute("class").trim().split("\\s+")) {
            if (c.startsWith(prefix) && c.length() > prefix.length()) {
                return c.substring(prefix.length());
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(e -> tag(e).equals(tag)).toList();
    }

    /** The first element under root (depth first) with this tag, or null. */
    static Element find(Element root, String tag) {
        for (Element child : children(root)) {
            if (tag(child).equals(tag)) {
                return child;
            }
            Element deeper = find(child, tag);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** The content attribute of {@code <meta name="...">} in the head, "" when absent. */
    static String meta(Document doc, String name) {
        Element head = find(doc.getDocumentElement(), "head");
        if (head == null) {
            return "";
        }
        for (Element m : children(head, "meta")) {
            if (name.equals(m.getAttribute("name"))) {
                return m.getAttribute("content").strip();
            }
        }
        return "";
    }

    /** Visible text with white space collapsed as a browser would. */
    static String text(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
