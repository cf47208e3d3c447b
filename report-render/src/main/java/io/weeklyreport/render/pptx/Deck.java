package io.weeklyreport.render.pptx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The deck XHTML as the writer understands it: logical slides made of styled text, before anything is measured.
 *
 * @param language        BCP 47 tag of the note ("zh-CN", "en-US")
 * @param title           the deck's title (document properties)
 * @param footer          the footer text of every slide
 * @param continuedSuffix "（续 {n}/{total}）", appended to the title of continuation slides
 * @param linksLabel      what introduces the URLs in the speaker notes
 * @param slideLevel      the heading level that starts a slide (pandoc's {@code --slide-level}); 0 to let the
 *                        writer compose slides by what fits
 * @param slides          the logical slides in order
 */
record Deck(String language, String title, String footer, String continuedSuffix, String linksLabel, int slideLevel,
            List<LogicalSlide> slides) {

    Deck {
        slides = List.copyOf(slides);
    }

    boolean chinese() {
        return language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    /**
     * One step of a slide's title path: "近期工作" in "近期工作 › Curve块存储 › 功能支持".
     *
     * @param key   what tells sections apart (the template's {@code data-key}); the label when it gave none
     * @param label the text shown
     */
    record Step(String key, List<Span> label) {
        Step {
            label = List.copyOf(label);
        }
    }

    /**
     * One {@code <section class="slide">}.
     *
     * @param path        the title as steps, the slide's own heading last (empty for a slide without a path)
     * @param frames      the text frames ({@code div.body}) in order; the title slide has a meeting card and its lines
     * @param figure      the picture of an image slide, or null
     * @param tables      the native tables of a table slide
     * @param notes       extra speaker notes written by the template
     * @param level       the heading level of the slide's section (1 for "#"), 0 when the template did not say
     * @param breakBefore whether the author asked for a new slide here (a thematic break, {@code ---})
     * @param line        the template line that wrote the slide, 0 when unknown
     */
    record LogicalSlide(SlideKind layout, List<Span> title, List<Step> path, List<Span> subtitle, List<List<Para>> frames,
                        Figure figure, List<Grid> tables, List<String> notes, int level, boolean breakBefore, int line) {
        LogicalSlide {
            title = List.copyOf(title);
            path = List.copyOf(path);
            subtitle = List.copyOf(subtitle);
            frames = frames.stream().map(List::copyOf).toList();
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }

        String titleText() {
            return Span.plain(title);
        }

        List<Para> paragraphs() {
            return frames.stream().flatMap(List::stream).toList();
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
