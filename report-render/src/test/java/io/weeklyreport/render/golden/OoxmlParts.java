package io.weeklyreport.render.golden;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An Office file as a reviewer reads it: every XML part pretty-printed (one element a line, attributes in
 * name order) with what changes from run to run normalised, every other part by size and digest.
 */
final class OoxmlParts {
    /** Timestamps and the machine's folders: what differs between two runs of the same input. */
    private static final List<Pattern> VOLATILE_ELEMENTS = List.of(
            Pattern.compile("dcterms:(created|modified)"));

    private OoxmlParts() {
    }

    /** Part name to normalised text, in name order. */
    static Map<String, String> of(byte[] office, Map<String, String> replacements) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(office))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                String name = e.getName();
                parts.put(name, isXml(name) ? pretty(data, replacements) : binary(data));
            }
        }
        return parts;
    }

    static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    private static String binary(byte[] data) {
        try {
            return "binary, " + data.length + " bytes, sha-256 "
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pretty(byte[] xml, Map<String, String> replacements) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(xml)));
            StringBuilder out = new StringBuilder();
            element(doc.getDocumentElement(), 0, out);
            String text = out.toString();
            for (var r : replacements.entrySet()) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return text;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void element(Element e, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            sorted.put(a.getName(), a.getValue());
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        List<Node> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                children.add(c);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        boolean volatileText = VOLATILE_ELEMENTS.stream().anyMatch(p -> p.matcher(e.getTagName()).matches());
        if (children.isEmpty()) {
            if (text.isEmpty()) {
                out.append("/>\n");
            } else {
                out.append('>').append(volatileText ? "(normalised)" : escape(text.toString())).append("</")
                        .append(e.getTagName()).append(">\n");
            }
            return;
        }
        out.append(">\n");
        if (!text.toString().isBlank()) {
            out.append(indent).append("  ").append(escape(text.toString().strip())).append('\n');
        }
        for (Node c : children) {
            element((Element) c, depth + 1, out);
        }
        out.append(indent).append("</").append(e.getTagName()).append(">\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** The parts in one text: "=== name" before each, the form a golden file is stored in. */
    static String join(Map<String, String> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach((name, text) -> sb.append("=== ").append(name).append('\n').append(text));
        return sb.toString();
    }

    /** The inverse of {@link #join}. */
    static Map<String, String> split(String joined) {
        Map<String, String> parts = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : joined.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    parts.put(name, text.toString());
                }
                name = line.substring(4);
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            String t = text.toString();
            parts.put(name, t.endsWith("\n\n") ? t.substring(0, t.length() - 1) : t);
        }
        return parts;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
