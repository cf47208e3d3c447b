package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Status;

import java.util.List;

/**
 * A run of slide text with one look: {@code Span.plain("… › ").muted()}. {@code text} may hold '\n' for a
 * line break.
 */
record Span(String text, Look look) {

    static Span plain(String text) {
        return new Span(text, Look.NONE);
    }

    Span bold() {
        return new Span(text, look.asBold());
    }

    Span italic() {
        return new Span(text, look.asItalic());
    }

    Span mono() {
        return new Span(text, look.asMono());
    }

    Span muted() {
        return new Span(text, look.asMuted());
    }

    Span chip(Status status) {
        return new Span(text, look.asChip(status));
    }

    Span link(String href) {
        return new Span(text, look.linkedTo(href));
    }

    /** The "（续 2/3）" of a continuation slide's title. */
    Span continuation() {
        return new Span(text, look.asContinuation());
    }

    Span withText(String newText) {
        return new Span(newText, look);
    }

    static String plain(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
