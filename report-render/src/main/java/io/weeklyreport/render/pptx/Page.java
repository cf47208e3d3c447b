package io.weeklyreport.render.pptx;

import io.weeklyreport.render.ImageFile;
import io.weeklyreport.render.pptx.Deck.Grid;
import io.weeklyreport.render.pptx.TextFlow.FrameStyle;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One slide of the finished deck, composed and measured but not yet drawn: what {@link DeckComposer} decides and
 * {@link SlideDrawer} draws. Every page knows the extra speaker notes the template wrote for it.
 */
sealed interface Page {
    List<Span> title();

    List<String> notes();

    /** A text box of a title slide: where it goes, how it sets its text, what it holds. */
    record Frame(Rectangle2D box, FrameStyle style, List<Para> paras) {
        public Frame {
            paras = List.copyOf(paras);
        }
    }

    /** The opening slide: the deck's title, its subtitle and the meeting's frames, where {@code geometry} puts them. */
    record Opening(List<Span> title, List<Span> subtitle, SlideGeometry geometry, List<Frame> frames, List<String> notes)
            implements Page {
    }

    /** A slide of text under a title: an agenda, a section or part of one; a long agenda in two columns. */
    record Text(SlideKind layout, List<Span> title, List<Para> body, List<Para> secondColumn, List<String> notes)
            implements Page {
        Text(SlideKind layout, List<Span> title, List<Para> body, List<String> notes) {
            this(layout, title, body, List.of(), notes);
        }
    }

    /** A picture scaled into the body area, its caption under it and the paragraph that introduces it ({@code lead}) above. */
    record Picture(List<Span> title, List<Para> lead, ImageFile image, List<Para> caption, List<String> notes) implements Page {
    }

    /**
     * Some rows of a native table (the header row repeats on every page of it), under the short paragraph that
     * introduces the table ({@code lead}, on its first page only; else empty).
     */
    record TableRows(List<Span> title, List<Para> lead, Grid grid, double[] widths, List<Integer> rows, List<String> notes)
            implements Page {
    }

    /**
     * A slide with a large heading and a line under it: the closing slide, a section divider. {@code title} is
     * the whole title path (for the notes), {@code heading} what the slide shows large.
     */
    record Closing(SlideKind layout, List<Span> title, List<Span> heading, List<Span> subtitle, List<String> notes)
            implements Page {
    }
}
