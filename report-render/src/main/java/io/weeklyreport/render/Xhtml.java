package io.weeklyreport.render;

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

/**
 * Reads the XHTML our templates produce into a DOM for the writers, and answers the few questions the
 * writers ask of its elements. No DTD is loaded and no external
 * entity is resolved: a template cannot make rendering read files or reach the network.
 */
public final class Xhtml {
    public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private Xhtml() {
    }

    /**
     * A namespace-aware parser per thread, with DTDs, external entities and XInclude off: setting one up costs more
     * than parsing a note's XHTML, and a render thread parses several. Reset before each use.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(Xhtml::newBuilder);

    public static Document parse(String xhtml) throws RenderException {
        try {
            DocumentBuilder builder = BUILDERS.get();
            builder.reset();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new RenderException("the document XHTML is not well-formed (check a customised template): "
                    + e.getMessage(), e);
        } catch (IllegalStateException | IOException e) {
            throw new RenderException("XHTML cannot be read: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be set up: " + e.getMessage(), e);
        }
    }

    /** Lower-case element name without a prefix. */
    public static String tag(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    public static boolean hasClass(Element e, String cls) {
        String attr = e.getAttribute("class");
        return !attr.isEmpty() && Arrays.asList(attr.trim().split("\\s+")).contains(cls);
    }

    /** The first class that starts with the prefix, without it ("status-done" -> "done"); null when none. */
    public static String classWithPrefix(Element e, String prefix) {
        for (String c : e.getAttribute("class").trim().split("\\s+")) {
            if (c.startsWith(prefix) && c.length() > prefix.length()) {
                return c.substring(prefix.length());
            }
        }
        return null;
    }

    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    public static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(e -> tag(e).equals(tag)).toList();
    }

    /** The first element under root (depth first) with this tag, or null. */
    public static Element find(Element root, String tag) {
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
    public static String meta(Document doc, String name) {
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
    public static String text(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
