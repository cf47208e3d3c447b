package io.weeklyreport.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/**
 * The document XHTML as a standard HTML5 page that travels: local pictures inside it as data: URIs (or,
 * without embedding, links relative to where the page is written, never {@code file:} paths), a viewport
 * for phones, and none of the PDF renderer's private elements ({@code <bookmarks>}). The serialisation itself
 * ({@link #html5}) also writes the mail body, under the mail's own {@link Policy}.
 */
final class HtmlWriter {
    /** What a kind of page keeps of the XHTML, and how it writes the attributes it keeps. */
    interface Policy {
        /** False leaves the element out, with everything inside it. */
        boolean keeps(Element element, String tag);

        /** The attribute's value as the page should have it, or null to leave the attribute out. */
        String attribute(String tag, String name, String value);
    }

    /** Elements HTML writes without an end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    /** Elements whose text HTML does not escape. */
    private static final Set<String> RAW_TEXT = Set.of("style", "script");
    /** Only for the PDF renderer: the outline and the footer label of writers that draw their own. */
    private static final Set<String> PDF_ONLY = Set.of("bookmarks");

    private final boolean embed;
    private final Path folder;

    /**
     * @param embed  pictures inside the page as data: URIs
     * @param folder where the page will be written, for relative links when not embedding; null for the
     *               working folder
     */
    HtmlWriter(boolean embed, Path folder) {
        this.embed = embed;
        this.folder = folder;
    }

    byte[] write(String xhtml) throws RenderException {
        return html5(xhtml, new Policy() {
            @Override
            public boolean keeps(Element element, String tag) {
                return !PDF_ONLY.contains(tag);
            }

            @Override
            public String attribute(String tag, String name, String value) {
                return tag.equals("img") && name.equals("src") ? pictureSource(value) : value;
            }
        }).getBytes(StandardCharsets.UTF_8);
    }

    /** XHTML as an HTML5 page with a viewport for phones, keeping what the policy keeps. */
    static String html5(String xhtml, Policy policy) throws RenderException {
        Document doc = Xhtml.parse(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length() + 1024);
        out.append("<!DOCTYPE html>\n");
        element(doc.getDocumentElement(), out, policy);
        out.append('\n');
        return out.toString();
    }

    private static void element(Element e, StringBuilder out, Policy policy) {
        String tag = Xhtml.tag(e);
        if (!policy.keeps(e, tag)) {
            return;
        }
        out.append('<').append(tag);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getNodeName();
            if (name.equals("xmlns") || name.startsWith("xmlns:") || name.equals("xml:lang")) {
                continue;   // HTML's own namespace; lang= says the language
            }
            String value = policy.attribute(tag, name, a.getNodeValue());
            if (value != null) {
                out.append(' ').append(name).append("=\"").append(HtmlText.escape(value, true)).append('"');
            }
        }
        out.append('>');
        if (tag.equals("head")) {
            out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        }
        if (VOID.contains(tag)) {
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) n, out, policy);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE ->
                        out.append(RAW_TEXT.contains(tag) ? n.getNodeValue() : HtmlText.escape(n.getNodeValue(), false));
                default -> { }
            }
        }
        out.append("</").append(tag).append('>');
    }

    /** A local picture as a data: URI, or a link relative to the page; anything else as it was. */
    private String pictureSource(String src) {
        ImageFile image = ImageFile.localPath(src).flatMap(ImageFile::read).orElse(null);
        if (image == null) {
            return src.startsWith("file:") ? "" : src;
        }
        if (embed) {
            return "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes());
        }
        Path base = (folder != null ? folder : Path.of("")).toAbsolutePath().normalize();
        Path relative = base.relativize(image.path().toAbsolutePath().normalize());
        StringBuilder link = new StringBuilder();
        for (Path part : relative) {
            if (!link.isEmpty()) {
                link.append('/');
            }
            link.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return link.toString();
    }
}
