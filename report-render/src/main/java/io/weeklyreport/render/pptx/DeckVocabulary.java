package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Status;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.Xhtml;
import org.w3c.dom.Element;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code slides.ftlh} may write and the PPTX writer reads: the contract between the deck template and
 * the writer. Each element may carry the classes listed for it (and {@code status-*}, {@code align-*},
 * {@code lang-*} where noted); a slide's {@code data-layout} is one of {@link SlideKind}. Anything else is
 * an error naming the template line of the slide, so a typo in a customised template is found, not
 * silently drawn as plain text. The comment at the top of slides.ftlh documents the same vocabulary.
 */
final class DeckVocabulary {
    static final String TEMPLATE = "slides.ftlh";

    /** Element to the classes it may carry. */
    private static final Map<String, Set<String>> CLASSES = new LinkedHashMap<>();
    /** Class prefixes and the elements that may carry them. */
    private static final Map<String, Set<String>> PREFIXES = Map.of(
            "status-", Set.of("span", "li"),
            "align-", Set.of("th", "td"),
            "lang-", Set.of("body"));

    static {
        CLASSES.put("html", Set.of());
        CLASSES.put("head", Set.of());
        CLASSES.put("title", Set.of());
        CLASSES.put("meta", Set.of());
        CLASSES.put("body", Set.of());
        CLASSES.put("section", Set.of("slide"));
        for (String h : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            CLASSES.put(h, Set.of("slide-title"));
        }
        CLASSES.put("div", Set.of("body", "meeting-card", "meeting-lines", "agenda", "figure"));
        CLASSES.put("p", Set.of("subtitle", "label-line", "card-heading", "caption", "table-row", "image-placeholder",
                "image-link"));
        CLASSES.put("span", Set.of("crumb", "crumb-sep", "here", "label", "chip", "symbol", "cjk"));
        CLASSES.put("ul", Set.of());
        CLASSES.put("ol", Set.of());
        CLASSES.put("li", Set.of("item"));
        CLASSES.put("a", Set.of("ref"));
        CLASSES.put("pre", Set.of("code"));
        for (String inline : List.of("strong", "b", "em", "i", "code", "del", "s", "br", "blockquote", "img",
                "thead", "tbody", "tr")) {
            CLASSES.put(inline, Set.of());
        }
        CLASSES.put("table", Set.of("data"));
        CLASSES.put("th", Set.of());
        CLASSES.put("td", Set.of());
        CLASSES.put("aside", Set.of("notes"));
    }

    private DeckVocabulary() {
    }

    /** Checks every element below {@code root}; the first word the vocabulary lacks is the error. */
    static void check(Element root) throws RenderException {
        check(root, 0);
    }

    private static void check(Element e, int line) throws RenderException {
        String tag = Xhtml.tag(e);
        if (tag.equals("section") && !e.getAttribute("data-line").isEmpty()) {
            line = parseLine(e.getAttribute("data-line"));
        }
        Set<String> allowed = CLASSES.get(tag);
        if (allowed == null) {
            throw error(line, "unknown element <" + tag + "> (the deck's elements: "
                    + String.join(", ", CLASSES.keySet()) + ")");
        }
        for (String c : classes(e)) {
            if (!allowed.contains(c) && !prefixed(tag, c)) {
                throw error(line, "unknown class '" + c + "' on <" + tag + ">" + (allowed.isEmpty() ? ""
                        : " (" + tag + " takes " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
            if (c.startsWith("status-") && status(c.substring("status-".length())) == null) {
                throw error(line, "unknown status '" + c + "' (the statuses: " + Arrays.stream(Status.values())
                        .map(s -> "status-" + s.cssName()).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (tag.equals("section") && classes(e).contains("slide") && SlideKind.byId(e.getAttribute("data-layout")) == null) {
            throw error(line, unknownLayout(e.getAttribute("data-layout")));
        }
        if (tag.equals("li") && !e.getAttribute("data-status").isEmpty() && status(e.getAttribute("data-status")) == null) {
            throw error(line, "unknown data-status '" + e.getAttribute("data-status") + "'");
        }
        for (Element child : Xhtml.children(e)) {
            check(child, line);
        }
    }

    static String unknownLayout(String name) {
        return "unknown slide layout '" + name + "' (the layouts: "
                + Arrays.stream(SlideKind.values()).map(SlideKind::id).collect(Collectors.joining(", ")) + ")";
    }

    /** The status of a CSS name ("in-review"), or null. */
    static Status status(String cssName) {
        for (Status s : Status.values()) {
            if (s.cssName().equals(cssName)) {
                return s;
            }
        }
        return null;
    }

    private static boolean prefixed(String tag, String cls) {
        return PREFIXES.entrySet().stream().anyMatch(p -> cls.startsWith(p.getKey()) && p.getValue().contains(tag));
    }

    private static List<String> classes(Element e) {
        String attr = e.getAttribute("class").strip();
        return attr.isEmpty() ? List.of() : List.of(attr.split("\\s+"));
    }

    static int parseLine(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static RenderException error(int line, String message) {
        return new RenderException(TEMPLATE + (line > 0 ? ":" + line : "") + ": deck template error: " + message
                + (line > 0 ? " in the slide written here" : ""));
    }
}
