package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.Table;
import io.weeklyreport.model.ThematicBreak;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What templates call as {@code fn.something(x)}: questions about the model that FreeMarker cannot ask
 * of sealed types and records by itself. Public only because FreeMarker calls it reflectively.
 */
public final class TemplateFunctions {
    private final Properties labels;
    private final Locale locale;

    private final Map<Section, String> anchors;

    TemplateFunctions(Properties labels, Locale locale) {
        this(labels, locale, new java.util.IdentityHashMap<>());
    }

    TemplateFunctions(Properties labels, Locale locale, Map<Section, String> anchors) {
        this.labels = labels;
        this.locale = locale;
        this.anchors = anchors;
    }

    /** The id a section's heading carries: GitHub's slug of it, so a note's own "(#5问题答疑)" links work. */
    public String anchor(Section section) {
        return anchors.getOrDefault(section, "s" + section.line());
    }

    /** Body text as escaped XHTML, runs the body font lacks (➕, 📢 ...) wrapped in {@code span.symbol}. */
    public String text(String text) {
        return withFallbackFonts(text, false);
    }

    /** Code as escaped XHTML, runs the monospaced font lacks (Chinese) wrapped in {@code span.cjk}. */
    public String code(String text) {
        return withFallbackFonts(text, true);
    }

    private static String withFallbackFonts(String text, boolean code) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String open = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String needed = GlyphCoverage.fallbackClass(cp, code);
            if (!java.util.Objects.equals(needed, open)) {
                if (open != null) {
                    out.append("</span>");
                }
                if (needed != null) {
                    out.append("<span class=\"").append(needed).append("\">");
                }
                open = needed;
            }
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (open != null) {
            out.append("</span>");
        }
        return out.toString();
    }

    /** "paragraph", "list", "table", "image", "code", "quote" or "break" (a thematic break, {@code ---}). */
    public String kind(Block block) {
        return switch (block) {
            case Paragraph p -> "paragraph";
            case ItemList l -> "list";
            case Table t -> "table";
            case Image i -> "image";
            case CodeBlock c -> "code";
            case Quote q -> "quote";
            case ThematicBreak t -> "break";
        };
    }

    /** "text", "strong", "emphasis", "code", "strike", "link" or "break". */
    public String inlineKind(Inline inline) {
        return switch (inline) {
            case Inline.Text t -> "text";
            case Inline.Strong s -> "strong";
            case Inline.Emphasis e -> "emphasis";
            case Inline.Code c -> "code";
            case Inline.Strike s -> "strike";
            case Inline.Link l -> "link";
            case Inline.LineBreak b -> "break";
        };
    }

    /** What stands between a heading's number and its title: nothing after "一、", a space after "1.". */
    public String numberGap(String number) {
        return Section.gapAfter(number);
    }

    public boolean isContent(Section section) {
        return section.role() == Section.Role.CONTENT;
    }

    public String statusLabel(Status status) {
        return labels.getProperty("status." + status.cssName(), status.cssName());
    }

    public String label(String key) {
        return labels.getProperty(key, key);
    }

    /** References of an item worth showing as chips: PRs, issues and commits, once each. */
    public List<Ref> codeRefs(Item item) {
        List<Ref> out = new ArrayList<>();
        String text = Inline.plainText(item.text());
        for (Ref r : item.refs()) {
            // "Review [#8790](...)" already shows the short label: no chip repeating it.
            boolean alreadyShown = text.contains(r.shortLabel()) && r.kind() != Ref.Kind.COMMIT;
            if (r.kind() != Ref.Kind.LINK && !alreadyShown && out.stream().noneMatch(o -> o.url().equals(r.url()))) {
                out.add(r);
            }
        }
        return out;
    }

    public String weekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    public String plain(List<Inline> inlines) {
        return Inline.plainText(inlines);
    }

    /**
     * A URL made short enough for one line: "img.example.com/…/screen-01.webp" (host, the last path segment,
     * no query); the link keeps the whole URL.
     */
    public String shortUrl(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getPath();
            String[] segments = path.replaceAll("/+$", "").split("/");
            String last = segments.length == 0 ? "" : segments[segments.length - 1];
            if (host.isEmpty()) {
                return url;
            }
            return segments.length > 2 ? host + "/…/" + last : host + path.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** An image's file as a file: URL, for the XHTML renderers. */
    public String fileUrl(Image image) {
        return image.file() == null ? "" : java.nio.file.Path.of(image.file()).toUri().toString();
    }

    /** Status counts in a fixed order, statuses that no item has left out. */
    static List<Map<String, Object>> summary(List<Item> items, TemplateFunctions fn) {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (Item i : items) {
            counts.merge(i.status().status(), 1, Integer::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((status, count) -> {
            if (status != Status.NONE && count > 0) {
                out.add(Map.of("status", status.cssName(), "label", fn.statusLabel(status), "count", count));
            }
        });
        return out;
    }
}
