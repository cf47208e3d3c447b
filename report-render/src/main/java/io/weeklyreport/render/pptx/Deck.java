package io.weeklyreport.render.pptx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The deck XHTML as the writer understands it: logical slides made of styled text, before anything is measured.
 *
 * @param language        BCP 47 tag of the note ("zh-CN", "en-US")
 * @param title           the deck's title (document properties)
 * @param footer          the footer text of every slide
 * @param continuedSuffix "（续 {n}/{total}）", appended to the title of continuation slides
 * @param linksLabel      what introduces the URLs in the speaker notes
 * @param slides          the logical slides in order
 */
record Deck(String language, String title, String footer, String continuedSuffix, String linksLabel,
            List<LogicalSlide> slides) {

    Deck {
        slides = List.copyOf(slides);
    }

    boolean chinese() {
        return language.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }

    /** The layouts a template may ask for; anything else is read as {@link #CONTENT}. */
    enum Layout {
        TITLE, AGENDA, CONTENT, IMAGE, TABLE, CLOSING;

        static Layout of(String name) {
            for (Layout l : values()) {
                if (l.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return l;
                }
            }
            return CONTENT;
        }
    }

    /**
     * One {@code <section class="slide">}.
     *
     * @param frames the text frames ({@code div.body}) in order; the title slide has a meeting card and its lines
     * @param figure the picture of an image slide, or null
     * @param tables the native tables of a table slide
     * @param notes  extra speaker notes written by the template
     */
    record LogicalSlide(Layout layout, List<Span> title, List<Span> subtitle, List<List<Para>> frames,
                        Figure figure, List<Grid> tables, List<String> notes) {
        LogicalSlide {
            title = List.copyOf(title);
            subtitle = List.copyOf(subtitle);
            frames = frames.stream().map(List::copyOf).toList();
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }

        String titleText() {
            return Span.plain(title);
        }
    }

    /** What kind of paragraph: it decides the bullet, the size and the indent. */
    enum Kind { BULLET, NUMBERED, PLAIN, CODE, QUOTE, CAPTION }

    /**
     * One paragraph of a text frame.
     *
     * @param level     0 for body paragraphs, 1–3 for list levels (deeper lists are folded into 3)
     * @param marker    the number of a numbered item ("3."), else ""
     * @param continued whether this is the rest of a paragraph begun on the previous slide (no bullet then)
     */
    record Para(Kind kind, int level, String marker, List<Span> spans, boolean continued) {
        Para {
            spans = List.copyOf(spans);
        }

        String text() {
            return Span.plain(spans);
        }

        boolean bulleted() {
            return !continued && (kind == Kind.BULLET || kind == Kind.NUMBERED);
        }

        /** The link targets of the paragraph, each once, in order. */
        List<String> urls() {
            List<String> urls = new ArrayList<>();
            for (Span s : spans) {
                if (s.href() != null && !urls.contains(s.href())) {
                    urls.add(s.href());
                }
            }
            return urls;
        }

        Para withSpans(List<Span> newSpans, boolean isContinued) {
            return new Para(kind, level, isContinued ? "" : marker, newSpans, isContinued);
        }
    }

    /**
     * A run of text with one look. {@code text} may hold '\n' for a line break.
     *
     * @param chip a status name ("in-review") when the span is a status chip, else null
     * @param href the link target, else null
     */
    record Span(String text, boolean bold, boolean italic, boolean mono, boolean strike, boolean muted,
                String chip, String href) {

        static Span plain(String text) {
            return new Span(text, false, false, false, false, false, null, null);
        }

        Span withText(String newText) {
            return new Span(newText, bold, italic, mono, strike, muted, chip, href);
        }

        static String plain(List<Span> spans) {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /** A local picture and its alternative text. */
    record Figure(Path file, String alt) {
    }

    /** A table: a header row (possibly empty) and body rows of rich-text cells. */
    record Grid(List<List<Span>> header, List<List<List<Span>>> rows) {
        Grid {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        int columns() {
            int n = header.size();
            for (List<List<Span>> r : rows) {
                n = Math.max(n, r.size());
            }
            return n;
        }
    }
}
