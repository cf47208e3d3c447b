package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.Xhtml;
import io.weeklyreport.render.pptx.Deck.Figure;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.Deck.LogicalSlide;
import io.weeklyreport.render.pptx.Deck.Step;
import io.weeklyreport.render.pptx.Para.Kind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the deck XHTML of {@code slides.ftlh} into a {@link Deck}, after {@link DeckVocabulary} has checked that
 * it keeps to the slide vocabulary.
 */
final class DeckReader {
    /** Lists nested deeper than this are shown at this level: slides have room for three. */
    static final int MAX_LEVEL = 3;

    private DeckReader() {
    }

    static Deck read(String xhtml) throws RenderException {
        Element html = Xhtml.parse(xhtml).getDocumentElement();
        DeckVocabulary.check(html);
        String lang = html.getAttribute("lang").isEmpty() ? "zh-CN" : html.getAttribute("lang");
        String title = "";
        String footer = "";
        String continued = " ({n}/{total})";
        String links = "Links";
        int slideLevel = 0;
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
                            case "slide-level" -> slideLevel = Math.max(0, DeckVocabulary.parseLine(content));
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
        return new Deck(lang, title, footer, continued, links, slideLevel, slides);
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
        SlideKind layout = SlideKind.byId(section.getAttribute("data-layout"));   // checked by the vocabulary
        List<Span> title = new ArrayList<>();
        List<Step> path = new ArrayList<>();
        List<Span> subtitle = new ArrayList<>();
        List<List<Para>> frames = new ArrayList<>();
        Figure figure = null;
        List<Grid> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Element e : Xhtml.children(section)) {
            String n = Xhtml.tag(e);
            if (n.matches("h[1-6]")) {
                title.addAll(trim(inlines(e, Look.NONE)));
                path.addAll(path(e));
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
                Element img = Xhtml.find(e, "img");
                Figure f = img == null ? null : figure(img);
                List<Para> caption = new ArrayList<>();
                for (Element c : Xhtml.children(e)) {
                    if (Xhtml.tag(c).equals("p")) {
                        caption.add(Para.of(Kind.CAPTION, trim(inlines(c, Look.NONE))));
                    }
                }
                if (f != null) {
                    figure = f;
                } else if (img != null) {
                    caption.addFirst(Para.plain(List.of(Span.plain(img.getAttribute("src")))));
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
        return new LogicalSlide(layout, title, path, subtitle, frames, figure, tables, notes,
                DeckVocabulary.parseLine(section.getAttribute("data-level")), "before".equals(section.getAttribute("data-break")),
                DeckVocabulary.parseLine(section.getAttribute("data-line")));
    }

    /** The title's steps: each {@code span.crumb} and the {@code span.here}, keyed by their {@code data-key}. */
    private static List<Step> path(Element heading) {
        List<Step> steps = new ArrayList<>();
        for (Element span : Xhtml.children(heading, "span")) {
            if (Xhtml.hasClass(span, "crumb") || Xhtml.hasClass(span, "here")) {
                List<Span> label = trim(inlines(span, Look.NONE));
                String key = span.getAttribute("data-key").isEmpty() ? Span.plain(label) : span.getAttribute("data-key");
                steps.add(new Step(key, label));
            }
        }
        return steps;
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
            into.add(Para.plain(spans).atLevel(Math.min(depth, MAX_LEVEL)));
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
                    into.add(Para.of(Kind.CODE, List.of(Span.plain(line.isEmpty() ? " " : line).mono())).atLevel(level));
                }
            }
            case "blockquote" -> {
                List<Para> inner = new ArrayList<>();
                blocks(e, depth, inner);
                for (Para p : inner) {
                    into.add(p.kind() == Kind.PLAIN ? p.as(Kind.QUOTE).withSpans(p.spans().stream().map(Span::italic).toList()) : p);
                }
            }
            case "p" -> {
                List<Span> spans = trim(inlines(e, Look.NONE));
                if (!Span.plain(spans).isBlank()) {
                    Kind kind = Xhtml.hasClass(e, "caption") ? Kind.CAPTION : Kind.PLAIN;
                    into.add(Para.of(kind, spans).atLevel(level));
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
            into.add(Para.of(kind, spans).atLevel(noBullets ? depth : level).numbered(ordered ? number + "." : ""));
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
            return text.isEmpty() ? List.of() : List.of(new Span(text, look));
        }
        if (!(node instanceof Element e)) {
            return List.of();
        }
        if (Xhtml.tag(e).equals("br")) {
            return List.of(new Span("\n", look));
        }
        Look inner = switch (Xhtml.tag(e)) {
            case "strong", "b" -> look.asBold();
            case "em", "i" -> look.asItalic();
            case "code" -> look.asMono();
            case "del", "s" -> look.asStruck();
            case "a" -> e.getAttribute("href").isEmpty() ? look : look.linkedTo(e.getAttribute("href"));
            case "span" -> spanLook(e, look);
            default -> look;
        };
        List<Span> spans = inlines(e, inner);
        if (inner.chip() != null && look.chip() == null && !spans.isEmpty()) {
            // the chip's coloured background reaches a little past its word, like the handout's chip
            String label = Span.plain(spans).strip();
            return List.of(new Span("\u00a0" + label + "\u00a0", inner));
        }
        return spans;
    }

    private static Look spanLook(Element e, Look look) {
        if (Xhtml.hasClass(e, "chip")) {
            String status = Xhtml.classWithPrefix(e, "status-");
            return look.asChip(status == null ? io.weeklyreport.model.Status.NONE : DeckVocabulary.status(status));
        }
        if (Xhtml.hasClass(e, "crumb") || Xhtml.hasClass(e, "crumb-sep")) {
            return look.asMuted();
        }
        if (Xhtml.hasClass(e, "label")) {
            return look.asBold().asMuted();
        }
        return look;
    }

    /** Drops the white space at both ends of a paragraph, as a browser would. */
    static List<Span> trim(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty() && !out.getFirst().look().mono() && out.getFirst().text().isBlank() && !out.getFirst().text().contains("\n")) {
            out.removeFirst();
        }
        while (!out.isEmpty() && !out.getLast().look().mono() && out.getLast().text().isBlank()) {
            out.removeLast();
        }
        if (!out.isEmpty() && !out.getFirst().look().mono()) {
            out.set(0, out.getFirst().withText(out.getFirst().text().stripLeading()));
        }
        if (!out.isEmpty() && !out.getLast().look().mono()) {
            out.set(out.size() - 1, out.getLast().withText(out.getLast().text().stripTrailing()));
        }
        // two spans meeting with spaces on both sides would show a double space
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i - 1).text().endsWith(" ") && out.get(i).text().startsWith(" ") && !out.get(i).look().mono()) {
                out.set(i, out.get(i).withText(out.get(i).text().substring(1)));
            }
        }
        return out;
    }

    static String normalise(String text) {
        return text.replaceAll("[ \\t\\r\\n\\f]+", " ");
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- DOM -----------------------------------------------------------------------------------------

    private static Element child(Element e, String name) {
        return Xhtml.children(e).stream().filter(c -> Xhtml.tag(c).equals(name)).findFirst().orElse(null);
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
}
