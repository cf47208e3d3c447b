package io.weeklyreport.render.pptx;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of slide text: {@code Para.of(Kind.BULLET, spans).atLevel(2)}.
 *
 * @param level             0 for body paragraphs, 1–3 for list levels (deeper lists are folded into 3)
 * @param marker            the number of a numbered item ("3."), else ""
 * @param continuesPrevious whether this is the rest of a paragraph begun on the previous slide (no bullet then)
 */
record Para(Kind kind, int level, String marker, List<Span> spans, boolean continuesPrevious) {

    /** What kind of paragraph: it decides the bullet, the size and the indent. */
    enum Kind { BULLET, NUMBERED, PLAIN, CODE, QUOTE, CAPTION, HEADING }

    Para {
        spans = List.copyOf(spans);
    }

    static Para of(Kind kind, List<Span> spans) {
        return new Para(kind, 0, "", spans, false);
    }

    static Para plain(List<Span> spans) {
        return of(Kind.PLAIN, spans);
    }

    Para atLevel(int newLevel) {
        return new Para(kind, newLevel, marker, spans, continuesPrevious);
    }

    Para numbered(String number) {
        return new Para(kind, level, number, spans, continuesPrevious);
    }

    Para as(Kind newKind) {
        return new Para(newKind, level, marker, spans, continuesPrevious);
    }

    Para withSpans(List<Span> newSpans) {
        return new Para(kind, level, marker, newSpans, continuesPrevious);
    }

    /** The rest of this paragraph on the next slide: no bullet, no number. */
    Para rest(List<Span> restSpans) {
        return new Para(kind, level, "", restSpans, true);
    }

    String text() {
        return Span.plain(spans);
    }

    boolean bulleted() {
        return !continuesPrevious && (kind == Kind.BULLET || kind == Kind.NUMBERED);
    }

    /** The link targets of the paragraph, each once, in order. */
    List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (Span s : spans) {
            if (s.look().href() != null && !urls.contains(s.look().href())) {
                urls.add(s.look().href());
            }
        }
        return urls;
    }
}
