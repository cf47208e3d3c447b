package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.Xhtml;
import io.weeklyreport.render.pptx.Deck.Figure;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Deck.Kind;
import io.weeklyreport.render.pptx.Deck.Layout;
import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Deck.Para;
import io.weeklyreport.render.pptx.Deck.Span;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the deck XHTML of {@code slides.ftlh} into a {@link Deck}. It knows the template's small vocabulary
 * (see the comment at the top of slides.ftlh) and reads any other element as plain text, so a customised
 * template loses styling, never words.
 */
final class DeckReader {
    /** Lists nested deeper than this are shown at this level: slides have room for three. */
    static final int MAX_LEVEL = 3;

    private DeckReader() {
    }

    static Deck read(String xhtml) throws RenderException {
        Element html = Xhtml.parse(xhtml).getDocumentElement();
        String lang = html.getAttribute("lang").isEmpty() ? "zh-CN" : html.getAttribute("lang");
        String title = "";
        String footer = "";
        String continued = " ({n}/{total})";
        String links = "Links";
        Element head = child(html, "head");
        if (head != null) {
            for (Element e : Xhtml.children(head)) {
                switch (Xhtml.tag(e)) {
                    case "title" -> title = normalise(e.getTextContent()).strip();
                    case "meta" -> {
                        String content = e.getAttribute("content");
                        switch (e.getAttribute("name")) {
                            case "footer" -> footer = content;
                            case "continued" -> continued = content;
                            case "notes-links" -> links = content;
                            default -> { }
                        }
                    }
                    default -> { }
                }
            }
        }
        List<LogicalSlide> slides = new ArrayList<>();
        Element body = child(html, "body");
        if (body != null) {
            collectSlides(body, slides);
        }
        return new Deck(lang, title, footer, continued, links, slides);
    }

    private static void collectSlides(Element container, List<LogicalSlide> into) {
        for (Element e : Xhtml.children(container)) {
            if (Xhtml.tag(e).equals("section") && Xhtml.hasClass(e, "slide")) {
                into.add(slide(e));
            } else {
                collectSlides(e, into);
            }
        }
    }

    private static LogicalSlide slide(Element section) {
        Layout layout = Layout.of(section.getAttribute("data-layout"));
        List<Span> title = new ArrayList<>();
        List<Span> subtitle = new ArrayList<>();
        List<List<Para>> frames = new ArrayList<>();
        Figure figure = null;
        List<Grid> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Element e : Xhtml.children(section)) {
            String n = Xhtml.tag(e);
            if (n.matches("h[1-6]")) {
                title.addAll(trim(inlines(e, Look.NONE)));
            } else if (n.equals("p") && Xhtml.hasClass(e, "subtitle")) {
                subtitle.addAll(trim(inlines(e, Look.NONE)));
            } else if (n.equals("aside")) {
                for (Element p : Xhtml.children(e)) {
                    notes.add(normalise(p.getTextContent()).strip());
                }
                if (Xhtml.children(e).isEmpty()) {
                    notes.add(normalise(e.getTextContent()).strip());
                }
            } else if (n.equals("table")) {
                tables.add(grid(e));
            } else if (n.equals("div") && Xhtml.hasClass(e, "figure")) {
                Element img = descendant(e, "img");
                Figure f = img == null ? null : figure(img);
                List<Para> caption = new ArrayList<>();
                for (Element c : Xhtml.children(e)) {
                    if (Xhtml.tag(c).equals("p")) {
                        caption.add(new Para(Kind.CAPTION, 0, "", trim(inlines(c, Look.NONE)), false));
                    }
                }
                if (f != null) {
                    figure = f;
                } else if (img != null) {
                    caption.addFirst(new Para(Kind.PLAIN, 0, "", List.of(Span.plain(img.getAttribute("src"))), false));
                }
                if (!caption.isEmpty()) {
                    frames.add(caption);
                }
            } else {
                List<Para> frame = new ArrayList<>();
                blocks(n.equals("div") ? e : wrap(e), 0, frame);
                if (!frame.isEmpty()) {
                    frames.add(frame);
                }
            }
        }
        return new LogicalSlide(layout, title, subtitle, frames, figure, tables, notes);
    }

    /** A stray element directly in a section (a template's own {@code <p>}) is read as a frame of its own. */
    private static Element wrap(Element e) {
        Element div = e.getOwnerDocument().createElement("div");
        div.appendChild(e.cloneNode(true));
        return div;
    }

    private static Figure figure(Element img) {
        // never fetched: a slide shows local pictures only
        return ImageFile.localPath(img.getAttribute("src"))
                .map(file -> new Figure(file, img.getAttribute("alt")))
                .orElse(null);
    }

    private static Grid grid(Element table) {
        List<List<Span>> header = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Element tr : descendants(table, "tr")) {
            List<List<Span>> cells = new ArrayList<>();
            boolean headerRow = false;
            for (Element cell : Xhtml.children(tr)) {
                if (Xhtml.tag(cell).equals("th") || Xhtml.tag(cell).equals("td")) {
                    headerRow |= Xhtml.tag(cell).equals("th") && Xhtml.tag((Element) tr.getParentNode()).equals("thead");
                    cells.add(trim(inlines(cell, Look.NONE)));
                }
            }
            if (headerRow && header.isEmpty()) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        return new Grid(header, rows);
    }

    // ---- text frames ---------------------------------------------------------------------------------

    private static void blocks(Element container, int depth, List<Para> into) {
        List<Span> loose = new ArrayList<>();
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && isBlock(e)) {
                flushLoose(loose, depth, into);
                block(e, depth, into);
            } else {
                loose.addAll(inline(node, Look.NONE));
            }
        }
        flushLoose(loose, depth, into);
    }

    private static void flushLoose(List<Span> loose, int depth, List<Para> into) {
        List<Span> spans = trim(loose);
        if (!Span.plain(spans).isBlank()) {
            into.add(new Para(Kind.PLAIN, Math.min(depth, MAX_LEVEL), "", spans, false));
        }
        loose.clear();
    }

    private static void block(Element e, int depth, List<Para> into) {
        int level = Math.min(depth, MAX_LEVEL);
        switch (Xhtml.tag(e)) {
            case "ul", "ol" -> list(e, depth, into);
            case "pre" -> {
                String text = e.getTextContent().replace("\r", "").replaceAll("\n+$", "");
                for (String line : text.split("\n", -1)) {
                    into.add(new Para(Kind.CODE, level, "", List.of(new Span(line.isEmpty() ? " " : line,
                            false, false, true, false, false, null, null)), false));
                }
            }
            case "blockquote" -> {
                List<Para> inner = new ArrayList<>();
                blocks(e, depth, inner);
                for (Para p : inner) {
                    into.add(p.kind() == Kind.PLAIN ? new Para(Kind.QUOTE, p.level(), "", italic(p.spans()), false) : p);
                }
            }
            case "p" -> {
                List<Span> spans = trim(inlines(e, Look.NONE));
                if (!Span.plain(spans).isBlank()) {
                    Kind kind = Xhtml.hasClass(e, "caption") ? Kind.CAPTION : Kind.PLAIN;
                    into.add(new Para(kind, level, "", spans, false));
                }
            }
            default -> blocks(e, depth, into);   // div, table inside a frame, anything else: its text
        }
    }

    private static void list(Element list, int depth, List<Para> into) {
        boolean ordered = Xhtml.tag(list).equals("ol");
        boolean noBullets = "none".equals(list.getAttribute("data-bullets"));
        int number = ordered ? parseInt(list.getAttribute("start"), 1) : 0;
        for (Element li : Xhtml.children(list)) {
            if (!Xhtml.tag(li).equals("li")) {
                continue;
            }
            int level = Math.min(depth + 1, MAX_LEVEL);
            List<Span> own = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node node = li.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && isBlock(e)) {
                    nested.add(e);
                } else if (nested.isEmpty()) {
                    own.addAll(inline(node, Look.NONE));
                }
            }
            Kind kind = noBullets ? Kind.PLAIN : ordered ? Kind.NUMBERED : Kind.BULLET;
            List<Span> spans = new ArrayList<>(trim(own));
            if (ordered && !noBullets) {
                // the number is text, not an auto-number: a list continued on the next slide keeps counting right
                spans.addFirst(Span.plain(number + ". "));
            }
            into.add(new Para(kind, noBullets ? depth : level, ordered ? number + "." : "", spans, false));
            number++;
            for (Element e : nested) {
                block(e, depth + 1, into);   // nested lists one level deeper, paragraphs under the item's text
            }
        }
    }

    private static boolean isBlock(Element e) {
        return switch (Xhtml.tag(e)) {
            case "p", "ul", "ol", "pre", "blockquote", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    // ---- inline text ---------------------------------------------------------------------------------

    /** The look that inline elements pass down to the text inside them. */
    private record Look(boolean bold, boolean italic, boolean mono, boolean strike, boolean muted, String chip,
                        String href) {
        static final Look NONE = new Look(false, false, false, false, false, null, null);

        Span span(String text) {
            return new Span(text, bold, italic, mono, strike, muted, chip, href);
        }
    }

    private static List<Span> inlines(Element e, Look look) {
        List<Span> spans = new ArrayList<>();
        for (Node node = e.getFirstChild(); node != null; node = node.getNextSibling()) {
            spans.addAll(inline(node, look));
        }
        return spans;
    }

    private static List<Span> inline(Node node, Look look) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = look.mono() ? node.getNodeValue() : normalise(node.getNodeValue());
            return text.isEmpty() ? List.of() : List.of(look.span(text));
        }
        if (!(node instanceof Element e)) {
            return List.of();
        }
        Look inner = switch (Xhtml.tag(e)) {
            case "strong", "b" -> new Look(true, look.italic(), look.mono(), look.strike(), look.muted(), look.chip(), look.href());
            case "em", "i" -> new Look(look.bold(), true, look.mono(), look.strike(), look.muted(), look.chip(), look.href());
            case "code" -> new Look(look.bold(), look.italic(), true, look.strike(), look.muted(), look.chip(), look.href());
            case "del", "s" -> new Look(look.bold(), look.italic(), look.mono(), true, look.muted(), look.chip(), look.href());
            case "a" -> new Look(look.bold(), look.italic(), look.mono(), look.strike(), look.muted(), look.chip(),
                    e.getAttribute("href").isEmpty() ? look.href() : e.getAttribute("href"));
            case "span" -> spanLook(e, look);
            default -> look;
        };
        if (Xhtml.tag(e).equals("br")) {
            return List.of(look.span("\n"));
        }
        List<Span> spans = inlines(e, inner);
        if (inner.chip() != null && look.chip() == null && !spans.isEmpty()) {
            // the chip's coloured background reaches a little past its word, like the handout's chip
            String label = Span.plain(spans).strip();
            return List.of(inner.span("\u00a0" + label + "\u00a0"));
        }
        return spans;
    }

    private static Look spanLook(Element e, Look look) {
        if (Xhtml.hasClass(e, "chip")) {
            String status = Arrays.stream(e.getAttribute("class").split("\\s+"))
                    .filter(c -> c.startsWith("status-")).map(c -> c.substring("status-".length()))
                    .findFirst().orElse("none");
            return new Look(true, look.italic(), look.mono(), look.strike(), look.muted(), status, look.href());
        }
        if (Xhtml.hasClass(e, "crumb") || Xhtml.hasClass(e, "crumb-sep")) {
            return new Look(look.bold(), look.italic(), look.mono(), look.strike(), true, look.chip(), look.href());
        }
        if (Xhtml.hasClass(e, "label")) {
            return new Look(true, look.italic(), look.mono(), look.strike(), true, look.chip(), look.href());
        }
        return look;
    }

    private static List<Span> italic(List<Span> spans) {
        return spans.stream().map(s -> new Span(s.text(), s.bold(), true, s.mono(), s.strike(), s.muted(),
                s.chip(), s.href())).toList();
    }

    /** Drops the white space at both ends of a paragraph, as a browser would. */
    static List<Span> trim(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty() && !out.getFirst().mono() && out.getFirst().text().isBlank() && !out.getFirst().text().contains("\n")) {
            out.removeFirst();
        }
        while (!out.isEmpty() && !out.getLast().mono() && out.getLast().text().isBlank()) {
            out.removeLast();
        }
        if (!out.isEmpty() && !out.getFirst().mono()) {
            out.set(0, out.getFirst().withText(out.getFirst().text().stripLeading()));
        }
        if (!out.isEmpty() && !out.getLast().mono()) {
            out.set(out.size() - 1, out.getLast().withText(out.getLast().text().stripTrailing()));
        }
        // two spans meeting with spaces on both sides would show a double space
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i - 1).text().endsWith(" ") && out.get(i).text().startsWith(" ") && !out.get(i).mono()) {
                out.set(i, out.get(i).withText(out.get(i).text().substring(1)));
            }
        }
        return out;
    }

    static String normalise(String text) {
        return text.replaceAll("[ \\t\\r\\n\\f]+", " ");
    }

    // ---- DOM -----------------------------------------------------------------------------------------




    private static Element child(Element e, String name) {
        return Xhtml.children(e).stream().filter(c -> Xhtml.tag(c).equals(name)).findFirst().orElse(null);
    }

    private static Element descendant(Element e, String name) {
        List<Element> all = descendants(e, name);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<Element> descendants(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Element c : Xhtml.children(e)) {
            if (Xhtml.tag(c).equals(name)) {
                out.add(c);
            }
            out.addAll(descendants(c, name));
        }
        return out;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
